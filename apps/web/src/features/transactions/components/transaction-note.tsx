import type { Transaction } from '@wallet/contract';
import { formatMoney } from '../../../lib/money';

/** A history entry's memo, reference and refund state, when it has any. */
export function TransactionNote({ transaction: t }: { transaction: Transaction }) {
  const refunded = t.refundedAmount ? t.refundedAmount : 0;
  if (!t.description && !t.reference && !t.refundOf && refunded === 0) return null;
  return (
    <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="transaction-note">
      {t.refundOf ? <span className="font-medium">Refund</span> : null}
      {t.refundOf && t.description ? ': ' : null}
      {t.description ? <span>{t.description}</span> : null}
      {t.reference ? (
        <span className="text-slate-600 dark:text-slate-400">
          {t.description || t.refundOf ? ' · ' : ''}Ref {t.reference}
        </span>
      ) : null}
      {refunded > 0 ? (
        <span className="text-slate-600 dark:text-slate-400">
          {t.description || t.reference ? ' · ' : ''}
          {formatMoney(refunded, t.currency)} refunded
        </span>
      ) : null}
    </p>
  );
}
