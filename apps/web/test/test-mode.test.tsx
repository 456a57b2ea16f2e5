import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setMode } from '../src/lib/mode';
import { fakeApi, json, wallet } from './fake-api';
import { renderWalletsPage } from './render-app';

afterEach(() => setMode('live'));

describe('the test mode switch', () => {
  it('sends Wallet-Mode on every call, marks test mode, remembers it, and reads the wallets again', async () => {
    const live = wallet({ name: 'Real money', balance: 5 });
    const test = wallet({ name: 'Sandbox', balance: 1000, mode: 'test' });
    const { calls } = fakeApi([], () => json(500, {}), {
      routes: (call) =>
        call.method === 'GET' && call.path.startsWith('/api/v1/wallets?')
          ? json(200, { data: [call.headers['Wallet-Mode'] === 'test' ? test : live], nextCursor: null })
          : undefined,
    });
    renderWalletsPage();
    const user = userEvent.setup();
    expect(await screen.findAllByText('Real money')).not.toHaveLength(0);
    expect(screen.getByRole('switch', { name: /test mode/i })).toHaveAttribute('aria-checked', 'false');
    expect(screen.queryByTestId('test-mode-banner')).not.toBeInTheDocument();
    expect(calls.every((call) => call.headers['Wallet-Mode'] === 'live')).toBe(true);

    await user.click(screen.getByRole('switch', { name: /test mode/i }));
    expect(screen.getByRole('switch', { name: /test mode/i })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByTestId('test-mode-banner')).toHaveTextContent('Test mode — no real money');
    expect(localStorage.getItem('wallet-mode')).toBe('test');
    expect(await screen.findAllByText('Sandbox')).not.toHaveLength(0);
    expect(screen.queryByText('Real money')).not.toBeInTheDocument();
    const walletReads = calls.filter((call) => call.path.startsWith('/api/v1/wallets?'));
    expect(walletReads.at(-1)?.headers['Wallet-Mode']).toBe('test');

    await user.click(screen.getByRole('switch', { name: /test mode/i }));
    await waitFor(() => expect(screen.queryByTestId('test-mode-banner')).not.toBeInTheDocument());
    expect(localStorage.getItem('wallet-mode')).toBeNull();
    expect(await screen.findAllByText('Real money')).not.toHaveLength(0);
  });
});
