import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest, UserResult } from '@wallet/contract';
import { ApiError, apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export type SignInMode = 'login' | 'signup';

/** What a sign-in came to: signed in, or the account wants its two-factor code first. */
export type SignInOutcome = UserResult | { otpRequired: true };

/** POST /auth/login or /auth/signup: the session cookie is set, the user comes back. */
export function signIn(mode: SignInMode, credentials: LoginRequest): Promise<UserResult> {
  return apiRequest<UserResult>(`/auth/${mode}`, { method: 'POST', body: credentials });
}

/**
 * OTP_REQUIRED is a step of the login, not a failure: it comes back as `{ otpRequired: true }` (no error
 * toast, no sign-out), and the form asks for the code.
 */
async function signInOrAskForCode(mode: SignInMode, credentials: LoginRequest): Promise<SignInOutcome> {
  try {
    return await signIn(mode, credentials);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'OTP_REQUIRED') return { otpRequired: true };
    throw error;
  }
}

export function useSignIn(mode: SignInMode) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: LoginRequest) => signInOrAskForCode(mode, credentials),
    meta: { action: mode === 'login' ? 'Logging in' : 'Creating your account' },
    onSuccess: (outcome) => {
      if (!('user' in outcome)) return;
      forgetOtherUsersData(queryClient);
      queryClient.setQueryData(queryKeys.me, outcome.user);
    },
  });
}

/** Nothing cached for one person may show to the next: drop every query but the user itself. */
export function forgetOtherUsersData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] });
}
