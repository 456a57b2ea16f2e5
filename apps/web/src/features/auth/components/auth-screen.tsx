import { LogIn, UserPlus, Wallet } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { TextField } from '../../../components/ui/field';
import { paths } from '../../../lib/paths';
import type { SignInMode } from '../api/sign-in';
import { useAuthForm } from '../hooks/use-auth-form';

/** Sign in, or create an account: the one screen a signed-out person sees. */
export function AuthScreen({ mode }: { mode: SignInMode }) {
  const [params] = useSearchParams();
  const form = useAuthForm(mode);
  const isLogin = mode === 'login';
  const otpInput = useRef<HTMLInputElement>(null);
  // The code field appears when the API asks for it: take the person straight there.
  useEffect(() => {
    if (form.needsOtp) otpInput.current?.focus();
  }, [form.needsOtp]);
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
      <form
        onSubmit={form.submit}
        className="grid gap-4"
        aria-label={isLogin ? 'Log in' : 'Sign up'}
        noValidate
      >
        <TextField
          label="Email"
          type="email"
          autoComplete="email"
          value={form.email}
          onChange={(e) => form.setEmail(e.target.value)}
          error={form.errors.email}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete={isLogin ? 'current-password' : 'new-password'}
          value={form.password}
          onChange={(e) => form.setPassword(e.target.value)}
          error={form.errors.password}
          hint={isLogin ? undefined : 'At least 10 characters.'}
        />
        {form.needsOtp ? (
          <TextField
            ref={otpInput}
            label="Two-factor code"
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={64}
            value={form.otp}
            onChange={(e) => form.setOtp(e.target.value)}
            error={form.errors.otp}
            hint="This account has two-factor sign-in: enter the 6-digit code from your authenticator app, or one of your recovery codes."
          />
        ) : null}
        <Button type="submit" disabled={form.isPending}>
          {isLogin ? <LogIn aria-hidden="true" size={16} /> : <UserPlus aria-hidden="true" size={16} />}
          {form.isPending ? 'One moment…' : isLogin ? 'Log in' : 'Create account'}
        </Button>
      </form>
      <p className="mt-6 text-center text-sm text-slate-600 dark:text-slate-400">
        {isLogin ? 'New here?' : 'Already have an account?'}{' '}
        <Link
          to={{
            pathname: isLogin ? paths.signup.getHref() : paths.login.getHref(),
            search: params.toString() ? `?${params}` : '',
          }}
          className="font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300"
        >
          {isLogin ? 'Create an account' : 'Log in'}
        </Link>
      </p>
    </Card>
  );
}
