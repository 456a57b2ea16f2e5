import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, matchPath, useMatch, useParams } from 'react-router';
import { NotFoundCard } from '../../components/not-found-card';
import { SkeletonBlock } from '../../components/ui/skeleton';
import { SendMoneyCard } from '../../features/payments/components/send-money-card';
import { StatementDownload } from '../../features/statements/components/statement-download';
import { getTransactionsQueryOptions } from '../../features/transactions/api/get-transactions';
import { HistoryCard } from '../../features/transactions/components/history-card';
import { historyFilterOf } from '../../features/transactions/hooks/use-history-filter';
import { useWallets } from '../../features/wallets/api/get-wallets';
import { WalletBalanceCard } from '../../features/wallets/components/wallet-balance-card';
import { paths } from '../../lib/paths';

/** With its history open, the history's first page (as filtered in the address) starts loading at once. */
export const clientLoader =
  (queryClient: QueryClient) =>
  ({ params, request }: LoaderFunctionArgs) => {
    const url = new URL(request.url);
    if (params.walletId && matchPath(paths.walletHistory.path, url.pathname)) {
      const { type, search } = historyFilterOf(url.searchParams);
      const filter = { type: type || undefined, search: search || undefined };
      void queryClient.prefetchInfiniteQuery(getTransactionsQueryOptions(params.walletId, filter));
    }
    return null;
  };

/**
 * One wallet, at /wallets/:walletId, and with its history open at /wallets/:walletId/transactions: the
 * same view, so opening the history keeps the page where it is. Progressive disclosure: its balance and
 * funding first; sending; the history on request.
 */
export function WalletRoute() {
  const { walletId } = useParams();
  const historyOpen = useMatch(paths.walletHistory.path) !== null;
  const { wallets, isLoadingMore } = useWallets();
  const wallet = wallets.find((w) => w.id === walletId);
  if (!wallet) {
    if (isLoadingMore) return <SkeletonBlock label="Loading the wallet" lines={4} />;
    return <NotFoundCard what="wallet" />;
  }
  return (
    <>
      <WalletBalanceCard wallet={wallet} />
      <SendMoneyCard source={wallet} wallets={wallets} />
      <HistoryCard wallet={wallet} wallets={wallets} open={historyOpen}>
        <StatementDownload key={wallet.id} wallet={wallet} />
      </HistoryCard>
    </>
  );
}
