import { WalletView } from '../../features/wallets/components/wallet-view';
import { WalletsHome, WalletsLayout } from '../../features/wallets/components/wallets-layout';

export function WalletsLayoutRoute() {
  return <WalletsLayout />;
}

export function WalletsHomeRoute() {
  return <WalletsHome />;
}

export function WalletRoute() {
  return <WalletView history={false} />;
}

export function WalletHistoryRoute() {
  return <WalletView history />;
}
