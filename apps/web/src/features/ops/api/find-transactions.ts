import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { TransactionForStaff } from './types';

/** GET /ops/transactions?reference=: up to 20 entries with this integrator's reference, newest first. */
export function findTransactions(reference: string, signal?: AbortSignal): Promise<TransactionForStaff[]> {
  return apiRequest<components['schemas']['TransactionSearchResult']>(
    `/ops/transactions?reference=${encodeURIComponent(reference)}`,
    { signal },
  ).then((result) => result.data);
}

export function findTransactionsQueryOptions(reference: string) {
  return queryOptions({
    queryKey: queryKeys.opsTransactionsByReference(reference),
    queryFn: ({ signal }) => findTransactions(reference, signal),
  });
}

export function useFindTransactions(reference: string, enabled: boolean) {
  return useQuery({ ...findTransactionsQueryOptions(reference), enabled });
}
