import { ShieldAlert } from 'lucide-react';
import { Link } from 'react-router';
import { NotFoundCard } from '../../../components/not-found-card';
import { Card } from '../../../components/ui/card';
import { ApiError } from '../../../lib/api-client';
import { paths } from '../../../lib/paths';

/** Staff without two-factor sign-in are refused every operator route with this code. */
export const TWO_FACTOR_REQUIRED = 'TWO_FACTOR_REQUIRED';

export function isTwoFactorRequired(error: unknown): boolean {
  return error instanceof ApiError && error.code === TWO_FACTOR_REQUIRED;
}

/**
 * Why a console view could not be shown: two-factor to turn on first, a role that does not allow it,
 * a thing that does not exist, or the server's own sentence.
 */
export function OpsProblem({ error, what = 'page' }: { error: Error; what?: string }) {
  if (isTwoFactorRequired(error)) return <TwoFactorRequiredCard />;
  if (error instanceof ApiError && error.status === 404) return <NotFoundCard what={what} />;
  if (error instanceof ApiError && error.status === 403) {
    return (
      <Card role="alert">
        <h2 className="text-lg font-semibold">Your role does not allow this</h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{error.detail}</p>
      </Card>
    );
  }
  return (
    <Card role="alert">
      <h2 className="text-lg font-semibold">This could not be loaded</h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{error.message}</p>
    </Card>
  );
}

export function TwoFactorRequiredCard() {
  return (
    <Card role="alert" data-testid="two-factor-required">
      <h2 className="flex items-center gap-2 text-lg font-semibold">
        <ShieldAlert aria-hidden="true" size={20} className="text-amber-700 dark:text-amber-300" />
        Two-factor sign-in needed
      </h2>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        Turn on two-factor sign-in in{' '}
        <Link to={paths.settings.getHref()} className="font-medium underline underline-offset-2">
          Settings
        </Link>{' '}
        to use the console.
      </p>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        Every member of staff signs in with a code from an authenticator app as well as their password.
      </p>
    </Card>
  );
}
