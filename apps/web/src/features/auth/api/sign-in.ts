import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import type { CredentialsRequest, UserResult } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export type SignInMode = 'login' | 'signup';

/** POST /auth/login or /auth/signup: the session cookie is set, the user comes back. */
export function signIn(mode: SignInMode, credentials: CredentialsRequest): Promise<UserResult> {
  return apiRequest<UserResult>(`/auth/${mode}`, { method: 'POST', body: credentials });
}

export function useSignIn(mode: SignInMode) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: CredentialsRequest) => signIn(mode, credentials),
    meta: { action: mode === 'login' ? 'Logging in' : 'Creating your account' },
    onSuccess: ({ user }) => {
      forgetOtherUsersData(queryClient);
      queryClient.setQueryData(queryKeys.me, user);
    },
  });
}

/** Nothing cached for one person may show to the next: drop every query but the user itself. */
export function forgetOtherUsersData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] });
}
