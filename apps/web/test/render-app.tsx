import { render } from '@testing-library/react';
import { AppProviders } from '../src/app/providers';
import { WalletsPage } from '../src/features/wallets/components/wallets-page';

export function renderWalletsPage() {
  return render(
    <AppProviders theme="light">
      <WalletsPage />
    </AppProviders>,
  );
}
