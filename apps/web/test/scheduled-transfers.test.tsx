import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { AppProviders } from '../src/app/providers';
import { ComingUpPanel } from '../src/features/scheduled-transfers/components/coming-up-panel';
import { ScheduleTransferForm } from '../src/features/scheduled-transfers/components/schedule-transfer-form';
import {
  dateFieldValue,
  describeRepeat,
  startAtFrom,
  untilFrom,
} from '../src/features/scheduled-transfers/utils/schedule-text';
import { createQueryClient } from '../src/lib/query-client';
import { fakeApi, json, problem, wallet } from './fake-api';

const main = wallet({ name: 'Everyday', balance: 500 });
const savings = wallet({ name: 'Savings' });

function withProviders(children: ReactNode) {
  return render(
    <AppProviders theme="light" queryClient={createQueryClient()}>
      {children}
    </AppProviders>,
  );
}

function schedule(overrides: Record<string, unknown> = {}) {
  return {
    id: crypto.randomUUID(),
    sourceWalletId: main.id,
    destinationWalletId: savings.id,
    amount: 25,
    currency: 'USD',
    description: null,
    reference: null,
    startAt: '2027-01-31T09:00:00.000Z',
    repeat: { every: 'MONTH', until: null, count: 12 },
    status: 'ACTIVE',
    nextRunAt: '2027-02-28T09:00:00.000Z',
    occurrencesRun: 1,
    createdAt: '2027-01-01T09:00:00.000Z',
    ...overrides,
  };
}

describe('schedule text', () => {
  const date = (iso: string) => iso.slice(0, 10);

  it('says how a schedule repeats and ends', () => {
    expect(describeRepeat({ startAt: '2027-01-31T09:00:00.000Z', repeat: null }, date)).toBe('Once');
    expect(
      describeRepeat(
        { startAt: '2027-01-31T09:00:00.000Z', repeat: { every: 'MONTH', until: null, count: 12 } },
        date,
      ),
    ).toBe('Every month on the 31st (or the month’s last day) · 12 times');
    expect(
      describeRepeat(
        {
          startAt: '2027-01-04T09:00:00.000Z',
          repeat: { every: 'WEEK', until: '2027-03-01T00:00:00.000Z', count: null },
        },
        date,
      ),
    ).toBe('Every week on Monday · until 2027-03-01');
    expect(
      describeRepeat(
        { startAt: '2027-01-02T09:00:00.000Z', repeat: { every: 'MONTH', until: null, count: 1 } },
        date,
      ),
    ).toBe('Every month on the 2nd · 1 time');
  });

  it('takes today as now, a later day as 9:00 that day, and refuses a past day', () => {
    const now = new Date(2027, 0, 10, 15, 30);
    expect(startAtFrom(dateFieldValue(now), now)).toBe(now);
    expect(startAtFrom('2027-01-11', now)).toEqual(new Date(2027, 0, 11, 9, 0));
    expect(startAtFrom('2027-01-09', now)).toBeNull();
    expect(startAtFrom('2027-02-30', now)).toBeNull();
    expect(untilFrom('2027-03-01')).toEqual(new Date(2027, 2, 1, 23, 59, 59, 999));
  });
});

describe('the Coming up panel', () => {
  it('lists what is still to run, next first, and pauses, resumes and cancels (after asking)', async () => {
    const later = schedule({ nextRunAt: '2027-03-31T09:00:00.000Z', amount: 40 });
    const sooner = schedule();
    const paused = schedule({ status: 'PAUSED', amount: 5, repeat: null });
    const over = schedule({ status: 'CANCELLED', nextRunAt: null, amount: 99 });
    const api = fakeApi(
      [main, savings],
      (call) => json(200, { ...sooner, status: call.path.endsWith('/pause') ? 'PAUSED' : 'ACTIVE' }),
      {
        routes: (call) => {
          if (call.method === 'GET' && call.path.startsWith('/api/v1/scheduled-transfers?'))
            return json(200, { data: [later, over, paused, sooner], nextCursor: null });
          if (call.method === 'DELETE') return json(200, { ...later, status: 'CANCELLED', nextRunAt: null });
          return undefined;
        },
      },
    );
    withProviders(<ComingUpPanel wallet={main} wallets={[main, savings]} />);
    const card = await screen.findByRole('region', { name: 'Coming up' });
    const rows = within(card).getAllByRole('listitem');
    expect(rows.map((row) => row.textContent?.slice(0, 24))).toEqual([
      expect.stringContaining('$5.00'),
      expect.stringContaining('$25.00'),
      expect.stringContaining('$40.00'),
    ]);
    expect(card).not.toHaveTextContent('$99.00');
    expect(rows[1]).toHaveTextContent('To Savings');
    expect(rows[0]).toHaveTextContent('Paused');

    const user = userEvent.setup();
    await user.click(within(card).getByRole('button', { name: 'Pause $25.00 To Savings' }));
    await waitFor(() =>
      expect(api.posts().at(-1)?.path).toBe(`/api/v1/scheduled-transfers/${sooner.id}/pause`),
    );
    await user.click(within(card).getByRole('button', { name: 'Resume $5.00 To Savings' }));
    await waitFor(() =>
      expect(api.posts().at(-1)?.path).toBe(`/api/v1/scheduled-transfers/${paused.id}/resume`),
    );

    await user.click(within(card).getByRole('button', { name: 'Cancel $40.00 To Savings' }));
    expect(api.calls.some((c) => c.method === 'DELETE')).toBe(false);
    await user.click(within(card).getByRole('button', { name: 'Yes, cancel' }));
    await waitFor(() =>
      expect(api.calls.filter((c) => c.method === 'DELETE').map((c) => c.path)).toEqual([
        `/api/v1/scheduled-transfers/${later.id}`,
      ]),
    );
  });

  it('names another person’s wallet by the name the API gives, and an unnamed one by its short id', async () => {
    const bobs = crypto.randomUUID();
    const strangers = crypto.randomUUID();
    const toBob = schedule({ destinationWalletId: bobs, destinationName: 'Bob Marley' });
    const toStranger = schedule({ destinationWalletId: strangers, destinationName: null, amount: 7 });
    fakeApi([main, savings], () => json(500, {}), {
      routes: (call) =>
        call.path.startsWith('/api/v1/scheduled-transfers?')
          ? json(200, { data: [toBob, toStranger], nextCursor: null })
          : undefined,
    });
    withProviders(<ComingUpPanel wallet={main} wallets={[main, savings]} />);
    const card = await screen.findByRole('region', { name: 'Coming up' });
    expect(card).toHaveTextContent('$25.00 To Bob Marley');
    expect(card).toHaveTextContent(`$7.00 To wallet ${strangers.slice(0, 8)}…`);
  });

  it('shows nothing when nothing is coming up', async () => {
    const api = fakeApi([main], () => json(500, {}), {
      routes: (call) =>
        call.path.startsWith('/api/v1/scheduled-transfers?')
          ? json(200, { data: [], nextCursor: null })
          : undefined,
    });
    withProviders(<ComingUpPanel wallet={main} wallets={[main]} />);
    await waitFor(() =>
      expect(api.calls.some((c) => c.path.startsWith('/api/v1/scheduled-transfers'))).toBe(true),
    );
    // Give the answer a moment to render, then: no card.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('region', { name: 'Coming up' })).toBeNull();
  });
});

describe('the Schedule form', () => {
  it('sends a monthly schedule with a count, with an Idempotency-Key, and closes', async () => {
    const api = fakeApi([main, savings], (call) => json(201, schedule(call.body as Record<string, unknown>)));
    const onClose = jest.fn();
    withProviders(<ScheduleTransferForm wallet={main} wallets={[main, savings]} onClose={onClose} />);
    const user = userEvent.setup();
    const form = screen.getByRole('form', { name: 'Schedule a transfer' });
    await user.type(within(form).getByLabelText('Amount (USD)'), '25');
    await user.selectOptions(within(form).getByLabelText('Ends'), 'COUNT');
    await user.clear(within(form).getByLabelText('How many times'));
    await user.type(within(form).getByLabelText('How many times'), '3');
    await user.click(within(form).getByRole('button', { name: 'Schedule' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const [sent] = api.posts();
    expect(sent?.path).toBe('/api/v1/scheduled-transfers');
    expect(sent?.headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent?.body).toMatchObject({
      sourceWalletId: main.id,
      destinationWalletId: savings.id,
      amount: '25',
      repeat: { every: 'MONTH', count: 3 },
    });
  });

  it('says what is wrong before sending: no amount, a past day, a bad wallet ID', async () => {
    const api = fakeApi([main], () => json(500, {}));
    withProviders(<ScheduleTransferForm wallet={main} wallets={[main]} onClose={() => {}} />);
    const user = userEvent.setup();
    const form = screen.getByRole('form', { name: 'Schedule a transfer' });
    await user.type(within(form).getByLabelText('Their wallet ID'), 'not-an-id');
    const first = within(form).getByLabelText('First on');
    await user.clear(first);
    await user.type(first, '2000-01-01');
    await user.click(within(form).getByRole('button', { name: 'Schedule' }));
    expect(within(form).getByLabelText('Their wallet ID')).toHaveAccessibleDescription(
      expect.stringContaining('Paste the wallet ID'),
    );
    expect(first).toHaveAccessibleDescription('Pick today or a later day');
    expect(within(form).getByLabelText('Amount (USD)')).toHaveAccessibleDescription('Enter an amount');
    expect(api.posts()).toEqual([]);
  });

  it('sends a retry after a failure exactly as the first try, under the same key ("today" kept as it was)', async () => {
    let answered = 0;
    const api = fakeApi([main, savings], (call) => {
      answered += 1;
      return answered <= 3
        ? problem(503, 'SERVICE_UNAVAILABLE', 'Busy.')
        : json(201, schedule(call.body as Record<string, unknown>));
    });
    const onClose = jest.fn();
    withProviders(<ScheduleTransferForm wallet={main} wallets={[main, savings]} onClose={onClose} />);
    const user = userEvent.setup();
    const form = screen.getByRole('form', { name: 'Schedule a transfer' });
    await user.type(within(form).getByLabelText('Amount (USD)'), '10');
    await user.selectOptions(within(form).getByLabelText('Repeat'), 'ONCE');
    await user.click(within(form).getByRole('button', { name: 'Schedule' }));
    // The first try and its automatic retries all fail.
    await waitFor(() => expect(api.posts()).toHaveLength(3), { timeout: 10_000 });
    await waitFor(() => expect(within(form).getByRole('button', { name: 'Schedule' })).toBeEnabled());
    await new Promise((resolve) => setTimeout(resolve, 5));
    await user.click(within(form).getByRole('button', { name: 'Schedule' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const [first, ...rest] = api.posts();
    for (const again of rest) {
      expect(again.headers['Idempotency-Key']).toBe(first?.headers['Idempotency-Key']);
      expect(again.body).toEqual(first?.body);
    }
    expect(rest).toHaveLength(3);
  });
});
