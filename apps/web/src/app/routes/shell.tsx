import { KeyRound, LogOut, Wallet } from 'lucide-react';
import type { ReactNode } from 'react';
import { isRouteErrorResponse, Link, NavLink, Outlet, useRouteError } from 'react-router';
import { ErrorBoundary } from '../../components/error-boundary';
import { NotFoundCard } from '../../components/not-found-card';
import { ThemeToggle } from '../../components/theme-toggle';
import { Button } from '../../components/ui/button';
import { SkeletonBlock } from '../../components/ui/skeleton';
import { useLogOut, useMe } from '../../features/auth/api/auth';
import { useLiveEvents } from '../../lib/live-events';
import { useThemeContext } from '../../lib/theme';

/** The frame of every view: the skip link, the header with the pages and the account, the main area. */
export function Shell({ children }: { children?: ReactNode }) {
  const { theme, toggle } = useThemeContext();
  const me = useMe();
  const logOut = useLogOut();
  const user = me.data;
  useLiveEvents(user?.id);
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link to="/" className="flex items-center gap-2 rounded text-lg font-semibold">
            <Wallet aria-hidden="true" size={22} className="text-indigo-600 dark:text-indigo-400" />
            Wallet
          </Link>
          <div className="flex flex-wrap items-center gap-1">
            {user ? (
              <nav aria-label="Pages" className="flex gap-1">
                <NavItem to="/" icon={<Wallet aria-hidden="true" size={16} />} label="Wallets" />
                <NavItem to="/api-keys" icon={<KeyRound aria-hidden="true" size={16} />} label="API keys" />
              </nav>
            ) : null}
            <ThemeToggle theme={theme} onToggle={toggle} />
            {user ? (
              <Button variant="ghost" onClick={() => logOut.mutate()} title={`Signed in as ${user.email}`}>
                <LogOut aria-hidden="true" size={16} /> Log out
              </Button>
            ) : null}
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-10">
        <ErrorBoundary>{children ?? <Outlet />}</ErrorBoundary>
      </main>
    </>
  );
}

function NavItem({ to, icon, label }: { to: string; icon: ReactNode; label: string }) {
  return (
    <NavLink
      to={to}
      end={to === '/api-keys'}
      className={({ isActive }) =>
        `inline-flex min-h-10 items-center gap-2 rounded-lg px-4 py-2 text-sm font-medium text-slate-700 hover:bg-slate-200/70 dark:text-slate-200 dark:hover:bg-slate-800 ${
          isActive ? 'bg-slate-200/70 dark:bg-slate-800' : ''
        }`
      }
    >
      {icon} {label}
    </NavLink>
  );
}

/** The first screen while the route's code arrives. */
export function ShellFallback() {
  return (
    <Shell>
      <SkeletonBlock label="Loading the dashboard" />
    </Shell>
  );
}

/** A route that failed to load (a chunk gone after a deploy, say) or an address that matches nothing. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <Shell>
        <NotFoundCard />
      </Shell>
    );
  }
  console.error(error);
  return (
    <Shell>
      <div
        role="alert"
        className="rounded-2xl border border-red-300 bg-white p-5 dark:border-red-800 dark:bg-slate-900"
      >
        <p className="font-medium">This page could not be shown.</p>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Your money is safe: nothing is lost by reloading.
        </p>
        <Button className="mt-4" onClick={() => window.location.reload()}>
          Reload
        </Button>
      </div>
    </Shell>
  );
}
