import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RecoveryCodes, TwoFactorCodeRequest } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** POST /auth/two-factor/enable: on, with a code of the pending secret; the recovery codes come once. */
export function enableTwoFactor(request: TwoFactorCodeRequest): Promise<RecoveryCodes> {
  return apiRequest<RecoveryCodes>('/auth/two-factor/enable', { method: 'POST', body: request });
}

export function useEnableTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: enableTwoFactor,
    meta: { action: 'Turning on two-factor sign-in', successMessage: () => 'Two-factor sign-in is on' },
    // Not retried: it makes what is shown once, or spends a code (a retry would find it used).
    retry: false,
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.me }),
  });
}
