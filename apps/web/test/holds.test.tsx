import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Wallet } from '@wallet/contract';
import { AppProviders } from '../src/app/providers';
import { ActiveHoldsPanel } from '../src/features/holds/components/active-holds-panel';
import { HoldMoneyForm } from '../src/features/holds/components/hold-money-form';
import { expiryOf } from '../src/features/holds/hooks/use-hold-form';
import { createQueryClient } from '../src/lib/query-client';
import { fakeApi, json, problem, type RecordedCall, wallet } from './fake-api';

function hold(main: Wallet, overrides: Record<string, unknown> = {}) {
  return {
    id: crypto.randomUUID(),
    walletId: main.id,
    amount: 40,
    currency: 'USD',
    status: 'ACTIVE',
    capturedAmount: 0,
    destinationWalletId: null,
    transactionId: null,
    expiresAt: null,
    description: 'Hotel',
    reference: null,
    createdAt: '2026-12-01T10:00:00.000Z',
    finishedAt: null,
    ...overrides,
  };
}

function renderWith(ui: React.ReactNode) {
  const queryClient = createQueryClient();
  return render(
    <AppProviders theme="light" queryClient={queryClient}>
      {ui}
    </AppProviders>,
  );
}

const holdsRoute = (walletId: string, holds: unknown[]) => (call: RecordedCall) =>
  call.method === 'GET' && call.path.startsWith(`/api/v1/wallets/${walletId}/holds`)
    ? json(200, { data: holds, nextCursor: null })
    : undefined;

describe('the Hold money form', () => {
  it('sends the amount, the expiry as an instant and the description under an Idempotency-Key, then closes', async () => {
    const main = wallet({ name: 'Main', balance: 100 });
    const api = fakeApi([main], () => json(201, hold(main, { amount: 25 })));
    const onClose = jest.fn();
    renderWith(<HoldMoneyForm wallet={main} wallets={[main]} onClose={onClose} />);
    const user = userEvent.setup();
    const form = screen.getByRole('form', { name: 'Hold money' });
    expect(form).toHaveTextContent('Available now: $100.00');
    await user.type(within(form).getByLabelText('Amount to hold (USD)'), '25');
    const inADay = new Date(Date.now() + 86_400_000);
    const local = `${inADay.getFullYear()}-${String(inADay.getMonth() + 1).padStart(2, '0')}-${String(inADay.getDate()).padStart(2, '0')}T10:30`;
    await user.type(within(form).getByLabelText('Release it on its own at (optional)'), local);
    await user.type(within(form).getByLabelText('Description (optional)'), 'Hotel');
    await user.click(within(form).getByRole('button', { name: 'Hold money' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const [post] = api.posts();
    expect(post?.path).toBe(`/api/v1/wallets/${main.id}/holds`);
    expect(post?.body).toEqual({
      amount: '25',
      expiresAt: new Date(local).toISOString(),
      description: 'Hotel',
    });
    expect(post?.headers['Idempotency-Key']).toEqual(expect.any(String));
    expect(await screen.findByText('$25.00 is held')).toBeInTheDocument();
  });

  it('refuses more than is available before sending, and shows the API refusal at the amount', async () => {
    const main = wallet({ name: 'Main', balance: 100, availableBalance: 30 });
    const api = fakeApi([main], () =>
      problem(422, 'INSUFFICIENT_FUNDS', 'The balance of 30.00 USD does not cover 31.00 USD.'),
    );
    renderWith(<HoldMoneyForm wallet={main} wallets={[main]} onClose={() => {}} />);
    const user = userEvent.setup();
    const form = screen.getByRole('form', { name: 'Hold money' });
    await user.type(within(form).getByLabelText('Amount to hold (USD)'), '31');
    await user.click(within(form).getByRole('button', { name: 'Hold money' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('more than this wallet has available');
    expect(api.posts()).toHaveLength(0);
  });

  it('says what is wrong with an expiry', () => {
    const now = Date.parse('2026-12-01T10:00:00Z');
    expect(expiryOf('', now)).toEqual({});
    expect(expiryOf('2026-11-30T10:00', now).error).toBe('Pick a time in the future');
    expect(expiryOf('2027-02-01T10:00', now).error).toBe('Pick a time within 30 days');
    expect(expiryOf('2026-12-02T10:00', now).iso).toBe(new Date('2026-12-02T10:00').toISOString());
  });
});

describe('the held money panel', () => {
  it('shows nothing when the wallet holds nothing', async () => {
    const main = wallet({ balance: 100 });
    const api = fakeApi([main], () => json(500, {}), { routes: holdsRoute(main.id, []) });
    renderWith(<ActiveHoldsPanel wallet={main} wallets={[main]} />);
    await waitFor(() => expect(api.calls.some((c) => c.path.includes('/holds?status=ACTIVE'))).toBe(true));
    expect(screen.queryByRole('heading', { name: 'Held money' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Release/ })).not.toBeInTheDocument();
  });

  it('lists active holds with available against held, pays one to another wallet of the owner', async () => {
    const main = wallet({ name: 'Main', balance: 100, availableBalance: 60 });
    const savings = wallet({ name: 'Savings', balance: 5 });
    const held = hold(main);
    const api = fakeApi(
      [main, savings],
      () =>
        json(201, {
          hold: { ...held, status: 'CAPTURED', capturedAmount: 30, destinationWalletId: savings.id },
          sourceWallet: main,
          destinationWallet: savings,
          transactions: [],
        }),
      { routes: holdsRoute(main.id, [held]) },
    );
    renderWith(<ActiveHoldsPanel wallet={main} wallets={[main, savings]} />);
    const user = userEvent.setup();
    expect(await screen.findByTestId('holds-summary')).toHaveTextContent('$60.00 available · $40.00 held');
    expect(screen.getByText(/Hotel/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Pay $40.00 held' }));
    const form = screen.getByRole('form', { name: 'Pay $40.00 held' });
    expect(within(form).getByLabelText('Pay to')).toHaveValue(savings.id);
    await user.type(within(form).getByLabelText('Amount (USD, optional: all of it if empty)'), '30');
    await user.click(within(form).getByRole('button', { name: 'Pay' }));
    expect(await screen.findByText('Paid $30.00; $10.00 released')).toBeInTheDocument();
    const [post] = api.posts();
    expect(post?.path).toBe(`/api/v1/holds/${held.id}/capture`);
    expect(post?.body).toEqual({ destinationWalletId: savings.id, amount: '30' });
    expect(post?.headers['Idempotency-Key']).toEqual(expect.any(String));
  });

  it('says a capture held for review is held, not paid', async () => {
    const main = wallet({ name: 'Main', balance: 100, availableBalance: 60 });
    const savings = wallet({ name: 'Savings', balance: 5 });
    const held = hold(main);
    fakeApi(
      [main, savings],
      () =>
        json(202, {
          hold: { ...held, status: 'VOIDED', finishedAt: '2026-12-01T11:00:00.000Z' },
          transfer: {
            id: crypto.randomUUID(),
            status: 'PENDING_REVIEW',
            sourceWalletId: main.id,
            destinationWalletId: savings.id,
            amount: 40,
            currency: 'USD',
            description: 'Hotel',
            reference: null,
            reasons: ['SINGLE_AMOUNT'],
            createdAt: '2026-12-01T11:00:00.000Z',
          },
          sourceWallet: main,
        }),
      { routes: holdsRoute(main.id, [held]) },
    );
    renderWith(<ActiveHoldsPanel wallet={main} wallets={[main, savings]} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Pay $40.00 held' }));
    const form = screen.getByRole('form', { name: 'Pay $40.00 held' });
    await user.click(within(form).getByRole('button', { name: 'Pay' }));
    expect(
      await screen.findByText('$40.00 is held for review: it is paid once it is approved'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Paid $0.00; $40.00 released')).not.toBeInTheDocument();
  });

  it('releases a hold at once and puts it back when the server says it ended already', async () => {
    const main = wallet({ name: 'Main', balance: 100, availableBalance: 60 });
    const held = hold(main);
    const api = fakeApi(
      [main],
      () => problem(409, 'HOLD_NOT_ACTIVE', `The hold ${held.id} is EXPIRED already; nothing was changed.`),
      { routes: holdsRoute(main.id, [held]) },
    );
    renderWith(<ActiveHoldsPanel wallet={main} wallets={[main]} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Release $40.00 held' }));
    expect(await screen.findByText('Releasing the hold failed')).toBeInTheDocument();
    // It left the list at once, and is back once the server said no.
    expect(await screen.findByRole('button', { name: 'Release $40.00 held' })).toBeInTheDocument();
    expect(api.posts()[0]?.path).toBe(`/api/v1/holds/${held.id}/void`);
  });
});
