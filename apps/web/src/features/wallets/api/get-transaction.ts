import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Transaction } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { getTransactions } from './get-transactions';
import { walletKeys } from './query-keys';

export function getTransaction(id: string, signal?: AbortSignal): Promise<Transaction> {
  return apiRequest<Transaction>(`/transactions/${encodeURIComponent(id)}`, { signal });
}

/** One definition for the hook and the route loader. */
export function getTransactionQueryOptions(id: string) {
  return queryOptions({
    queryKey: walletKeys.transaction(id),
    queryFn: ({ signal }) => getTransaction(id, signal),
  });
}

export function useTransaction(id: string) {
  return useQuery(getTransactionQueryOptions(id));
}

/**
 * The other leg of a transfer between two of the caller's own wallets, looked for among the other
 * wallet's newest movements of the matching type. Undefined when it is not among them.
 */
export function useCounterpartLeg(leg: Transaction | undefined, enabled: boolean) {
  const otherWalletId = leg?.type === 'TRANSFER_OUT' ? leg.destinationWalletId : leg?.sourceWalletId;
  const type = leg?.type === 'TRANSFER_OUT' ? 'TRANSFER_IN' : 'TRANSFER_OUT';
  return useQuery({
    queryKey: [...walletKeys.transactions(otherWalletId ?? '', type), 'leg', leg?.transferId],
    queryFn: async ({ signal }) => {
      const page = await getTransactions(otherWalletId ?? '', { type, signal });
      return page.data.find((t) => t.transferId === leg?.transferId) ?? null;
    },
    enabled: enabled && Boolean(otherWalletId && leg?.transferId),
  });
}
