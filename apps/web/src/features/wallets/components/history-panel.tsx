import type { Transaction, TransactionType, Wallet } from '@wallet/contract';
import { ArrowDownLeft, ArrowUpRight, CircleAlert, Plus } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../../components/ui/button';
import { SelectField, TextField } from '../../../components/ui/field';
import { SkeletonBlock } from '../../../components/ui/skeleton';
import { formatDateTime, formatMoney } from '../../../lib/money';
import { useTransactions } from '../api/get-transactions';
import { BalanceChart } from './balance-chart';
import { failureLabel, TYPE_LABELS } from './labels';
import { isRefundable, RefundAction } from './refund-action';
import { TransactionNote } from './transaction-note';

const FILTERS: { value: '' | TransactionType; label: string }[] = [
  { value: '', label: 'All movements' },
  { value: 'FUND', label: 'Funding' },
  { value: 'TRANSFER_IN', label: 'Received' },
  { value: 'TRANSFER_OUT', label: 'Sent' },
];

/** What the API searches: 1 to 140 characters of a description or reference. */
const MAX_SEARCH = 140;
/** How long typing pauses before the history is searched. */
const SEARCH_DELAY_MS = 300;

export function HistoryPanel({ wallet, wallets }: { wallet: Wallet; wallets: Wallet[] }) {
  // The filter and the search live in the address (?type=TRANSFER_OUT&q=rent), so a reload, Back and a
  // shared link keep them.
  const [params, setParams] = useSearchParams();
  const typed = params.get('type') ?? '';
  const filter = FILTERS.some((f) => f.value === typed) ? (typed as '' | TransactionType) : '';
  const search = (params.get('q') ?? '').trim().slice(0, MAX_SEARCH);
  const narrowed = filter !== '' || search !== '';
  const history = useTransactions(wallet.id, { type: filter || undefined, search: search || undefined });
  const all = useTransactions(wallet.id, {}, narrowed);
  const rows = history.data?.pages.flatMap((page) => page.data) ?? [];
  const chartRows = (narrowed ? all.data : history.data)?.pages.flatMap((page) => page.data) ?? [];
  const names = new Map(wallets.map((w) => [w.id, w.name]));
  const setParam = (name: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: name === 'q' },
    );

  return (
    <div className="grid gap-4">
      <BalanceChart
        transactions={chartRows}
        currency={wallet.currency}
        hasOlder={Boolean((narrowed ? all : history).hasNextPage)}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField label="Show" value={filter} onChange={(e) => setParam('type', e.target.value)}>
          {FILTERS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </SelectField>
        <HistorySearch search={search} onSearch={(text) => setParam('q', text)} />
      </div>
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
            : filter
              ? 'No movement of this kind yet.'
              : 'Nothing here yet.'}
        </p>
      ) : (
        <ol
          className="divide-y divide-slate-200 dark:divide-slate-800"
          aria-label={`History of ${wallet.name}`}
        >
          {rows.map((t) => (
            <HistoryRow key={t.id} transaction={t} names={names} />
          ))}
        </ol>
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
  );
}

/** The search field: what is typed reaches the address (and the API) once typing pauses. */
function HistorySearch({ search, onSearch }: { search: string; onSearch: (text: string) => void }) {
  const [text, setText] = useState(search);
  const latest = useRef(onSearch);
  latest.current = onSearch;
  // Back, Forward or a link change the address: the field follows it.
  useEffect(() => setText(search), [search]);
  useEffect(() => {
    const wanted = text.trim();
    if (wanted === search) return;
    const timer = setTimeout(() => latest.current(wanted), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, search]);
  return (
    <TextField
      label="Search"
      type="search"
      value={text}
      maxLength={MAX_SEARCH}
      placeholder="Description or reference"
      autoComplete="off"
      onChange={(e) => setText(e.target.value)}
    />
  );
}

function HistoryRow({ transaction: t, names }: { transaction: Transaction; names: Map<string, string> }) {
  const failed = t.status === 'FAILED';
  const incoming = t.type !== 'TRANSFER_OUT';
  const otherId =
    t.type === 'TRANSFER_OUT' ? t.destinationWalletId : t.type === 'TRANSFER_IN' ? t.sourceWalletId : null;
  const other = otherId ? (names.get(otherId) ?? `wallet ${otherId.slice(0, 8)}`) : null;
  const Icon = failed ? CircleAlert : t.type === 'FUND' ? Plus : incoming ? ArrowDownLeft : ArrowUpRight;
  const sign = failed ? '' : incoming ? '+' : '−';
  return (
    <li className="grid grid-cols-[auto_1fr_auto] items-start gap-3 py-3" data-testid="history-row">
      <span
        className={`mt-0.5 rounded-full p-1.5 ${failed ? 'bg-red-100 text-red-700 dark:bg-red-950 dark:text-red-300' : 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200'}`}
        aria-hidden="true"
      >
        <Icon size={16} />
      </span>
      <div className="min-w-0">
        <p className="font-medium">
          <Link
            to={`/transactions/${t.id}`}
            className="underline decoration-slate-400 underline-offset-2 hover:decoration-2"
          >
            {TYPE_LABELS[t.type]}
          </Link>
          {other ? (
            <span className="font-normal text-slate-600 dark:text-slate-400">
              {' '}
              {incoming ? 'from' : 'to'} {other}
            </span>
          ) : null}
        </p>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {failed ? (
            <span className="font-medium text-red-700 dark:text-red-300">
              Declined: {failureLabel(t.failureCode)}
            </span>
          ) : (
            <>
              Balance {formatMoney(t.balanceBefore, t.currency)} → {formatMoney(t.balanceAfter, t.currency)}
            </>
          )}
        </p>
        <TransactionNote transaction={t} />
        <p className="text-xs text-slate-600 dark:text-slate-400">
          <time dateTime={t.createdAt}>{formatDateTime(t.createdAt)}</time>
        </p>
        {isRefundable(t) ? <RefundAction transaction={t} /> : null}
      </div>
      <p
        className={`text-right font-semibold tabular-nums ${failed ? 'text-slate-600 line-through dark:text-slate-400' : incoming ? 'text-emerald-700 dark:text-emerald-400' : 'text-slate-900 dark:text-slate-100'}`}
      >
        <span className="sr-only">{failed ? 'Declined, no money moved: ' : ''}</span>
        {sign}
        {formatMoney(t.amount, t.currency)}
      </p>
    </li>
  );
}
