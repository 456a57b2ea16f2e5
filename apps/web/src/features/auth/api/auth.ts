import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CredentialsRequest, User, UserResult } from '@wallet/contract';
import { ApiError, apiRequest } from '../../../lib/api-client';
import { ME_QUERY_KEY } from '../../../lib/query-client';

/** The signed-in user, or null when nobody is (a 401 is an answer here, not an error). */
export async function getMe(signal?: AbortSignal): Promise<User | null> {
  try {
    return (await apiRequest<UserResult>('/auth/me', { signal })).user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_QUERY_KEY, queryFn: ({ signal }) => getMe(signal), staleTime: 60_000 });
}

export function useSignIn(mode: 'login' | 'signup') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: CredentialsRequest) =>
      apiRequest<UserResult>(`/auth/${mode}`, { method: 'POST', body: credentials }),
    meta: { action: mode === 'login' ? 'Logging in' : 'Creating your account' },
    onSuccess: ({ user }) => {
      forgetOtherUsersData(queryClient);
      queryClient.setQueryData(ME_QUERY_KEY, user);
    },
  });
}

export function useLogOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<void>('/auth/logout', { method: 'POST' }),
    meta: { action: 'Logging out' },
    onSettled: () => {
      queryClient.setQueryData(ME_QUERY_KEY, null);
      forgetOtherUsersData(queryClient);
    },
  });
}

/** Nothing cached for one person may show to the next: drop every query but the user itself. */
function forgetOtherUsersData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_QUERY_KEY[0] });
}
