import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export type HeldTransfer = components['schemas']['HeldTransfer'];
type HeldTransferList = components['schemas']['HeldTransferList'];

/** The key of a wallet's transfers held for review: under the wallet's, so refreshing it refreshes them. */
export const heldTransfersKey = (walletId: string) =>
  [...queryKeys.wallet(walletId), 'held-transfers'] as const;

/** GET /wallets/:id/held-transfers: the wallet's transfers still held for review, newest first. */
export function getHeldTransfers(walletId: string, signal?: AbortSignal): Promise<HeldTransferList> {
  return apiRequest<HeldTransferList>(`/wallets/${encodeURIComponent(walletId)}/held-transfers`, { signal });
}

export function getHeldTransfersQueryOptions(walletId: string) {
  return queryOptions({
    queryKey: heldTransfersKey(walletId),
    queryFn: ({ signal }) => getHeldTransfers(walletId, signal),
  });
}

export function useHeldTransfers(walletId: string) {
  return useQuery(getHeldTransfersQueryOptions(walletId));
}
