import { type FormEvent, useState } from 'react';
import { useDisableTwoFactor } from '../api/disable-two-factor';
import { useRegenerateRecoveryCodes } from '../api/regenerate-recovery-codes';
import { fieldError } from './field-errors';

type Errors = { code?: string | undefined; password?: string | undefined };

/** With two-factor sign-in on: new recovery codes for a code, or turning it off with the password too. */
export function useTwoFactorManage(onRecoveryCodes: (codes: string[]) => void) {
  const regenerate = useRegenerateRecoveryCodes();
  const disable = useDisableTwoFactor();
  const [renewCode, setRenewCode] = useState('');
  const [renewError, setRenewError] = useState<string | undefined>();
  const [password, setPassword] = useState('');
  const [offCode, setOffCode] = useState('');
  const [offErrors, setOffErrors] = useState<Errors>({});

  function submitRenew(event: FormEvent) {
    event.preventDefault();
    if (!renewCode.trim()) {
      setRenewError('Enter a code from your authenticator app, or a recovery code');
      return;
    }
    setRenewError(undefined);
    regenerate.mutate(
      { code: renewCode.trim() },
      {
        onSuccess: ({ recoveryCodes }) => {
          setRenewCode('');
          onRecoveryCodes(recoveryCodes);
        },
        onError: (failure) => setRenewError(fieldError(failure, 'code', 'The code')),
      },
    );
  }

  function submitOff(event: FormEvent) {
    event.preventDefault();
    const found: Errors = {};
    if (!password) found.password = 'Enter your password';
    if (!offCode.trim()) found.code = 'Enter a code from your authenticator app, or a recovery code';
    setOffErrors(found);
    if (found.password || found.code) return;
    disable.mutate(
      { password, code: offCode.trim() },
      {
        onSuccess: () => {
          setPassword('');
          setOffCode('');
        },
        onError: (failure) =>
          setOffErrors({
            password: fieldError(failure, 'password', 'The password'),
            code: fieldError(failure, 'code', 'The code'),
          }),
      },
    );
  }

  return {
    renew: {
      code: renewCode,
      setCode: setRenewCode,
      error: renewError,
      submit: submitRenew,
      isPending: regenerate.isPending,
    },
    off: {
      password,
      setPassword,
      code: offCode,
      setCode: setOffCode,
      errors: offErrors,
      submit: submitOff,
      isPending: disable.isPending,
    },
  };
}
