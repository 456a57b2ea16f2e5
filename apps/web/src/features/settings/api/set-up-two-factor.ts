import { useMutation } from '@tanstack/react-query';
import type { TwoFactorSetup } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';

/** POST /auth/two-factor/setup: a pending secret and its QR code. */
export function setUpTwoFactor(): Promise<TwoFactorSetup> {
  return apiRequest<TwoFactorSetup>('/auth/two-factor/setup', { method: 'POST' });
}

export function useSetUpTwoFactor() {
  return useMutation({
    mutationFn: setUpTwoFactor,
    meta: { action: 'Starting two-factor set-up' },
    // Not retried: it makes what is shown once, or spends a code (a retry would find it used).
    retry: false,
  });
}
