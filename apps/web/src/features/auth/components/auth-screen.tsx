import { LogIn, UserPlus, Wallet } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { TextField } from '../../../components/ui/field';
import { ApiError } from '../../../lib/api-client';
import { useSignIn } from '../api/auth';

/** Sign in, or create an account: the one screen a signed-out person sees. */
export function AuthScreen({ mode }: { mode: 'login' | 'signup' }) {
  const [params] = useSearchParams();
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

  const isLogin = mode === 'login';
  return (
    <Card className="mx-auto mt-6 max-w-md">
      <div className="mb-6 flex items-center gap-3">
        <span className="rounded-full bg-indigo-100 p-3 text-indigo-700 dark:bg-indigo-950 dark:text-indigo-300">
          <Wallet aria-hidden="true" size={24} />
        </span>
        <div>
          <h2 className="text-xl font-semibold">{isLogin ? 'Log in' : 'Create your account'}</h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {isLogin ? 'Welcome back.' : 'Your wallets are yours alone.'}
          </p>
        </div>
      </div>
      <form onSubmit={submit} className="grid gap-4" aria-label={isLogin ? 'Log in' : 'Sign up'} noValidate>
        <TextField
          label="Email"
          type="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.email}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete={isLogin ? 'current-password' : 'new-password'}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.password}
          hint={isLogin ? undefined : 'At least 10 characters.'}
        />
        <Button type="submit" disabled={signIn.isPending}>
          {isLogin ? <LogIn aria-hidden="true" size={16} /> : <UserPlus aria-hidden="true" size={16} />}
          {signIn.isPending ? 'One moment…' : isLogin ? 'Log in' : 'Create account'}
        </Button>
      </form>
      <p className="mt-6 text-center text-sm text-slate-600 dark:text-slate-400">
        {isLogin ? 'New here?' : 'Already have an account?'}{' '}
        <Link
          to={{ pathname: isLogin ? '/signup' : '/login', search: params.toString() ? `?${params}` : '' }}
          className="font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300"
        >
          {isLogin ? 'Create an account' : 'Log in'}
        </Link>
      </p>
    </Card>
  );
}
