import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Transaction } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /transactions/:id: one ledger entry of the caller's. */
export function getTransaction(id: string, signal?: AbortSignal): Promise<Transaction> {
  return apiRequest<Transaction>(`/transactions/${encodeURIComponent(id)}`, { signal });
}

/** One definition for the hook and the route loader. */
export function getTransactionQueryOptions(id: string) {
  return queryOptions({
    queryKey: queryKeys.transaction(id),
    queryFn: ({ signal }) => getTransaction(id, signal),
  });
}

export function useTransaction(id: string) {
  return useQuery(getTransactionQueryOptions(id));
}
