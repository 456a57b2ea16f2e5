import { screen, waitFor } from '@testing-library/react';
import { fakeApi, problem, wallet } from './fake-api';
import { renderAt } from './render-app';

describe('addresses', () => {
  it('opens "/" on the first wallet', async () => {
    const main = wallet({ name: 'Main', balance: 3 });
    fakeApi([main, wallet({ name: 'Other' })], () => problem(500, 'INTERNAL', 'unexpected'));
    const { router } = renderAt('/');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/wallets/${main.id}`));
    expect(await screen.findByTestId('balance')).toHaveTextContent('$3.00');
  });

  it('keeps the history filter in the query string and asks the API for it', async () => {
    const main = wallet({ name: 'Main' });
    const api = fakeApi([main], () => problem(500, 'INTERNAL', 'unexpected'));
    renderAt(`/wallets/${main.id}/transactions?type=FUND`);
    expect(await screen.findByLabelText('Show', { exact: true })).toHaveValue('FUND');
    await waitFor(() =>
      expect(
        api.calls.some(
          (c) =>
            c.path.startsWith(`/api/v1/wallets/${main.id}/transactions?`) && c.path.includes('type=FUND'),
        ),
      ).toBe(true),
    );
  });

  it('says so for an unknown wallet and an unknown address', async () => {
    fakeApi([wallet()], () => problem(500, 'INTERNAL', 'unexpected'));
    const { unmount } = renderAt(`/wallets/${crypto.randomUUID()}`);
    expect(await screen.findByRole('heading', { name: 'No such wallet' })).toBeInTheDocument();
    unmount();
    renderAt('/no/such/place');
    expect(await screen.findByRole('heading', { name: 'No such page' })).toBeInTheDocument();
  });

  it('sends a signed-out visitor to /login, remembering where they were going', async () => {
    fakeApi([], () => problem(500, 'INTERNAL', 'unexpected'), { signedIn: false });
    const { router } = renderAt('/api-keys');
    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('?next=%2Fapi-keys');
  });
});
