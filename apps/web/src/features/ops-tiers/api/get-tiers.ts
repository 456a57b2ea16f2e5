import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TierList } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /ops/tiers (staff): every tier, its requests a minute, money limits and how many users it has. */
export function getTiers(signal?: AbortSignal): Promise<TierList> {
  return apiRequest<TierList>('/ops/tiers', { signal });
}

export function getTiersQueryOptions() {
  return queryOptions({ queryKey: queryKeys.opsTiers, queryFn: ({ signal }) => getTiers(signal) });
}

export function useTiers() {
  return useQuery(getTiersQueryOptions());
}
