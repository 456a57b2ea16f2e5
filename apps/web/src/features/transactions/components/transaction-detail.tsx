import type { Wallet } from '@wallet/contract';
import { Link } from 'react-router';
import { NotFoundCard } from '../../../components/not-found-card';
import { Card } from '../../../components/ui/card';
import { SkeletonBlock } from '../../../components/ui/skeleton';
import { ApiError } from '../../../lib/api-client';
import { formatMoney } from '../../../lib/money';
import { paths } from '../../../lib/paths';
import { useTransaction } from '../api/get-transaction';
import { useCounterpartLeg } from '../api/get-transactions';
import { failureLabel, TYPE_LABELS } from '../utils/labels';
import { isRefundable } from '../utils/refundable';
import { OtherLeg } from './other-leg';
import { RefundAction } from './refund-action';
import { TransactionFacts } from './transaction-facts';
import { TransactionNote } from './transaction-note';

/**
 * One ledger entry at /transactions/:id: what moved, between which wallets, the balances around it, and
 * for a transfer between two of the person's own wallets (`wallets`), the other leg too. Another
 * person's wallet shows only what the API lets the caller see.
 */
export function TransactionDetail({ id, wallets }: { id: string; wallets: Wallet[] }) {
  const transaction = useTransaction(id);
  const t = transaction.data;
  const byId = new Map(wallets.map((w) => [w.id, w]));
  const otherId = t?.type === 'TRANSFER_OUT' ? t.destinationWalletId : t?.sourceWalletId;
  const counterpart = useCounterpartLeg(t, Boolean(otherId && byId.has(otherId)));

  if (transaction.isPending) return <SkeletonBlock label="Loading the transaction" lines={6} />;
  if (transaction.isError) {
    const error = transaction.error;
    if (error instanceof ApiError && (error.status === 404 || error.code === 'VALIDATION_FAILED')) {
      return <NotFoundCard what="transaction" />;
    }
    return (
      <Card role="alert">
        <p className="font-medium">The transaction could not be loaded.</p>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{error.message}</p>
      </Card>
    );
  }
  if (!t) return <NotFoundCard what="transaction" />;
  const own = byId.get(t.walletId);
  const failed = t.status === 'FAILED';
  return (
    <Card aria-labelledby="transaction-heading" data-testid="transaction-detail">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {own ? (
          <Link className="underline underline-offset-2" to={paths.walletHistory.getHref(own.id)}>
            {own.name}
          </Link>
        ) : (
          'Wallet'
        )}{' '}
        · {t.currency}
      </p>
      <h2 id="transaction-heading" className="mt-1 text-2xl font-semibold">
        {TYPE_LABELS[t.type]} {formatMoney(t.amount, t.currency)}
      </h2>
      <p
        className={`mt-1 font-medium ${failed ? 'text-red-700 dark:text-red-300' : 'text-emerald-700 dark:text-emerald-400'}`}
      >
        {failed ? `Declined: ${failureLabel(t.failureCode)}. No money moved.` : 'Completed'}
      </p>
      <TransactionNote transaction={t} />
      {isRefundable(t) ? (
        <div className="mt-3">
          <RefundAction transaction={t} />
        </div>
      ) : null}
      <TransactionFacts t={t} byId={byId} />
      {counterpart.data ? <OtherLeg leg={counterpart.data} byId={byId} /> : null}
    </Card>
  );
}
