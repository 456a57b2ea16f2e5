import type { Transaction, Wallet } from '@wallet/contract';
import { CopyableId as Id, Fact as Row } from '../../../components/fact';
import { formatDateTime, formatMoney } from '../../../lib/money';
import { WalletRef } from './detail-parts';

/** When, between which wallets, the balances around it, and its ids. */
export function TransactionFacts({ t, byId }: { t: Transaction; byId: Map<string, Wallet> }) {
  return (
    <dl className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
      <Row term="Date">
        <time dateTime={t.createdAt}>{formatDateTime(t.createdAt)}</time>
      </Row>
      {t.type === 'ADJUSTMENT' ? (
        <Row term="Made by">A correction by our operations team, approved by two staff members</Row>
      ) : null}
      {t.type !== 'FUND' && t.type !== 'ADJUSTMENT' ? (
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
  );
}
