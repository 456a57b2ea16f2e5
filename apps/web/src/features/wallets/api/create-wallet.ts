import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateWalletRequest, Wallet } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { walletKeys } from './query-keys';

export interface CreateWalletVariables {
  request: CreateWalletRequest;
  idempotencyKey: string;
}

export function createWallet({ request, idempotencyKey }: CreateWalletVariables): Promise<Wallet> {
  return apiRequest<Wallet>('/wallets', { method: 'POST', body: request, idempotencyKey });
}

export function useCreateWallet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWallet,
    meta: { action: 'Creating the wallet', successMessage: (data) => `${(data as Wallet).name} is ready` },
    onSuccess: (wallet) => {
      queryClient.setQueryData<Wallet[]>(walletKeys.list(), (wallets = []) =>
        wallets.some((w) => w.id === wallet.id) ? wallets : [...wallets, wallet],
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: walletKeys.list() }),
  });
}
