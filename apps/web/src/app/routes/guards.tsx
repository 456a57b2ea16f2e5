import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router';
import { Card } from '../../components/ui/card';
import { SkeletonBlock } from '../../components/ui/skeleton';
import { useMe } from '../../features/auth/api/get-me';
import { paths } from '../../lib/paths';

/** Views for a signed-in person: anyone else goes to /login, and comes back here after signing in. */
export function RequireUser() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <SkeletonBlock label="Loading your account" />;
  if (me.isError) {
    return (
      <Card role="alert">
        <p className="font-medium">The server could not be reached.</p>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{me.error.message}</p>
      </Card>
    );
  }
  if (!me.data) {
    return <Navigate to={paths.login.getHref(location.pathname + location.search)} replace />;
  }
  return <Outlet />;
}

/** Sign-in and sign-up: a signed-in person goes on to where they were headed. */
export function GuestOnly() {
  const me = useMe();
  const [params] = useSearchParams();
  if (me.isPending) return <SkeletonBlock label="Loading your account" />;
  if (me.data) return <Navigate to={safeNext(params.get('next'))} replace />;
  return <Outlet />;
}

/** Only a path on this site: never `//elsewhere.example` or `https://…`. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : paths.home.getHref();
}
