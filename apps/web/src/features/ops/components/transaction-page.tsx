import { Link } from 'react-router';
import { Fact, CopyableId as Id } from '../../../components/fact';
import { Card } from '../../../components/ui/card';
import { SkeletonBlock } from '../../../components/ui/skeleton';
import { paths } from '../../../lib/paths';
import { useStaffTransaction } from '../api/get-staff-transaction';
import { Facts, linkClass, Money, PageTitle, typeName, WalletLink, When } from './ops-parts';
import { OpsProblem } from './ops-problem';

/** Any ledger entry as staff see it, with its wallet and the other side of a transfer. */
export function OpsTransactionPage({ transactionId }: { transactionId: string }) {
  const found = useStaffTransaction(transactionId);
  if (found.isPending) return <SkeletonBlock label="Loading the transaction" lines={6} />;
  if (found.isError) return <OpsProblem error={found.error} what="transaction" />;
  const { transaction: t, wallet } = found.data;
  const other =
    t.type === 'TRANSFER_OUT' ? t.destinationWalletId : t.type === 'TRANSFER_IN' ? t.sourceWalletId : null;
  return (
    <Card aria-labelledby="ops-transaction-heading">
      <div id="ops-transaction-heading">
        <PageTitle kind="Transaction">
          {typeName(t.type)} of <Money value={t.amount} currency={t.currency} />
        </PageTitle>
      </div>
      <Facts>
        <Fact term="Status">
          {t.status === 'SUCCESS' ? 'Done' : `Failed${t.failureCode ? ` (${t.failureCode})` : ''}`}
        </Fact>
        <Fact term="When">
          <When iso={t.createdAt} />
        </Fact>
        <Fact term="Wallet">
          <WalletLink wallet={wallet} />
        </Fact>
        <Fact term="Balance">
          <Money value={t.balanceBefore} currency={t.currency} /> →{' '}
          <Money value={t.balanceAfter} currency={t.currency} />
        </Fact>
        {other ? (
          <Fact term={t.type === 'TRANSFER_OUT' ? 'To wallet' : 'From wallet'}>
            <Link className={linkClass} to={paths.opsWallet.getHref(other)}>
              {other}
            </Link>
          </Fact>
        ) : null}
        {t.description ? <Fact term="Description">{t.description}</Fact> : null}
        {t.reference ? <Fact term="Reference">{t.reference}</Fact> : null}
        {t.refundedAmount ? (
          <Fact term="Refunded">
            <Money value={t.refundedAmount} currency={t.currency} />
          </Fact>
        ) : null}
        {t.transferId ? (
          <Fact term="Transfer">
            <Id value={t.transferId} label="Copy transfer ID" />
          </Fact>
        ) : null}
        {t.refundOf ? (
          <Fact term="Refund of">
            <Id value={t.refundOf} label="Copy the refunded transfer's ID" />
          </Fact>
        ) : null}
        <Fact term="Id">
          <Id value={t.id} label="Copy transaction ID" />
        </Fact>
      </Facts>
    </Card>
  );
}
