import { render } from '@testing-library/react';
import { App } from '../src/app/app';
import { AppProviders } from '../src/app/providers';
import { WalletsPage } from '../src/features/wallets/components/wallets-page';

export function renderWalletsPage() {
  return render(
    <AppProviders theme="light">
      <WalletsPage />
    </AppProviders>,
  );
}

export function renderApp() {
  return render(<App />);
}
