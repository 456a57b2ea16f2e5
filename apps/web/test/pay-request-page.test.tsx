import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '@wallet/contract';
import { queryKeys } from '../src/lib/query-keys';
import { fakeApi, json, problem, wallet } from './fake-api';
import { renderAt } from './render-app';

type PaymentRequest = components['schemas']['PaymentRequest'];

const REQUEST_ID = '7b0c9c5e-8a54-4c36-9a3f-6d2f4b8a1c10';

function request(overrides: Partial<PaymentRequest> = {}): PaymentRequest {
  return {
    id: REQUEST_ID,
    walletId: crypto.randomUUID(),
    amount: 25.5,
    currency: 'USD',
    description: 'Concert tickets',
    status: 'OPEN',
    expiresAt: null,
    payUrl: `http://localhost/pay/${REQUEST_ID}`,
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

const requestRoute = (answer: () => Response) => (call: { method: string; path: string }) =>
  call.method === 'GET' && call.path === `/api/v1/payment-requests/${REQUEST_ID}` ? answer() : undefined;

describe('the pay page (/pay/:requestId)', () => {
  it('shows who asks, how much and for what, and pays with one tap under one Idempotency-Key', async () => {
    const main = wallet({ name: 'Main', balance: 100 });
    const euros = wallet({ name: 'Euros', currency: 'EUR', balance: 100 });
    let current = request();
    const api = fakeApi(
      [main, euros],
      (call) => {
        if (call.path !== `/api/v1/payment-requests/${REQUEST_ID}/pay`)
          return problem(404, 'NOT_FOUND', 'no');
        current = { ...current, status: 'PAID', paidBy: { name: 'Bea' } };
        return json(201, { paymentRequest: current, transactions: [] });
      },
      { routes: requestRoute(() => json(200, current)) },
    );
    renderAt(`/pay/${REQUEST_ID}`);
    const card = await screen.findByTestId('pay-request');
    expect(card).toHaveTextContent('Ada L. asks you for');
    expect(within(card).getByRole('heading', { name: '$25.50' })).toBeInTheDocument();
    expect(card).toHaveTextContent('Concert tickets');
    expect(within(card).getByRole('status')).toHaveTextContent('Waiting for payment');
    // Only wallets of the request's currency; a link request has no Decline.
    const from = await within(card).findByLabelText('Pay from');
    expect(
      within(from)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Main · $100.00 available']);
    expect(within(card).queryByRole('button', { name: 'Decline' })).not.toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(within(card).getByRole('button', { name: 'Pay $25.50' }));
    await waitFor(() => expect(api.posts()).toHaveLength(1));
    await waitFor(() => expect(within(card).getByRole('status')).toHaveTextContent('Paid'));
    const [pay] = api.posts();
    expect(pay?.path).toBe(`/api/v1/payment-requests/${REQUEST_ID}/pay`);
    expect(pay?.body).toEqual({ sourceWalletId: main.id });
    expect(pay?.headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(card).toHaveTextContent('Bea');
    expect(within(card).queryByRole('button', { name: /pay/i })).not.toBeInTheDocument();
  });

  it('retries a payment that got no answer under the same key', async () => {
    const main = wallet({ name: 'Main', balance: 100 });
    let attempts = 0;
    let current = request();
    const api = fakeApi(
      [main],
      () => {
        attempts += 1;
        if (attempts === 1) return problem(503, 'SERVICE_UNAVAILABLE', 'Busy.');
        current = request({ status: 'PAID' });
        return json(201, { paymentRequest: current, transactions: [] });
      },
      { routes: requestRoute(() => json(200, current)) },
    );
    renderAt(`/pay/${REQUEST_ID}`);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Pay $25.50' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Paid'));
    const [first, second] = api.posts();
    expect(api.posts()).toHaveLength(2);
    expect(second?.headers['Idempotency-Key']).toBe(first?.headers['Idempotency-Key']);
    expect(second?.body).toEqual({ sourceWalletId: main.id });
  });

  it('offers Decline when it asks one of your wallets, and shows its status live', async () => {
    const main = wallet({ name: 'Main', balance: 100 });
    fakeApi([main], () => json(500, {}), {
      routes: requestRoute(() =>
        json(200, request({ payerWalletId: main.id, expiresAt: '2026-12-09T10:00:00.000Z' })),
      ),
    });
    const { queryClient } = renderAt(`/pay/${REQUEST_ID}`);
    const card = await screen.findByTestId('pay-request');
    expect(within(card).getByRole('button', { name: 'Decline' })).toBeInTheDocument();
    expect(card).toHaveTextContent('Expires');
    // The live event writes the request into its query (lib/live-events.ts): the requester cancelled it.
    act(() => {
      queryClient.setQueryData(queryKeys.paymentRequest(REQUEST_ID), request({ status: 'CANCELLED' }));
    });
    await waitFor(() =>
      expect(within(card).getByRole('status')).toHaveTextContent('Cancelled by the requester'),
    );
    expect(within(card).queryByRole('button', { name: 'Decline' })).not.toBeInTheDocument();
  });

  it('says so when the request is not there or not for you', async () => {
    fakeApi([wallet()], () => json(500, {}), {
      routes: requestRoute(() => problem(404, 'NOT_FOUND', 'There is no payment request.')),
    });
    renderAt(`/pay/${REQUEST_ID}`);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This request does not exist, or is not for you.',
    );
  });

  it('sends a signed-out visitor to sign in, and back here after', async () => {
    fakeApi([], () => json(500, {}), { signedIn: false });
    const { router } = renderAt(`/pay/${REQUEST_ID}`);
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent(`/pay/${REQUEST_ID}`)}`);
  });
});
