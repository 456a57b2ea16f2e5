import type { Transaction, Wallet } from '@wallet/contract';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { CopyButton } from '../../../components/copy-button';
import { NotFoundCard } from '../../../components/not-found-card';
import { Card } from '../../../components/ui/card';
import { SkeletonBlock } from '../../../components/ui/skeleton';
import { ApiError } from '../../../lib/api-client';
import { formatDateTime, formatMoney } from '../../../lib/money';
import { useCounterpartLeg, useTransaction } from '../api/get-transaction';
import { useWallets } from '../api/get-wallets';
import { failureLabel, TYPE_LABELS } from './labels';
import { isRefundable, RefundAction } from './refund-action';
import { TransactionNote } from './transaction-note';

/**
 * One ledger entry at /transactions/:id: what moved, between which wallets, the balances around it, and
 * for a transfer between two of the person's own wallets, the other leg too. Another person's wallet
 * shows only what the API lets the caller see.
 */
export function TransactionDetail({ id }: { id: string }) {
  const transaction = useTransaction(id);
  const { wallets } = useWallets();
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
  return (
    <Card aria-labelledby="transaction-heading" data-testid="transaction-detail">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {own ? (
          <Link className="underline underline-offset-2" to={`/wallets/${own.id}/transactions`}>
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
        className={`mt-1 font-medium ${t.status === 'FAILED' ? 'text-red-700 dark:text-red-300' : 'text-emerald-700 dark:text-emerald-400'}`}
      >
        {t.status === 'FAILED' ? `Declined: ${failureLabel(t.failureCode)}. No money moved.` : 'Completed'}
      </p>
      <TransactionNote transaction={t} />
      {isRefundable(t) ? (
        <div className="mt-3">
          <RefundAction transaction={t} />
        </div>
      ) : null}
      <dl className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
        <Row term="Date">
          <time dateTime={t.createdAt}>{formatDateTime(t.createdAt)}</time>
        </Row>
        {t.type !== 'FUND' ? (
          <>
            <Row term="From">
              <WalletRef id={t.sourceWalletId} byId={byId} />
            </Row>
            <Row term="To">
              <WalletRef id={t.destinationWalletId} byId={byId} />
            </Row>
          </>
        ) : null}
        <Row term="Balance">
          {formatMoney(t.balanceBefore, t.currency)} → {formatMoney(t.balanceAfter, t.currency)}
        </Row>
        {t.failureCode ? (
          <Row term="Failure code">
            <code>{t.failureCode}</code>
          </Row>
        ) : null}
        <Row term="Transaction ID">
          <Id value={t.id} label="Copy transaction ID" />
        </Row>
        {t.transferId ? (
          <Row term="Transfer ID">
            <Id value={t.transferId} label="Copy transfer ID" />
          </Row>
        ) : null}
      </dl>
      {counterpart.data ? <OtherLeg leg={counterpart.data} byId={byId} /> : null}
    </Card>
  );
}

function OtherLeg({ leg, byId }: { leg: Transaction; byId: Map<string, Wallet> }) {
  const wallet = byId.get(leg.walletId);
  return (
    <section
      aria-labelledby="other-leg-heading"
      className="mt-6 border-t border-slate-200 pt-4 dark:border-slate-800"
    >
      <h3 id="other-leg-heading" className="font-semibold">
        <Link className="underline underline-offset-2" to={`/transactions/${leg.id}`}>
          The other leg: {TYPE_LABELS[leg.type]}
        </Link>{' '}
        in {wallet?.name ?? 'the other wallet'}
      </h3>
      <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        <Row term="Amount">{formatMoney(leg.amount, leg.currency)}</Row>
        <Row term="Balance">
          {formatMoney(leg.balanceBefore, leg.currency)} → {formatMoney(leg.balanceAfter, leg.currency)}
        </Row>
        <Row term="Transaction ID">
          <Id value={leg.id} label="Copy the other leg's transaction ID" />
        </Row>
      </dl>
    </section>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-sm font-medium text-slate-600 dark:text-slate-400">{term}</dt>
      <dd className="min-w-0">{children}</dd>
    </>
  );
}

function Id({ value, label }: { value: string; label: string }) {
  return (
    <span className="flex items-center gap-1">
      <code className="break-all font-mono text-sm">{value}</code>
      <CopyButton value={value} label={label} />
    </span>
  );
}

/** One of the person's wallets by name (a link), another person's by id, or a hidden one as such. */
function WalletRef({ id, byId }: { id: string | null; byId: Map<string, Wallet> }) {
  if (!id) return <span>Another person's wallet</span>;
  const wallet = byId.get(id);
  if (!wallet) return <Id value={id} label="Copy wallet ID" />;
  return (
    <Link className="underline underline-offset-2" to={`/wallets/${wallet.id}`}>
      {wallet.name}
    </Link>
  );
}
