import { queryOptions, useQuery } from '@tanstack/react-query';
import type { components } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { StaffUser } from './types';

/** The API needs at least this much of an email to search by. */
export const EMAIL_SEARCH_MIN = 3;

/** GET /ops/users?email=: up to 20 users whose email starts with `email`. */
export function findUsers(email: string, signal?: AbortSignal): Promise<StaffUser[]> {
  return apiRequest<components['schemas']['UserSearchResult']>(
    `/ops/users?email=${encodeURIComponent(email)}`,
    { signal },
  ).then((result) => result.data);
}

export function findUsersQueryOptions(email: string) {
  return queryOptions({
    queryKey: queryKeys.opsUsers(email.toLowerCase()),
    queryFn: ({ signal }) => findUsers(email, signal),
  });
}

export function useFindUsers(email: string, enabled: boolean) {
  return useQuery({ ...findUsersQueryOptions(email), enabled });
}
