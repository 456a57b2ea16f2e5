import type { Transaction } from '@wallet/contract';
import { ArrowDownLeft, ArrowUpRight, CircleAlert, Plus, Scale } from 'lucide-react';
import { Link } from 'react-router';
import { formatDateTime, formatMoney } from '../../../lib/money';
import { paths } from '../../../lib/paths';
import { failureLabel, TYPE_LABELS, takesOff } from '../utils/labels';
import { isRefundable } from '../utils/refundable';
import { RefundAction } from './refund-action';
import { TransactionNote } from './transaction-note';

const muted = 'text-slate-600 dark:text-slate-400';

export function HistoryRow({
  transaction: t,
  names,
}: {
  transaction: Transaction;
  names: Map<string, string>;
}) {
  const failed = t.status === 'FAILED';
  const incoming = !takesOff(t);
  const otherId =
    t.type === 'TRANSFER_OUT' ? t.destinationWalletId : t.type === 'TRANSFER_IN' ? t.sourceWalletId : null;
  const other = otherId ? (names.get(otherId) ?? `wallet ${otherId.slice(0, 8)}`) : null;
  const Icon = failed
    ? CircleAlert
    : t.type === 'FUND'
      ? Plus
      : t.type === 'ADJUSTMENT'
        ? Scale
        : incoming
          ? ArrowDownLeft
          : ArrowUpRight;
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
            to={paths.transaction.getHref(t.id)}
            className="underline decoration-slate-400 underline-offset-2 hover:decoration-2"
          >
            {TYPE_LABELS[t.type]}
          </Link>
          {other ? (
            <span className={`font-normal ${muted}`}>
              {' '}
              {incoming ? 'from' : 'to'} {other}
            </span>
          ) : null}
        </p>
        <p className={`text-sm ${muted}`}>
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
        <p className={`text-xs ${muted}`}>
          <time dateTime={t.createdAt}>{formatDateTime(t.createdAt)}</time>
        </p>
        {isRefundable(t) ? <RefundAction transaction={t} /> : null}
      </div>
      <p
        className={`text-right font-semibold tabular-nums ${failed ? `line-through ${muted}` : incoming ? 'text-emerald-700 dark:text-emerald-400' : 'text-slate-900 dark:text-slate-100'}`}
      >
        <span className="sr-only">{failed ? 'Declined, no money moved: ' : ''}</span>
        {failed ? '' : incoming ? '+' : '−'}
        {formatMoney(t.amount, t.currency)}
      </p>
    </li>
  );
}
