import type { Transaction } from '@wallet/contract';
import 'uplot/dist/uPlot.min.css';
import { formatDate, formatMoney } from '../../../lib/money';
import { plural } from '../../../lib/plural';
import { balanceSeries } from '../utils/chart-period';
import { BalancePlot } from './balance-plot';

const muted = 'text-sm text-slate-600 dark:text-slate-400';
const DAY_MS = 86_400_000;

/**
 * The balance over the chosen period, from its start to now (or to the end picked), after each
 * successful movement, from the history loaded so far.
 */
export function BalanceChart({
  transactions,
  currency,
  hasOlder = false,
  span = { from: Date.now() - 30 * DAY_MS, to: Date.now() + 1 },
}: {
  transactions: Transaction[];
  currency: string;
  /** More history exists than is loaded: the chart may not reach back to the period's start. */
  hasOlder?: boolean;
  /** The page's period, [from, to) in epoch milliseconds (the last 30 days unless given). */
  span?: { from: number; to: number };
}) {
  const oldestLoaded = transactions.at(-1)?.createdAt ?? '';
  const reachesStart = !hasOlder || oldestLoaded <= new Date(span.from).toISOString();
  const series = balanceSeries(transactions, span, { reachesStart });
  const first = series.movements[0];
  const last = series.movements.at(-1);
  const start = series.times[0];
  const end = series.times.at(-1);
  const summary =
    first && last
      ? `Balance over ${plural(series.movements.length, { one: 'movement', other: 'movements' })}, from ${formatMoney(first.balance, currency)} to ${formatMoney(last.balance, currency)}.`
      : 'No movements in this period.';
  return (
    <div className="grid gap-3">
      {reachesStart ? null : (
        <p className={muted}>
          The chart shows the movements loaded so far; load more below to reach further back.
        </p>
      )}
      {start === undefined || end === undefined ? (
        <p className={muted} data-testid="chart-empty">
          {summary}
        </p>
      ) : (
        <figure className="h-48 w-full text-indigo-600 dark:text-indigo-400" role="img" aria-label={summary}>
          <BalancePlot times={series.times} balances={series.balances} currency={currency} />
          <figcaption className="sr-only">
            {summary} {formatDate(start)} to {formatDate(end)}.
          </figcaption>
        </figure>
      )}
    </div>
  );
}
