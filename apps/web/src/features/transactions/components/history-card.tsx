import type { Wallet } from '@wallet/contract';
import { History } from 'lucide-react';
import { lazy, type ReactNode, Suspense, useRef } from 'react';
import { Link } from 'react-router';
import { Card } from '../../../components/ui/card';
import { SkeletonBlock } from '../../../components/ui/skeleton';
import { paths } from '../../../lib/paths';

// The history (and its chart library) loads only when someone asks for it.
const HistoryPanel = lazy(() => import('./history-panel').then((m) => ({ default: m.HistoryPanel })));

/**
 * The History card: what `children` adds (the statement download), and the history itself once asked
 * for. Asked for by its button, the list is brought into view as it arrives, where the page would
 * otherwise stay put with the new list below the fold.
 */
export function HistoryCard({
  wallet,
  wallets,
  open,
  children,
}: {
  wallet: Wallet;
  wallets: Wallet[];
  open: boolean;
  children?: ReactNode;
}) {
  // Set by the button, not by an address opened directly (a reload keeps its own scroll position).
  const askedFor = useRef(false);
  const bringIntoView = (list: HTMLElement) => {
    if (!askedFor.current) return;
    askedFor.current = false;
    list.scrollIntoView?.({ block: 'start' });
  };
  return (
    <Card aria-labelledby="history-heading">
      <div className="flex items-center justify-between gap-3">
        <h2 id="history-heading" className="text-lg font-semibold">
          History
        </h2>
        <Link
          to={open ? paths.wallet.getHref(wallet.id) : paths.walletHistory.getHref(wallet.id)}
          preventScrollReset
          onClick={() => {
            askedFor.current = !open;
          }}
          aria-expanded={open}
          className="inline-flex min-h-10 items-center gap-2 rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-900 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
        >
          <History aria-hidden="true" size={16} />
          {open ? 'Hide history' : 'Show history'}
        </Link>
      </div>
      {children ? <div className="mt-4">{children}</div> : null}
      {open ? (
        <div className="mt-4">
          <Suspense fallback={<SkeletonBlock label="Loading history" lines={5} />}>
            <HistoryPanel wallet={wallet} wallets={wallets} onListShown={bringIntoView} />
          </Suspense>
        </div>
      ) : null}
    </Card>
  );
}
