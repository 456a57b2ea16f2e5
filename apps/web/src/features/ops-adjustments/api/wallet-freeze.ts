import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { StaffWallet } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { opsAdjustmentKeys } from './query-keys';

/** GET /ops/wallets/:id/freeze: whether it is frozen, since when, why and by whom. */
export function getWalletFreeze(walletId: string, signal?: AbortSignal): Promise<StaffWallet> {
  return apiRequest<StaffWallet>(`/ops/wallets/${walletId}/freeze`, { signal });
}

export function getWalletFreezeQueryOptions(walletId: string) {
  return queryOptions({
    queryKey: opsAdjustmentKeys.walletFreeze(walletId),
    queryFn: ({ signal }) => getWalletFreeze(walletId, signal),
  });
}

export function useWalletFreeze(walletId: string, enabled = true) {
  return useQuery({ ...getWalletFreezeQueryOptions(walletId), enabled: enabled && walletId !== '' });
}

/** POST /ops/wallets/:id/freeze or /unfreeze, with a reason. Either is safe to repeat. */
export function setWalletFrozen({
  walletId,
  frozen,
  reason,
}: {
  walletId: string;
  frozen: boolean;
  reason: string;
}): Promise<StaffWallet> {
  return apiRequest<StaffWallet>(`/ops/wallets/${walletId}/${frozen ? 'freeze' : 'unfreeze'}`, {
    method: 'POST',
    body: { reason },
  });
}

export function useSetWalletFrozen() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setWalletFrozen,
    meta: {
      action: 'Changing the freeze',
      successMessage: (data) => ((data as StaffWallet).frozen ? 'Wallet frozen' : 'Wallet unfrozen'),
    },
    onSuccess: (wallet) => queryClient.setQueryData(opsAdjustmentKeys.walletFreeze(wallet.id), wallet),
    onSettled: (_data, _error, { walletId }) =>
      queryClient.invalidateQueries({ queryKey: opsAdjustmentKeys.walletFreeze(walletId) }),
  });
}
