import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { activeHoldsKey, type HoldPage } from './holds-cache';

/** GET /wallets/:id/holds?status=ACTIVE: what the wallet holds back now (the newest 100). */
export function getActiveHolds(walletId: string, signal?: AbortSignal): Promise<HoldPage> {
  return apiRequest<HoldPage>(`/wallets/${walletId}/holds?status=ACTIVE&limit=100`, { signal });
}

export function useActiveHolds(walletId: string) {
  return useQuery({
    queryKey: activeHoldsKey(walletId),
    queryFn: ({ signal }) => getActiveHolds(walletId, signal),
  });
}
