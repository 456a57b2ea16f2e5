import type { TwoFactorSetup } from '@wallet/contract';
import { type FormEvent, useState } from 'react';
import { useEnableTwoFactor } from '../api/enable-two-factor';
import { useSetUpTwoFactor } from '../api/set-up-two-factor';
import { fieldError } from './field-errors';

/**
 * Turning two-factor sign-in on: a set-up (the QR code and the key), then a code from the app; the
 * recovery codes it answers go to `onRecoveryCodes`, which shows them once.
 */
export function useTwoFactorSetup(onRecoveryCodes: (codes: string[]) => void) {
  const setUp = useSetUpTwoFactor();
  const enable = useEnableTwoFactor();
  const [pending, setPending] = useState<TwoFactorSetup | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();

  function start() {
    setUp.mutate(undefined, { onSuccess: (setup) => setPending(setup) });
  }

  function cancel() {
    setPending(null);
    setCode('');
    setError(undefined);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!/^\d{6}$/.test(code.replace(/\s/g, ''))) {
      setError('Enter the 6-digit code your authenticator app shows');
      return;
    }
    setError(undefined);
    enable.mutate(
      { code: code.replace(/\s/g, '') },
      {
        onSuccess: ({ recoveryCodes }) => {
          cancel();
          onRecoveryCodes(recoveryCodes);
        },
        onError: (failure) => setError(fieldError(failure, 'code', 'The code')),
      },
    );
  }

  return {
    pending,
    start,
    cancel,
    code,
    setCode,
    error,
    submit,
    isStarting: setUp.isPending,
    isEnabling: enable.isPending,
  };
}
