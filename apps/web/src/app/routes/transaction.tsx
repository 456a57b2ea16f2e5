import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, useParams } from 'react-router';
import { getTransactionQueryOptions } from '../../features/transactions/api/get-transaction';
import { TransactionDetail } from '../../features/transactions/components/transaction-detail';
import { useWallets } from '../../features/wallets/api/get-wallets';

export const clientLoader =
  (queryClient: QueryClient) =>
  ({ params }: LoaderFunctionArgs) => {
    if (params.transactionId) {
      void queryClient.prefetchQuery(getTransactionQueryOptions(params.transactionId));
    }
    return null;
  };

/** One ledger entry; the person's wallets name the wallets it moved between. */
export function TransactionRoute() {
  const { transactionId = '' } = useParams();
  const { wallets } = useWallets();
  return <TransactionDetail key={transactionId} id={transactionId} wallets={wallets} />;
}
