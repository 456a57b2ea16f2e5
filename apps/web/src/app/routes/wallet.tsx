import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, useMatch, useParams } from 'react-router';
import { NotFoundCard } from '../../components/not-found-card';
import { PeriodControl } from '../../components/period-control';
import { SkeletonBlock } from '../../components/ui/skeleton';
import { StatementDownload } from '../../features/statements/components/statement-download';
import { getTransactionsQueryOptions } from '../../features/transactions/api/get-transactions';
import { HistoryCard } from '../../features/transactions/components/history-card';
import { historyFilterOf } from '../../features/transactions/hooks/use-history-filter';
import { useWallets } from '../../features/wallets/api/get-wallets';
import { WalletBalanceCard } from '../../features/wallets/components/wallet-balance-card';
import { paths } from '../../lib/paths';
import { periodDays, usePeriod } from '../../lib/period';
import { WALLET_PANELS } from '../wallet-sections';
import { WalletActionBar } from './wallet-action-bar';

/** The activity's first page (as filtered in the address) starts loading with the route. */
export const clientLoader =
  (queryClient: QueryClient) =>
  ({ params, request }: LoaderFunctionArgs) => {
    const url = new URL(request.url);
    if (params.walletId) {
      const { type, search } = historyFilterOf(url.searchParams);
      const filter = { type: type || undefined, search: search || undefined };
      void queryClient.prefetchInfiniteQuery(getTransactionsQueryOptions(params.walletId, filter));
    }
    return null;
  };

/**
 * One wallet, at /wallets/:walletId (and /wallets/:walletId/transactions, which brings the activity
 * into view): the money first (the balance, what is available and pending), the actions right under
 * it (each opens a dialog; ?action=<id> opens one from a link), the features' panels (money that
 * waits), then the activity of the page's one period: its chart, its statement and its movements.
 */
export function WalletRoute() {
  const { walletId } = useParams();
  const historyAddress = useMatch(paths.walletHistory.path) !== null;
  const { wallets, isLoadingMore } = useWallets();
  const period = usePeriod();
  const wallet = wallets.find((w) => w.id === walletId);
  if (!wallet) {
    if (isLoadingMore) return <SkeletonBlock label="Loading the wallet" lines={4} />;
    return <NotFoundCard what="wallet" />;
  }
  return (
    // Room at the bottom on a phone for the action bar pinned there.
    <div className="grid gap-6 pb-24 sm:pb-0" data-testid="wallet-page">
      <WalletBalanceCard wallet={wallet}>
        <WalletActionBar wallet={wallet} wallets={wallets} />
      </WalletBalanceCard>
      {WALLET_PANELS.map((Panel, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the panels are a fixed list, in a fixed order.
        <Panel key={index} wallet={wallet} wallets={wallets} />
      ))}
      <HistoryCard
        key={wallet.id}
        wallet={wallet}
        wallets={wallets}
        span={period.window}
        bringIntoView={historyAddress}
        toolbar={
          <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-end">
            <PeriodControl state={period} />
            <StatementDownload wallet={wallet} days={periodDays(period.period)} />
          </div>
        }
      />
    </div>
  );
}
