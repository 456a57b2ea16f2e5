import type { Transaction, Wallet } from '@wallet/contract';
import { useEffect, useRef } from 'react';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/field';
import { SkeletonBlock } from '../../../components/ui/skeleton';
import { useTransactions } from '../api/get-transactions';
import { FILTERS, useHistoryFilter } from '../hooks/use-history-filter';
import { byDay, dayLabel } from '../utils/labels';
import { BalanceChart } from './balance-chart';
import { HeldTransfers } from './held-transfers';
import { HistoryRow } from './history-row';
import { HistorySearch } from './history-search';

/**
 * The activity of the page's period: the balance chart, the filter and search, what is pending (held
 * transfers) first, then the movements grouped by day, a page at a time.
 */
export function HistoryPanel({
  wallet,
  wallets,
  span,
  onListShown,
}: {
  wallet: Wallet;
  wallets: Wallet[];
  /** The page's period, [from, to) in epoch milliseconds: the chart and the list show it. */
  span: { from: number; to: number };
  /** Called once with the list (or what says it is empty) when it has loaded and is on screen. */
  onListShown?: (list: HTMLElement) => void;
}) {
  const filter = useHistoryFilter();
  const { type, search } = filter;
  const history = useTransactions(wallet.id, { type: type || undefined, search: search || undefined });
  // The chart shows every movement, whatever the list is narrowed to.
  const all = useTransactions(wallet.id, {}, filter.narrowed);
  const chartSource = filter.narrowed ? all : history;
  const loadedRows = history.data?.pages.flatMap((page) => page.data) ?? [];
  const rows = loadedRows.filter((t) => inSpan(t, span));
  // Older pages matter only while the oldest loaded movement is still inside the period.
  const oldest = loadedRows.at(-1);
  const moreInPeriod =
    Boolean(history.hasNextPage) && (!oldest || inSpan(oldest, span) || isAfter(oldest, span));
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
        span={span}
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
          <SkeletonBlock label="Loading activity" lines={4} />
        ) : history.isError ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-300">
            The activity could not be loaded. {history.error.message}
          </p>
        ) : rows.length === 0 && !moreInPeriod ? (
          <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="activity-empty">
            {search
              ? `No movement with “${search}” in its description or reference in this period.`
              : type
                ? 'No movement of this kind in this period.'
                : loadedRows.length === 0
                  ? 'Nothing here yet. Add money to get started.'
                  : 'No movement in this period.'}
          </p>
        ) : (
          <HistoryList wallet={wallet} wallets={wallets} rows={rows} />
        )}
        {moreInPeriod ? (
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

const timeOf = (t: Transaction) => new Date(t.createdAt).getTime();
const inSpan = (t: Transaction, span: { from: number; to: number }) =>
  timeOf(t) >= span.from && timeOf(t) < span.to;
const isAfter = (t: Transaction, span: { from: number; to: number }) => timeOf(t) >= span.to;

function HistoryList({ wallet, wallets, rows }: { wallet: Wallet; wallets: Wallet[]; rows: Transaction[] }) {
  const names = new Map(wallets.map((w) => [w.id, w.name]));
  return (
    <ol className="grid gap-4" aria-label={`History of ${wallet.name}`}>
      {byDay(rows).map((group) => (
        <li key={group.day}>
          <h3 className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
            {dayLabel(group.rows[0]?.createdAt ?? '')}
          </h3>
          <ol className="divide-y divide-slate-200 dark:divide-slate-800">
            {group.rows.map((t) => (
              <HistoryRow key={t.id} transaction={t} names={names} />
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
