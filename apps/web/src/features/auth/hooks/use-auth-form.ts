import { type FormEvent, useState } from 'react';
import { ApiError } from '../../../lib/api-client';
import { type SignInMode, useSignIn } from '../api/sign-in';

/** The sign-in form's state: email, password, an error at each field, and the submission. */
export function useAuthForm(mode: SignInMode) {
  const signIn = useSignIn(mode);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: string; password?: string }>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: typeof errors = {};
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) found.email = 'Enter your email address';
    if (password.length < 10) found.password = 'Use at least 10 characters';
    setErrors(found);
    if (found.email || found.password) return;
    signIn.mutate(
      { email: email.trim(), password },
      {
        onError: (error) => {
          if (!(error instanceof ApiError)) return;
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

  return { email, setEmail, password, setPassword, errors, submit, isPending: signIn.isPending };
}
