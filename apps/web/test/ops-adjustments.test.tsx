import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Adjustment, StaffWallet } from '@wallet/contract';
import { AppProviders } from '../src/app/providers';
import { AdjustmentsPage } from '../src/features/ops-adjustments/components/adjustments-page';
import type { ConsoleStaff } from '../src/features/ops-adjustments/components/staff';
import { WalletFreezeControl } from '../src/features/ops-adjustments/components/wallet-freeze-control';
import { createQueryClient } from '../src/lib/query-client';
import { fakeApi, json, problem, type RecordedCall, wallet } from './fake-api';
import { openAction, renderAt } from './render-app';

const WALLET_ID = '22222222-2222-4222-8222-222222222222';
const ADMIN: ConsoleStaff = { userId: '33333333-3333-4333-8333-333333333333', role: 'admin' };
const FINANCE: ConsoleStaff = { userId: '44444444-4444-4444-8444-444444444444', role: 'finance' };
const SUPPORT: ConsoleStaff = { userId: '55555555-5555-4555-8555-555555555555', role: 'support' };

function staffWallet(overrides: Partial<StaffWallet> = {}): StaffWallet {
  return {
    ...wallet({ id: WALLET_ID, balance: 40 }),
    ownerId: '66666666-6666-4666-8666-666666666666',
    frozenAt: null,
    frozenReason: null,
    frozenBy: null,
    ...overrides,
  };
}

function adjustment(overrides: Partial<Adjustment> = {}): Adjustment {
  return {
    id: crypto.randomUUID(),
    walletId: WALLET_ID,
    direction: 'CREDIT',
    amount: 12.5,
    currency: 'USD',
    reason: 'Chargeback OPS-1',
    status: 'PROPOSED',
    proposedBy: { id: FINANCE.userId, email: 'fin@example.com' },
    proposedAt: '2026-12-07T10:00:00.000Z',
    expiresAt: '2026-12-10T10:00:00.000Z',
    decidedBy: null,
    decidedAt: null,
    decisionReason: null,
    transactionId: null,
    ...overrides,
  };
}

function renderAlone(ui: React.ReactNode) {
  return render(
    <AppProviders theme="light" queryClient={createQueryClient()}>
      {ui}
    </AppProviders>,
  );
}

/** The operator routes this feature calls, kept in memory. */
function opsApi(adjustments: Adjustment[], frozen: StaffWallet, onPost?: (call: RecordedCall) => Response) {
  let current = frozen;
  return fakeApi(
    [],
    (call) => {
      if (onPost) return onPost(call);
      if (call.path.endsWith('/freeze') || call.path.endsWith('/unfreeze')) {
        const freezing = call.path.endsWith('/freeze');
        const reason = (call.body as { reason: string }).reason;
        current = {
          ...current,
          frozen: freezing,
          frozenAt: freezing ? '2026-12-07T11:00:00.000Z' : null,
          frozenReason: freezing ? reason : null,
        };
        return json(200, current);
      }
      return problem(404, 'NOT_FOUND', 'no such route in the fake');
    },
    {
      routes: (call) => {
        const path = call.path.split('?')[0];
        if (call.method === 'GET' && path === `/api/v1/ops/wallets/${WALLET_ID}/freeze`)
          return json(200, current);
        if (call.method === 'GET' && path === '/api/v1/ops/adjustments') {
          const status = new URLSearchParams(call.path.split('?')[1]).get('status');
          return json(200, { data: adjustments.filter((a) => a.status === status), nextCursor: null });
        }
        return undefined;
      },
    },
  );
}

describe('the console: frozen wallets', () => {
  it('freezes a wallet with a reason, and shows the reason to staff', async () => {
    const api = opsApi([], staffWallet());
    renderAlone(<WalletFreezeControl walletId={WALLET_ID} staff={FINANCE} />);
    expect(await screen.findByText('Not frozen: the wallet sends and receives.')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Freeze wallet' }));
    expect(await screen.findByText(/Say why/)).toBeInTheDocument();
    expect(api.posts()).toHaveLength(0);
    await user.type(screen.getByLabelText('Why freeze it'), 'Account takeover suspected');
    await user.click(screen.getByRole('button', { name: 'Freeze wallet' }));
    expect(await screen.findByText(/Frozen since .*: Account takeover suspected/)).toBeInTheDocument();
    expect(api.posts()[0]).toMatchObject({
      path: `/api/v1/ops/wallets/${WALLET_ID}/freeze`,
      body: { reason: 'Account takeover suspected' },
    });
    expect(screen.getByRole('button', { name: 'Unfreeze wallet' })).toBeEnabled();
  });

  it('shows support the state without the controls', async () => {
    opsApi([], staffWallet({ frozen: true, frozenAt: '2026-12-07T09:00:00.000Z', frozenReason: 'Hold' }));
    renderAlone(<WalletFreezeControl walletId={WALLET_ID} staff={SUPPORT} />);
    expect(await screen.findByText(/Frozen since .*: Hold/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /freeze/i })).not.toBeInTheDocument();
  });

  it("the owner's wallet page shows a calm Frozen notice and no way to send", async () => {
    const w = wallet({ name: 'Main', balance: 20, frozen: true });
    fakeApi([w, wallet({ name: 'Other' })], () => json(500, {}));
    renderAt(`/wallets/${w.id}`);
    const user = userEvent.setup();
    // The balance says so, and Send explains instead of offering a form.
    expect(await screen.findByText('Frozen', { selector: 'span' })).toBeInTheDocument();
    const send = await openAction(user, 'Send');
    const notice = within(send).getByTestId('frozen-notice');
    expect(notice).toHaveTextContent('you can still receive money and add funds');
    expect(within(send).queryByRole('form', { name: 'Send money' })).not.toBeInTheDocument();
    await user.click(within(send).getByRole('button', { name: 'Close' }));
    // Adding money still works.
    const add = await openAction(user, 'Add money');
    expect(within(add).getByRole('form', { name: 'Add money' })).toBeInTheDocument();
  });
});

describe('the console: adjustments', () => {
  it('proposes with one Idempotency-Key kept across a retry', async () => {
    let attempts = 0;
    const api = opsApi([], staffWallet(), (call) => {
      attempts += 1;
      if (attempts === 1) return problem(503, 'SERVICE_UNAVAILABLE', 'Busy.');
      return json(201, adjustment({ amount: 3, reason: (call.body as { reason: string }).reason }));
    });
    renderAlone(<AdjustmentsPage staff={FINANCE} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Wallet ID'), WALLET_ID);
    expect(await screen.findByText(/\$40\.00/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Direction'), 'DEBIT');
    await user.type(screen.getByLabelText(/^Amount/), '3');
    await user.type(screen.getByLabelText('Reason'), 'Duplicate funding');
    await user.click(screen.getByRole('button', { name: 'Propose' }));
    await waitFor(() => expect(api.posts()).toHaveLength(1));
    await user.click(await screen.findByRole('button', { name: 'Propose' }));
    await waitFor(() => expect(api.posts()).toHaveLength(2));
    const [first, second] = api.posts();
    expect(first?.body).toEqual({
      walletId: WALLET_ID,
      direction: 'DEBIT',
      amount: '3',
      reason: 'Duplicate funding',
    });
    expect(first?.headers['Idempotency-Key']).toEqual(expect.any(String));
    expect(second?.headers['Idempotency-Key']).toBe(first?.headers['Idempotency-Key']);
  });

  it('lets another admin approve, never the proposer, and support only read', async () => {
    const mine = adjustment({ proposedBy: { id: ADMIN.userId, email: 'me@example.com' }, reason: 'Mine' });
    const theirs = adjustment({ reason: 'Theirs' });
    const api = opsApi([mine, theirs], staffWallet(), (call) =>
      json(200, {
        adjustment: { ...theirs, status: 'APPROVED' },
        wallet: staffWallet({ balance: 52.5 }),
        transaction: { amount: 12.5, currency: 'USD' },
        path: call.path,
      }),
    );
    const { unmount } = renderAlone(<AdjustmentsPage staff={ADMIN} />);
    const rows = await screen.findAllByTestId('adjustment-row');
    const mineRow = rows.find((r) => r.textContent?.includes('Mine'));
    const theirsRow = rows.find((r) => r.textContent?.includes('Theirs'));
    if (!mineRow || !theirsRow) throw new Error('rows missing');
    expect(within(mineRow).queryByRole('button', { name: 'Approve' })).not.toBeInTheDocument();
    expect(mineRow).toHaveTextContent('another admin must approve it');
    await userEvent.setup().click(within(theirsRow).getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(api.posts()[0]?.path).toBe(`/api/v1/ops/adjustments/${theirs.id}/approve`));
    unmount();

    renderAlone(<AdjustmentsPage staff={SUPPORT} />);
    expect(await screen.findAllByTestId('adjustment-row')).toHaveLength(2);
    for (const name of ['Approve', 'Reject', 'Withdraw'])
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Propose an adjustment' })).not.toBeInTheDocument();
  });

  it('rejects with a reason', async () => {
    const a = adjustment();
    const api = opsApi([a], staffWallet(), () => json(200, { ...a, status: 'REJECTED' }));
    renderAlone(<AdjustmentsPage staff={ADMIN} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Reject' }));
    await user.type(screen.getByLabelText('Why'), 'Duplicate');
    await user.click(screen.getByRole('button', { name: 'Reject it' }));
    await waitFor(() =>
      expect(api.posts()[0]).toMatchObject({
        path: `/api/v1/ops/adjustments/${a.id}/reject`,
        body: { reason: 'Duplicate' },
      }),
    );
  });
});
