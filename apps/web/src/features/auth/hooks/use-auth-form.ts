import { type FormEvent, useState } from 'react';
import { ApiError } from '../../../lib/api-client';
import { type SignInMode, useSignIn } from '../api/sign-in';

type Errors = { email?: string; password?: string; otp?: string };

/**
 * The sign-in form's state: email, password, an error at each field, and the submission. When the
 * account has two-factor sign-in, the API answers OTP_REQUIRED and the form asks for the code too
 * (`needsOtp`), then sends the login again with it.
 */
export function useAuthForm(mode: SignInMode) {
  const signIn = useSignIn(mode);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [otp, setOtp] = useState('');
  const [needsOtp, setNeedsOtp] = useState(false);
  const [errors, setErrors] = useState<Errors>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Errors = {};
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) found.email = 'Enter your email address';
    if (password.length < 10) found.password = 'Use at least 10 characters';
    if (needsOtp && otp.trim() === '') found.otp = 'Enter the code from your authenticator app';
    setErrors(found);
    if (found.email || found.password || found.otp) return;
    signIn.mutate(
      { email: email.trim(), password, ...(needsOtp ? { otp: otp.trim() } : {}) },
      {
        onSuccess: (outcome) => {
          if ('otpRequired' in outcome) setNeedsOtp(true);
        },
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
          if (needsOtp && error.code === 'UNAUTHENTICATED') {
            setOtp('');
            setErrors({ otp: 'That code is not right, or was used already. Try the current one.' });
            return;
          }
          const field = (name: string) => error.fieldErrors.find((e) => e.field === name)?.message;
          const emailProblem = field('email');
          const passwordProblem = field('password');
          if (emailProblem || passwordProblem) {
            setErrors({
              ...(emailProblem ? { email: `The email ${emailProblem}` } : {}),
              ...(passwordProblem ? { password: `The password ${passwordProblem}` } : {}),
            });
          }
        },
      },
    );
  }

  return {
    email,
    setEmail,
    password,
    setPassword,
    otp,
    setOtp,
    needsOtp,
    errors,
    submit,
    isPending: signIn.isPending,
  };
}
