import { useMutation } from '@tanstack/react-query';
import type { RecoveryCodes, TwoFactorCodeRequest } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';

/** POST /auth/two-factor/recovery-codes: ten new codes; the old ones stop working. */
export function regenerateRecoveryCodes(request: TwoFactorCodeRequest): Promise<RecoveryCodes> {
  return apiRequest<RecoveryCodes>('/auth/two-factor/recovery-codes', { method: 'POST', body: request });
}

export function useRegenerateRecoveryCodes() {
  return useMutation({
    mutationFn: regenerateRecoveryCodes,
    meta: { action: 'Making new recovery codes', successMessage: () => 'New recovery codes made' },
    // Not retried: it makes what is shown once, or spends a code (a retry would find it used).
    retry: false,
  });
}
