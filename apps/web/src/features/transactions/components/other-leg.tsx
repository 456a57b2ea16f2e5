import type { Transaction, Wallet } from '@wallet/contract';
import { Link } from 'react-router';
import { CopyableId as Id, Fact as Row } from '../../../components/fact';
import { formatMoney } from '../../../lib/money';
import { paths } from '../../../lib/paths';
import { TYPE_LABELS } from '../utils/labels';

/** The other half of a transfer between two of the person's own wallets. */
export function OtherLeg({ leg, byId }: { leg: Transaction; byId: Map<string, Wallet> }) {
  const wallet = byId.get(leg.walletId);
  return (
    <section
      aria-labelledby="other-leg-heading"
      className="mt-6 border-t border-slate-200 pt-4 dark:border-slate-800"
    >
      <h3 id="other-leg-heading" className="font-semibold">
        <Link className="underline underline-offset-2" to={paths.transaction.getHref(leg.id)}>
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
