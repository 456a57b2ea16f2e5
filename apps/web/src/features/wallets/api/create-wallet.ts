import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateWalletRequest, Wallet } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { type WalletPages, walletsOf } from '../../../lib/wallet-cache';

export interface CreateWalletVariables {
  request: CreateWalletRequest;
  idempotencyKey: string;
}

/** POST /wallets: a new, empty wallet. */
export function createWallet({ request, idempotencyKey }: CreateWalletVariables): Promise<Wallet> {
  return apiRequest<Wallet>('/wallets', { method: 'POST', body: request, idempotencyKey });
}

export function useCreateWallet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWallet,
    meta: { action: 'Creating the wallet', successMessage: (data) => `${(data as Wallet).name} is ready` },
    onSuccess: (wallet) => {
      queryClient.setQueryData<WalletPages>(queryKeys.walletList(), (pages) => {
        if (!pages || walletsOf(pages).some((w) => w.id === wallet.id)) return pages;
        // Oldest first: a new wallet belongs at the end of the last page.
        const last = pages.pages.length - 1;
        return {
          ...pages,
          pages: pages.pages.map((page, i) =>
            i === last ? { ...page, data: [...page.data, wallet] } : page,
          ),
        };
      });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.walletList() }),
  });
}
