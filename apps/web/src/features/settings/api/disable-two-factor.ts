import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DisableTwoFactorRequest } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** POST /auth/two-factor/disable: off, with the password and a code. */
export function disableTwoFactor(request: DisableTwoFactorRequest): Promise<void> {
  return apiRequest<void>('/auth/two-factor/disable', { method: 'POST', body: request });
}

export function useDisableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disableTwoFactor,
    meta: { action: 'Turning off two-factor sign-in', successMessage: () => 'Two-factor sign-in is off' },
    // Not retried: it makes what is shown once, or spends a code (a retry would find it used).
    retry: false,
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.me }),
  });
}
