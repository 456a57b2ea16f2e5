import { queryOptions, useQuery } from '@tanstack/react-query';
import type { User, UserResult } from '@wallet/contract';
import { ApiError, apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /auth/me: the signed-in user, or null when nobody is (a 401 is an answer here, not an error). */
export async function getMe(signal?: AbortSignal): Promise<User | null> {
  try {
    return (await apiRequest<UserResult>('/auth/me', { signal })).user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** One definition for the hook and a route loader. */
export function getMeQueryOptions() {
  return queryOptions({ queryKey: queryKeys.me, queryFn: ({ signal }) => getMe(signal), staleTime: 60_000 });
}

export function useMe() {
  return useQuery(getMeQueryOptions());
}
