import type { Transaction } from '@wallet/contract';
import { ArrowDownLeft, ArrowUpRight, CircleAlert, Plus, Scale, Undo2 } from 'lucide-react';
import { Link } from 'react-router';
import { formatMoney } from '../../../lib/money';
import { paths } from '../../../lib/paths';
import { entryTitle, failureLabel, takesOff } from '../utils/labels';
import { isRefundable } from '../utils/refundable';
import { RefundAction } from './refund-action';
import { TransactionNote } from './transaction-note';

const muted = 'text-slate-600 dark:text-slate-400';
const time = (iso: string) =>
  new Date(iso).toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });

/**
 * One movement of the activity: who (by the name they chose), the memo, the time and the balance it
 * left; the amount signed in text (+ in, − out) as well as by colour, a declined one struck through and
 * said in words.
 */
export function HistoryRow({
  transaction: t,
  names,
}: {
  transaction: Transaction;
  names: Map<string, string>;
}) {
  const failed = t.status === 'FAILED';
  const incoming = !takesOff(t);
  const Icon = failed
    ? CircleAlert
    : t.refundOf
      ? Undo2
      : t.type === 'FUND'
        ? Plus
        : t.type === 'ADJUSTMENT'
          ? Scale
          : incoming
            ? ArrowDownLeft
            : ArrowUpRight;
  const tone = failed
    ? 'bg-red-100 text-red-700 dark:bg-red-950 dark:text-red-300'
    : incoming
      ? 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300'
      : 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200';
  return (
    <li className="grid grid-cols-[auto_minmax(0,1fr)_auto] items-start gap-3 py-3" data-testid="history-row">
      <span className={`mt-0.5 grid size-9 place-items-center rounded-full ${tone}`} aria-hidden="true">
        <Icon size={16} />
      </span>
      <div className="min-w-0">
        <p className="truncate font-medium">
          <Link
            to={paths.transaction.getHref(t.id)}
            className="rounded hover:underline hover:underline-offset-2"
            data-testid="history-title"
          >
            {entryTitle(t, names)}
          </Link>
        </p>
        <TransactionNote transaction={t} />
        <p className={`text-xs ${muted}`}>
          <time dateTime={t.createdAt}>{time(t.createdAt)}</time>
          {failed ? (
            <span className="font-medium text-red-700 dark:text-red-300">
              {' '}
              · Declined: {failureLabel(t.failureCode)}
            </span>
          ) : (
            <>
              {' '}
              · Balance {formatMoney(t.balanceBefore, t.currency)} → {formatMoney(t.balanceAfter, t.currency)}
            </>
          )}
        </p>
        {isRefundable(t) ? <RefundAction transaction={t} /> : null}
      </div>
      <p
        className={`text-right font-semibold whitespace-nowrap tabular-nums ${failed ? `line-through ${muted}` : incoming ? 'text-emerald-700 dark:text-emerald-400' : 'text-slate-900 dark:text-slate-100'}`}
        data-testid="history-amount"
      >
        <span className="sr-only">{failed ? 'Declined, no money moved: ' : incoming ? 'In: ' : 'Out: '}</span>
        {failed ? '' : incoming ? '+' : '−'}
        {formatMoney(t.amount, t.currency)}
      </p>
    </li>
  );
}
