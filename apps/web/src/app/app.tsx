import { KeyRound, LogOut, Wallet } from 'lucide-react';
import { type ReactNode, useState } from 'react';
import { ErrorBoundary } from '../components/error-boundary';
import { ThemeToggle } from '../components/theme-toggle';
import { Button } from '../components/ui/button';
import { ApiKeysPage } from '../features/api-keys/components/api-keys-page';
import { useLogOut, useMe } from '../features/auth/api/auth';
import { AuthScreen } from '../features/auth/components/auth-screen';
import { WalletsPage } from '../features/wallets/components/wallets-page';
import { useLiveEvents } from '../lib/live-events';
import { useTheme } from '../lib/theme';
import { AppProviders } from './providers';

export function App() {
  const { theme, toggle } = useTheme();
  return (
    <AppProviders theme={theme}>
      <Shell theme={theme} onToggleTheme={toggle} />
    </AppProviders>
  );
}

type Page = 'wallets' | 'keys';

function Shell({ theme, onToggleTheme }: { theme: 'light' | 'dark'; onToggleTheme: () => void }) {
  const me = useMe();
  const logOut = useLogOut();
  const [page, setPage] = useState<Page>('wallets');
  const user = me.data;
  useLiveEvents(user?.id);

  let content: ReactNode;
  if (me.isPending) content = <p className="text-slate-600 dark:text-slate-400">Loading…</p>;
  else if (me.isError) content = <p role="alert">The server could not be reached. {me.error.message}</p>;
  else if (!user) content = <AuthScreen />;
  else content = page === 'wallets' ? <WalletsPage /> : <ApiKeysPage />;

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
          <h1 className="flex items-center gap-2 text-lg font-semibold">
            <Wallet aria-hidden="true" size={22} className="text-indigo-600 dark:text-indigo-400" />
            Wallet
          </h1>
          <div className="flex flex-wrap items-center gap-1">
            {user ? (
              <nav aria-label="Pages" className="flex gap-1">
                <NavButton current={page === 'wallets'} onClick={() => setPage('wallets')}>
                  <Wallet aria-hidden="true" size={16} /> Wallets
                </NavButton>
                <NavButton current={page === 'keys'} onClick={() => setPage('keys')}>
                  <KeyRound aria-hidden="true" size={16} /> API keys
                </NavButton>
              </nav>
            ) : null}
            <ThemeToggle theme={theme} onToggle={onToggleTheme} />
            {user ? (
              <Button variant="ghost" onClick={() => logOut.mutate()} title={`Signed in as ${user.email}`}>
                <LogOut aria-hidden="true" size={16} /> Log out
              </Button>
            ) : null}
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-10">
        <ErrorBoundary>{content}</ErrorBoundary>
      </main>
    </>
  );
}

function NavButton({
  current,
  onClick,
  children,
}: {
  current: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <Button
      variant="ghost"
      onClick={onClick}
      aria-current={current ? 'page' : undefined}
      className={current ? 'bg-slate-200/70 dark:bg-slate-800' : ''}
    >
      {children}
    </Button>
  );
}
