import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { WalletPageForStaff } from './types';

/** GET /ops/wallets/:id: any wallet, its owner and its 20 newest entries. */
export function getStaffWallet(walletId: string, signal?: AbortSignal): Promise<WalletPageForStaff> {
  return apiRequest<WalletPageForStaff>(`/ops/wallets/${encodeURIComponent(walletId)}`, { signal });
}

export function getStaffWalletQueryOptions(walletId: string) {
  return queryOptions({
    queryKey: queryKeys.opsWallet(walletId),
    queryFn: ({ signal }) => getStaffWallet(walletId, signal),
  });
}

export function useStaffWallet(walletId: string) {
  return useQuery(getStaffWalletQueryOptions(walletId));
}
