import { CircleUser, KeyRound, LogOut, Settings, ShieldCheck, Wallet } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link, NavLink, Outlet } from 'react-router';
import { ErrorBoundary } from '../../components/error-boundary';
import { ModeSwitch, TestModeBanner } from '../../components/mode-switch';
import { ThemeToggle } from '../../components/theme-toggle';
import { Button } from '../../components/ui/button';
import { useMe } from '../../features/auth/api/get-me';
import { useLogOut } from '../../features/auth/api/log-out';
import { useLiveEvents } from '../../lib/live-events';
import { paths } from '../../lib/paths';
import { staffRoleOf } from '../../lib/staff';
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
          <Link to={paths.home.getHref()} className="flex items-center gap-2 rounded text-lg font-semibold">
            <Wallet aria-hidden="true" size={22} className="text-indigo-600 dark:text-indigo-400" />
            Wallet
          </Link>
          <div className="flex min-w-0 flex-wrap items-center gap-1">
            {user ? (
              <nav aria-label="Pages" className="flex gap-1">
                <NavItem
                  to={paths.home.getHref()}
                  icon={<Wallet aria-hidden="true" size={16} />}
                  label="Wallets"
                />
                <NavItem
                  to={paths.apiKeys.getHref()}
                  icon={<KeyRound aria-hidden="true" size={16} />}
                  label="API keys"
                  end
                />
                <NavItem
                  to={paths.settings.getHref()}
                  icon={<Settings aria-hidden="true" size={16} />}
                  label="Settings"
                  end
                />
                {staffRoleOf(user) ? (
                  <NavItem
                    to={paths.ops.getHref()}
                    icon={<ShieldCheck aria-hidden="true" size={16} />}
                    label="Operations"
                  />
                ) : null}
              </nav>
            ) : null}
            {user ? <ModeSwitch /> : null}
            <ThemeToggle theme={theme} onToggle={toggle} />
            {user ? (
              <>
                <p
                  className="flex min-w-0 items-center gap-2 px-2 text-sm text-slate-700 dark:text-slate-300"
                  data-testid="signed-in-as"
                >
                  <CircleUser aria-hidden="true" size={16} className="shrink-0" />
                  <span className="sr-only">Signed in as </span>
                  <span className="max-w-56 truncate" title={user.email}>
                    {user.email}
                  </span>
                </p>
                <Button variant="ghost" onClick={() => logOut.mutate()}>
                  <LogOut aria-hidden="true" size={16} /> Log out
                </Button>
              </>
            ) : null}
          </div>
        </div>
      </header>
      {user ? <TestModeBanner /> : null}
      <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-10">
        <ErrorBoundary>{children ?? <Outlet />}</ErrorBoundary>
      </main>
    </>
  );
}

function NavItem({ to, icon, label, end }: { to: string; icon: ReactNode; label: string; end?: boolean }) {
  return (
    <NavLink
      to={to}
      end={end ?? false}
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
