import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { TransactionForStaff } from './types';

/** GET /ops/transactions/:id: any ledger entry and its wallet. */
export function getStaffTransaction(id: string, signal?: AbortSignal): Promise<TransactionForStaff> {
  return apiRequest<TransactionForStaff>(`/ops/transactions/${encodeURIComponent(id)}`, { signal });
}

export function getStaffTransactionQueryOptions(id: string) {
  return queryOptions({
    queryKey: queryKeys.opsTransaction(id),
    queryFn: ({ signal }) => getStaffTransaction(id, signal),
  });
}

export function useStaffTransaction(id: string) {
  return useQuery(getStaffTransactionQueryOptions(id));
}
