import { useQuery } from '@tanstack/react-query';
import type { components } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export type BalanceAlert = components['schemas']['BalanceAlert'];

/** GET /wallets/:id/alert: below and above (null when not set). */
export function getBalanceAlert(walletId: string) {
  return apiRequest<BalanceAlert>(`/wallets/${encodeURIComponent(walletId)}/alert`);
}

export function useBalanceAlert(walletId: string) {
  return useQuery({ queryKey: queryKeys.balanceAlert(walletId), queryFn: () => getBalanceAlert(walletId) });
}
