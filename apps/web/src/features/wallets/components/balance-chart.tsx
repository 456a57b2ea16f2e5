import type { Transaction } from '@wallet/contract';
import { useState } from 'react';
import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { SelectField, TextField } from '../../../components/ui/field';
import { formatDate, formatDateTime, formatMoney } from '../../../lib/money';

const DAY_MS = 86_400_000;
const RANGES = [
  { value: '7', label: 'Last 7 days' },
  { value: '30', label: 'Last 30 days' },
  { value: '90', label: 'Last 90 days' },
  { value: 'custom', label: 'From… to…' },
] as const;

/** The [from, to) window of a range choice, in epoch milliseconds. */
export function rangeWindow(
  choice: string,
  custom: { from: string; to: string },
  now = Date.now(),
): { from: number; to: number } {
  if (choice !== 'custom') return { from: now - Number(choice) * DAY_MS, to: now + 1 };
  // The dates a person picks are whole local days: "to" includes all of its day.
  const from = custom.from ? new Date(`${custom.from}T00:00`).getTime() : 0;
  const to = custom.to ? new Date(`${custom.to}T00:00`).getTime() + DAY_MS : now + 1;
  return { from, to };
}

/**
 * The balance after each successful movement in the chosen window, oldest to newest, from the history
 * loaded so far.
 */
export function BalanceChart({
  transactions,
  currency,
  hasOlder = false,
}: {
  transactions: Transaction[];
  currency: string;
  /** More history exists than is loaded: the chart may not reach back to the period's start. */
  hasOlder?: boolean;
}) {
  const [choice, setChoice] = useState<string>('30');
  const [custom, setCustom] = useState({ from: '', to: '' });
  const span = rangeWindow(choice, custom);
  const points = transactions
    .filter((t) => t.status === 'SUCCESS')
    .map((t) => ({ time: new Date(t.createdAt).getTime(), balance: t.balanceAfter }))
    .filter((p) => p.time >= span.from && p.time < span.to)
    .reverse();
  const first = points[0];
  const last = points[points.length - 1];
  const summary =
    first && last
      ? `Balance over ${points.length} movements, from ${formatMoney(first.balance, currency)} to ${formatMoney(last.balance, currency)}.`
      : 'No movements in this period.';
  return (
    <div className="grid gap-3">
      <div className="grid gap-2 sm:grid-cols-3">
        <SelectField label="Period" value={choice} onChange={(e) => setChoice(e.target.value)}>
          {RANGES.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </SelectField>
        {choice === 'custom' ? (
          <>
            <TextField
              label="From"
              type="date"
              value={custom.from}
              max={custom.to || undefined}
              onChange={(e) => setCustom((c) => ({ ...c, from: e.target.value }))}
            />
            <TextField
              label="To"
              type="date"
              value={custom.to}
              min={custom.from || undefined}
              onChange={(e) => setCustom((c) => ({ ...c, to: e.target.value }))}
            />
          </>
        ) : null}
      </div>
      {hasOlder && (transactions.at(-1)?.createdAt ?? '') > new Date(span.from).toISOString() ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          The chart shows the movements loaded so far; load more history below to reach further back.
        </p>
      ) : null}
      {points.length < 2 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="chart-empty">
          {points.length === 0 ? summary : 'Only one movement in this period: nothing to chart yet.'}
        </p>
      ) : (
        <figure className="h-48 w-full text-indigo-600 dark:text-indigo-400" role="img" aria-label={summary}>
          <ResponsiveContainer width="100%" height="100%">
            <AreaChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
              <XAxis
                dataKey="time"
                type="number"
                scale="time"
                domain={['dataMin', 'dataMax']}
                tickFormatter={(value: number) => formatDate(value)}
                tick={{ fill: 'currentColor', fontSize: 12 }}
                stroke="currentColor"
              />
              <YAxis width={80} tick={{ fill: 'currentColor', fontSize: 12 }} stroke="currentColor" />
              <Tooltip
                formatter={(value) => formatMoney(Number(value), currency)}
                labelFormatter={(value) => formatDateTime(Number(value))}
                contentStyle={{ color: '#0f172a' }}
              />
              <Area
                type="stepAfter"
                dataKey="balance"
                stroke="currentColor"
                fill="currentColor"
                fillOpacity={0.15}
                isAnimationActive={false}
              />
            </AreaChart>
          </ResponsiveContainer>
          <figcaption className="sr-only">{summary}</figcaption>
        </figure>
      )}
    </div>
  );
}
