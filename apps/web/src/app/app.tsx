import { Wallet } from 'lucide-react';
import { ErrorBoundary } from '../components/error-boundary';
import { ThemeToggle } from '../components/theme-toggle';
import { WalletsPage } from '../features/wallets/components/wallets-page';
import { useTheme } from '../lib/theme';
import { AppProviders } from './providers';

export function App() {
  const { theme, toggle } = useTheme();
  return (
    <AppProviders theme={theme}>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
          <h1 className="flex items-center gap-2 text-lg font-semibold">
            <Wallet aria-hidden="true" size={22} className="text-indigo-600 dark:text-indigo-400" />
            Wallet
          </h1>
          <ThemeToggle theme={theme} onToggle={toggle} />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-10">
        <ErrorBoundary>
          <WalletsPage />
        </ErrorBoundary>
      </main>
    </AppProviders>
  );
}
