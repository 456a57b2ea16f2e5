import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components, Wallet } from '@wallet/contract';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { AppProviders } from '../src/app/providers';
import { RequestMoneyForm } from '../src/features/payment-requests/components/request-money-form';
import { RequestsPanel } from '../src/features/payment-requests/components/requests-panel';
import { createQueryClient } from '../src/lib/query-client';
import { fakeApi, json, problem, wallet } from './fake-api';

type PaymentRequest = components['schemas']['PaymentRequest'];

function request(overrides: Partial<PaymentRequest> = {}): PaymentRequest {
  const id = crypto.randomUUID();
  return {
    id,
    walletId: crypto.randomUUID(),
    amount: 12,
    currency: 'USD',
    description: 'Lunch',
    status: 'OPEN',
    expiresAt: null,
    payUrl: `http://localhost/pay/${id}`,
    requester: { name: 'Ada L.' },
    payerWalletId: null,
    paidBy: null,
    transactionId: null,
    heldForReview: false,
    createdAt: '2026-12-07T10:00:00.000Z',
    updatedAt: '2026-12-07T10:00:00.000Z',
    ...overrides,
  };
}

function renderWith(children: ReactNode) {
  return render(
    <AppProviders theme="light" queryClient={createQueryClient()}>
      <MemoryRouter>{children}</MemoryRouter>
    </AppProviders>,
  );
}

describe('the Request action', () => {
  it('asks for an amount with a memo, then shows the link to copy and its QR code', async () => {
    const main: Wallet = wallet({ name: 'Main' });
    const made = request({ walletId: main.id, amount: 25.5, description: 'Tickets' });
    const api = fakeApi([main], () => json(201, made));
    const onClose = jest.fn();
    renderWith(<RequestMoneyForm wallet={main} onClose={onClose} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Amount (USD)'), '25.50');
    await user.type(screen.getByLabelText('What it is for (optional)'), 'Tickets');
    await user.selectOptions(screen.getByLabelText('Expires'), 'In 7 days');
    await user.click(screen.getByRole('button', { name: 'Make request' }));

    const share = await screen.findByTestId('request-share');
    const [post] = api.posts();
    expect(post?.path).toBe('/api/v1/payment-requests');
    expect(post?.body).toMatchObject({ walletId: main.id, amount: '25.50', description: 'Tickets' });
    const expiresAt = Date.parse((post?.body as { expiresAt?: string } | undefined)?.expiresAt ?? '');
    expect(expiresAt - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    expect(post?.headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(within(share).getByLabelText('Payment link')).toHaveTextContent(made.payUrl);
    expect(within(share).getByRole('button', { name: 'Copy payment link' })).toBeInTheDocument();
    expect(await within(share).findByRole('img', { name: 'QR code of the payment link' })).toHaveAttribute(
      'src',
      expect.stringMatching(/^data:image\/svg\+xml/),
    );
    await user.click(within(share).getByRole('button', { name: 'Done' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('says at its field when the wallet to ask is not a wallet id, and sends nothing', async () => {
    const main = wallet({ name: 'Main' });
    const api = fakeApi([main], () => json(500, {}));
    renderWith(<RequestMoneyForm wallet={main} onClose={() => {}} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Amount (USD)'), '5');
    await user.type(screen.getByLabelText('Ask a wallet (optional)'), 'bob');
    await user.click(screen.getByRole('button', { name: 'Make request' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('A wallet ID looks like');
    expect(api.posts()).toHaveLength(0);
  });

  it("shows the API's refusal of the wallet asked at its field", async () => {
    const main = wallet({ name: 'Main' });
    fakeApi([main], () => problem(404, 'WALLET_NOT_FOUND', 'There is no wallet 3f0c9c5e.'));
    renderWith(<RequestMoneyForm wallet={main} onClose={() => {}} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Amount (USD)'), '5');
    await user.type(screen.getByLabelText('Ask a wallet (optional)'), '3f0c9c5e-8a54-4c36-9a3f-6d2f4b8a1c10');
    await user.click(screen.getByRole('button', { name: 'Make request' }));
    expect(
      await screen.findByText('There is no wallet 3f0c9c5e.', { selector: '[role=alert]' }),
    ).toBeVisible();
  });
});

describe('the Requests card', () => {
  it('lists requests to pay from this wallet and its own open ones; Pay is one tap', async () => {
    const main = wallet({ name: 'Main', balance: 100 });
    const toPay = request({ payerWalletId: main.id, requester: { name: 'Bea' } });
    const elsewhere = request({ payerWalletId: crypto.randomUUID() });
    const mine = request({ walletId: main.id, requester: { name: 'Me' }, description: 'Rent share' });
    const api = fakeApi(
      [main],
      (call) =>
        call.path === `/api/v1/payment-requests/${toPay.id}/pay`
          ? json(201, { paymentRequest: { ...toPay, status: 'PAID' }, transactions: [] })
          : problem(404, 'NOT_FOUND', 'no'),
      {
        routes: (call) => {
          if (call.path.startsWith('/api/v1/payment-requests?role=payer'))
            return json(200, { data: [toPay, elsewhere], nextCursor: null });
          if (call.path.startsWith('/api/v1/payment-requests?role=requester'))
            return json(200, { data: [mine], nextCursor: null });
          return undefined;
        },
      },
    );
    renderWith(<RequestsPanel wallet={main} wallets={[main]} />);
    const toPayList = await screen.findByRole('region', { name: 'Requests to pay' });
    expect(within(toPayList).getAllByRole('listitem')).toHaveLength(1);
    expect(toPayList).toHaveTextContent('Bea asks · Lunch');
    const mineList = screen.getByRole('region', { name: 'Your open requests' });
    expect(mineList).toHaveTextContent('Rent share');
    expect(within(mineList).getByRole('button', { name: 'Cancel' })).toBeInTheDocument();

    await userEvent.setup().click(within(toPayList).getByRole('button', { name: 'Pay Bea' }));
    await waitFor(() => expect(api.posts()).toHaveLength(1));
    const [pay] = api.posts();
    expect(pay?.body).toEqual({ sourceWalletId: main.id });
    expect(pay?.headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('renders nothing without requests', async () => {
    const main = wallet({ name: 'Main' });
    const api = fakeApi([main], () => json(500, {}), {
      routes: (call) =>
        call.path.startsWith('/api/v1/payment-requests?')
          ? json(200, { data: [], nextCursor: null })
          : undefined,
    });
    const { container } = renderWith(<RequestsPanel wallet={main} wallets={[main]} />);
    await waitFor(() =>
      expect(api.calls.filter((c) => c.path.startsWith('/api/v1/payment-requests'))).toHaveLength(2),
    );
    expect(container.querySelector('[data-testid=requests-panel]')).toBeNull();
  });
});
