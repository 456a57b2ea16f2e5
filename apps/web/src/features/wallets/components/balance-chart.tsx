import type { Transaction } from '@wallet/contract';
import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '../../../lib/money';

/** The balance after each successful movement, oldest to newest, from the history loaded so far. */
export function BalanceChart({ transactions, currency }: { transactions: Transaction[]; currency: string }) {
  const points = transactions
    .filter((t) => t.status === 'SUCCESS')
    .slice()
    .reverse()
    .map((t) => ({ time: new Date(t.createdAt).getTime(), balance: t.balanceAfter }));
  if (points.length < 2) return null;
  const first = points[0];
  const last = points[points.length - 1];
  const summary = `Balance over the last ${points.length} movements, from ${formatMoney(first?.balance ?? 0, currency)} to ${formatMoney(last?.balance ?? 0, currency)}.`;
  return (
    <figure className="h-48 w-full text-indigo-600 dark:text-indigo-400" role="img" aria-label={summary}>
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
          <XAxis
            dataKey="time"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            tickFormatter={(value: number) =>
              new Date(value).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
            }
            tick={{ fill: 'currentColor', fontSize: 12 }}
            stroke="currentColor"
          />
          <YAxis width={80} tick={{ fill: 'currentColor', fontSize: 12 }} stroke="currentColor" />
          <Tooltip
            formatter={(value) => formatMoney(Number(value), currency)}
            labelFormatter={(value) => new Date(Number(value)).toLocaleString()}
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
  );
}
