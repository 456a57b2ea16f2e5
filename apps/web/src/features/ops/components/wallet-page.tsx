import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Fact, CopyableId as Id } from '../../../components/fact';
import { Card } from '../../../components/ui/card';
import { SkeletonBlock } from '../../../components/ui/skeleton';
import { paths } from '../../../lib/paths';
import { useStaffWallet } from '../api/get-staff-wallet';
import type { WalletPageForStaff } from '../api/types';
import { Facts, linkClass, Money, muted, PageTitle, typeName, UserLink, When } from './ops-parts';
import { OpsProblem } from './ops-problem';

/**
 * Any wallet as staff see it: its owner, balance and newest entries. `panels` are the other console
 * features' parts of this page (freezing it, adjusting it), given the page as loaded.
 */
export function OpsWalletPage({
  walletId,
  panels,
}: {
  walletId: string;
  panels?: (page: WalletPageForStaff) => ReactNode;
}) {
  const page = useStaffWallet(walletId);
  if (page.isPending) return <SkeletonBlock label="Loading the wallet" lines={6} />;
  if (page.isError) return <OpsProblem error={page.error} what="wallet" />;
  const { wallet, owner, transactions } = page.data;
  return (
    <div className="grid gap-6">
      <Card aria-labelledby="ops-wallet-heading">
        <div id="ops-wallet-heading">
          <PageTitle kind="Wallet">{wallet.name}</PageTitle>
        </div>
        <p className="mt-2 text-3xl font-semibold" data-testid="ops-wallet-balance">
          <Money value={wallet.balance} currency={wallet.currency} />
        </p>
        <Facts>
          <Fact term="Owner">{owner ? <UserLink user={owner} /> : <span className={muted}>None</span>}</Fact>
          <Fact term="Currency">{wallet.currency}</Fact>
          <Fact term="Opened">
            <When iso={wallet.createdAt} />
          </Fact>
          <Fact term="Id">
            <Id value={wallet.id} label="Copy wallet ID" />
          </Fact>
        </Facts>
      </Card>
      {panels?.(page.data)}
      <Card aria-labelledby="ops-wallet-entries">
        <h2 id="ops-wallet-entries" className="text-lg font-semibold">
          Newest entries
        </h2>
        {transactions.length === 0 ? (
          <p className={`mt-2 ${muted}`}>No movements yet.</p>
        ) : (
          <div className="mt-2">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">The wallet's 20 newest ledger entries</caption>
              <thead className="text-slate-600 dark:text-slate-400">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    When
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Entry
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Status
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right font-medium">
                    Amount
                  </th>
                  <th scope="col" className="py-2 text-right font-medium">
                    Balance after
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
                {transactions.map((t) => (
                  <tr key={t.id}>
                    <td className="py-2 pr-3">
                      <When iso={t.createdAt} />
                    </td>
                    <td className="py-2 pr-3">
                      <Link className={linkClass} to={paths.opsTransaction.getHref(t.id)}>
                        {typeName(t.type)}
                      </Link>
                      {t.reference ? <span className={`ml-2 ${muted}`}>{t.reference}</span> : null}
                    </td>
                    <td className="py-2 pr-3">
                      {t.status === 'SUCCESS'
                        ? 'Done'
                        : `Failed${t.failureCode ? ` (${t.failureCode})` : ''}`}
                    </td>
                    <td className="py-2 pr-3 text-right">
                      <Money value={t.type === 'TRANSFER_OUT' ? -t.amount : t.amount} currency={t.currency} />
                    </td>
                    <td className="py-2 text-right">
                      <Money value={t.balanceAfter} currency={t.currency} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
