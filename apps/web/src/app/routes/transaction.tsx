import { useParams } from 'react-router';
import { TransactionDetail } from '../../features/wallets/components/transaction-detail';

export function TransactionRoute() {
  const { transactionId = '' } = useParams();
  return <TransactionDetail key={transactionId} id={transactionId} />;
}
