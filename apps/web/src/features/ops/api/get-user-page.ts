import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { UserPage } from './types';

/**
 * GET /ops/users/:id: a user's wallets, keys, live sessions and security history. Every fetch is
 * recorded (the user sees "staff opened your account"), so it is not refetched on its own: only when
 * the operator opens the page again after a minute, or reloads.
 */
export function getUserPage(userId: string, signal?: AbortSignal): Promise<UserPage> {
  return apiRequest<UserPage>(`/ops/users/${encodeURIComponent(userId)}`, { signal });
}

export function getUserPageQueryOptions(userId: string) {
  return queryOptions({
    queryKey: queryKeys.opsUser(userId),
    queryFn: ({ signal }) => getUserPage(userId, signal),
    staleTime: 60_000,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

export function useUserPage(userId: string) {
  return useQuery(getUserPageQueryOptions(userId));
}
