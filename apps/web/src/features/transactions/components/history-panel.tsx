import type { Transaction, Wallet } from '@wallet/contract';
import { useEffect, useRef } from 'react';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/field';
import { SkeletonBlock } from '../../../components/ui/skeleton';
import { useTransactions } from '../api/get-transactions';
import { FILTERS, useHistoryFilter } from '../hooks/use-history-filter';
import { BalanceChart } from './balance-chart';
import { HeldTransfers } from './held-transfers';
import { HistoryRow } from './history-row';
import { HistorySearch } from './history-search';

/** The balance chart, the filter and search, and the history a page at a time. */
export function HistoryPanel({
  wallet,
  wallets,
  onListShown,
}: {
  wallet: Wallet;
  wallets: Wallet[];
  /** Called once with the list (or what says it is empty) when it has loaded and is on screen. */
  onListShown?: (list: HTMLElement) => void;
}) {
  const filter = useHistoryFilter();
  const { type, search } = filter;
  const history = useTransactions(wallet.id, { type: type || undefined, search: search || undefined });
  // The chart shows every movement, whatever the list is narrowed to.
  const all = useTransactions(wallet.id, {}, filter.narrowed);
  const chartSource = filter.narrowed ? all : history;
  const rows = history.data?.pages.flatMap((page) => page.data) ?? [];
  const list = useRef<HTMLDivElement>(null);
  const loaded = !history.isPending && !chartSource.isPending;
  const shown = useRef(onListShown);
  useEffect(() => {
    if (!loaded || !list.current || !shown.current) return;
    shown.current(list.current);
    shown.current = undefined;
  }, [loaded]);
  return (
    <div className="grid gap-4">
      <BalanceChart
        transactions={chartSource.data?.pages.flatMap((page) => page.data) ?? []}
        currency={wallet.currency}
        hasOlder={Boolean(chartSource.hasNextPage)}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField label="Show" value={type} onChange={(e) => filter.setType(e.target.value)}>
          {FILTERS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </SelectField>
        <HistorySearch search={search} onSearch={filter.setSearch} />
      </div>
      <HeldTransfers walletId={wallet.id} />
      <div ref={list} className="grid scroll-mt-4 gap-4">
        {history.isPending ? (
          <SkeletonBlock label="Loading history" lines={4} />
        ) : history.isError ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-300">
            The history could not be loaded. {history.error.message}
          </p>
        ) : rows.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {search
              ? `No movement with “${search}” in its description or reference.`
              : type
                ? 'No movement of this kind yet.'
                : 'Nothing here yet.'}
          </p>
        ) : (
          <HistoryList wallet={wallet} wallets={wallets} rows={rows} />
        )}
        {history.hasNextPage ? (
          <div>
            <Button
              variant="secondary"
              onClick={() => history.fetchNextPage()}
              disabled={history.isFetchingNextPage}
            >
              {history.isFetchingNextPage ? 'Loading more…' : 'Load more'}
            </Button>
          </div>
        ) : null}
      </div>
    </div>
  );
}

function HistoryList({ wallet, wallets, rows }: { wallet: Wallet; wallets: Wallet[]; rows: Transaction[] }) {
  const names = new Map(wallets.map((w) => [w.id, w.name]));
  return (
    <ol className="divide-y divide-slate-200 dark:divide-slate-800" aria-label={`History of ${wallet.name}`}>
      {rows.map((t) => (
        <HistoryRow key={t.id} transaction={t} names={names} />
      ))}
    </ol>
  );
}
