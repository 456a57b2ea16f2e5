import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { deferred, fakeApi, json, problem, wallet } from './fake-api';
import { openAction, renderAt, renderWalletsPage } from './render-app';

describe('the wallets page', () => {
  it('invites creating the first wallet when there is none', async () => {
    fakeApi([], () => json(201, wallet()));
    renderWalletsPage();
    expect(await screen.findByRole('heading', { name: 'Create your first wallet' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /create wallet/i })).toBeEnabled();
    expect(screen.queryByRole('heading', { name: 'Send money' })).not.toBeInTheDocument();
  });

  it('leads with the balance and opens each action in a dialog, no form open before', async () => {
    fakeApi([wallet({ balance: 5 })], () => json(500, {}));
    const { router } = renderWalletsPage();
    const user = userEvent.setup();
    expect(await screen.findByTestId('balance')).toHaveTextContent('$5.00');
    expect(screen.queryByRole('form', { name: 'Add money' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Send money' })).not.toBeInTheDocument();

    const add = await openAction(user, 'Add money');
    expect(within(add).getByRole('form', { name: 'Add money' })).toBeInTheDocument();
    // The open action is in the address, and closing takes it out again.
    expect(router.state.location.search).toContain('action=add-money');
    await user.click(within(add).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Add money' })).not.toBeInTheDocument());
    expect(router.state.location.search).not.toContain('action=');

    // With one wallet, Send goes to someone else's wallet by its ID.
    const send = await openAction(user, 'Send');
    expect(within(send).getByLabelText('Their wallet ID')).toBeInTheDocument();
  });

  it('opens the action named in the address (a deep link)', async () => {
    const w = wallet({ name: 'Main', balance: 5 });
    fakeApi([w], () => json(500, {}));
    renderAt(`/wallets/${w.id}?action=receive`);
    const receive = await screen.findByRole('dialog', { name: 'Receive' });
    expect(within(receive).getByTestId('receive-id')).toHaveTextContent(w.id);
  });

  it('changes the balance the moment a fund is submitted, and rolls it back with an error toast if refused', async () => {
    const w = wallet({ balance: 10 });
    const answer = deferred<Response>();
    const api = fakeApi([w], () => answer.promise);
    renderWalletsPage();
    const user = userEvent.setup();
    const balance = await screen.findByTestId('balance');
    expect(balance).toHaveTextContent('$10.00');

    const add = await openAction(user, 'Add money');
    await user.type(within(add).getByLabelText('Amount to add (USD)'), '2.50');
    await user.click(within(add).getByRole('button', { name: 'Add money' }));
    // Optimistic: the screen answers before the server does.
    await waitFor(() => expect(balance).toHaveTextContent('$12.50'));
    expect(api.posts()).toHaveLength(1);
    expect(api.posts()[0]?.body).toEqual({ amount: '2.50' });

    answer.resolve(problem(422, 'BALANCE_LIMIT_EXCEEDED', 'This would take the balance past the USD limit.'));
    await waitFor(() => expect(balance).toHaveTextContent('$10.00'));
    expect(await screen.findByText('This would take the balance past the USD limit.')).toBeInTheDocument();
  });

  it('keeps the Idempotency-Key across a retry after a network failure', async () => {
    const w = wallet({ balance: 1 });
    let attempts = 0;
    const api = fakeApi([w], (call) => {
      attempts++;
      if (attempts === 1) throw new TypeError('network down');
      return json(201, {
        wallet: { ...w, balance: 4 },
        transaction: {
          id: crypto.randomUUID(),
          walletId: w.id,
          type: 'FUND',
          status: 'SUCCESS',
          amount: Number((call.body as { amount: string }).amount),
          currency: 'USD',
          balanceBefore: 1,
          balanceAfter: 4,
          sourceWalletId: null,
          destinationWalletId: null,
          transferId: null,
          failureCode: null,
          createdAt: new Date().toISOString(),
        },
      });
    });
    renderWalletsPage();
    const user = userEvent.setup();
    const add = await openAction(user, 'Add money');
    await user.type(within(add).getByLabelText('Amount to add (USD)'), '3');
    await user.click(within(add).getByRole('button', { name: 'Add money' }));
    expect(await screen.findByText('Added $3.00', {}, { timeout: 5_000 })).toBeInTheDocument();
    const posts = api.posts();
    expect(posts).toHaveLength(2);
    const [first, second] = posts;
    expect(first?.headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(second?.headers['Idempotency-Key']).toBe(first?.headers['Idempotency-Key']);
  });

  it('knows the currency of an amount: no decimals for yen, nothing sent when wrong', async () => {
    const api = fakeApi([wallet({ currency: 'JPY', name: 'Yen', balance: 100 })], () => json(500, {}));
    renderWalletsPage();
    const user = userEvent.setup();
    const form = within(await openAction(user, 'Add money')).getByRole('form', { name: 'Add money' });
    await user.type(within(form).getByLabelText('Amount to add (JPY)'), '1.5');
    await user.click(within(form).getByRole('button', { name: 'Add money' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('JPY amounts are whole numbers');
    expect(api.posts()).toHaveLength(0);
  });

  it('moves both balances at once on a transfer and shows the server detail when declined', async () => {
    const a = wallet({ name: 'Alpha', balance: 5 });
    const b = wallet({ name: 'Beta', balance: 1 });
    const answer = deferred<Response>();
    fakeApi([a, b], () => answer.promise);
    renderWalletsPage();
    const user = userEvent.setup();
    const form = within(await openAction(user, 'Send')).getByRole('form', { name: 'Send money' });
    await user.type(within(form).getByLabelText('Amount to send (USD)'), '4');
    await user.click(within(form).getByRole('button', { name: /send to beta/i }));
    await waitFor(() => expect(screen.getByTestId(`list-balance-${a.id}`)).toHaveTextContent('$1.00'));
    expect(screen.getByTestId(`list-balance-${b.id}`)).toHaveTextContent('$5.00');
    answer.resolve(problem(422, 'INSUFFICIENT_FUNDS', 'The balance of 5.00 USD does not cover 4.00 USD.'));
    await waitFor(() => expect(screen.getByTestId(`list-balance-${a.id}`)).toHaveTextContent('$5.00'));
    expect(screen.getByTestId(`list-balance-${b.id}`)).toHaveTextContent('$1.00');
  });
});
