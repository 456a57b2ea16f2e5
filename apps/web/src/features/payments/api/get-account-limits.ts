import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AccountLimits } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /account/limits: the person's tier and, per currency it limits, what is left today and this month. */
export function getAccountLimits(signal?: AbortSignal): Promise<AccountLimits> {
  return apiRequest<AccountLimits>('/account/limits', { signal });
}

export function getAccountLimitsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.accountLimits,
    queryFn: ({ signal }) => getAccountLimits(signal),
    // A transfer refreshes it (useTransfer); otherwise it changes only at midnight UTC or by an operator.
    staleTime: 60_000,
  });
}

export function useAccountLimits() {
  return useQuery(getAccountLimitsQueryOptions());
}
