import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Wallet } from '@wallet/contract';
import { AppProviders } from '../src/app/providers';
import { SendToManyForm } from '../src/features/batch-transfers/components/send-to-many-form';
import { parseBatchLines } from '../src/features/batch-transfers/utils/parse-lines';
import { createQueryClient } from '../src/lib/query-client';
import { fakeApi, json, problem, wallet } from './fake-api';

const main = wallet({ name: 'Payroll', balance: 5000 });
const savings = wallet({ name: 'Savings' });
const euros = wallet({ name: 'Euros', currency: 'EUR' });
const stranger = crypto.randomUUID();

function open(source: Wallet = main, wallets: Wallet[] = [main, savings]) {
  const onClose = jest.fn();
  render(
    <AppProviders theme="light" queryClient={createQueryClient()}>
      <SendToManyForm wallet={source} wallets={wallets} onClose={onClose} />
    </AppProviders>,
  );
  const form = screen.getByRole('form', { name: 'Send to many' });
  return { form, onClose, user: userEvent.setup() };
}

/** Types the lines into the textarea (userEvent reads braces as keys, so paste). */
async function enter(user: ReturnType<typeof userEvent.setup>, form: HTMLElement, text: string) {
  const field = within(form).getByLabelText('Payments, one per line');
  await user.click(field);
  await user.paste(text);
  return field;
}

describe('parsing the lines', () => {
  it('reads id, amount and description, names own wallets, totals, and says what is wrong per line', () => {
    const parsed = parseBatchLines(
      [
        `${savings.id}, 1200.50, Salary December`,
        '',
        `${stranger}\t1,000\tBonus, with a comma`,
        'not-an-id, 10',
        `${savings.id}, 12.345`,
        `${main.id}, 5`,
        `${euros.id}, 5`,
        `${stranger}, -3`,
      ].join('\n'),
      main,
      [main, savings, euros],
    );
    expect(parsed.ready).toBe(false);
    expect(parsed.lines.map((l) => [l.lineNumber, l.recipient, l.amount, l.description, l.errors])).toEqual([
      [1, 'Savings', '1200.50', 'Salary December', []],
      [3, `${stranger.slice(0, 8)}…`, '1000', 'Bonus, with a comma', []],
      [4, 'not-an-i…', '10', undefined, ['“not-an-id” is not a wallet ID']],
      [5, 'Savings', null, undefined, ['USD amounts have at most 2 decimal places']],
      [6, 'Payroll', '5', undefined, ['This is the wallet you send from']],
      [7, 'Euros', '5', undefined, ['Euros holds EUR, not USD']],
      [8, `${stranger.slice(0, 8)}…`, null, undefined, ['Enter an amount greater than 0']],
    ]);
    // Only the amounts that parse count.
    expect(parsed.totalMinor).toBe(120050n + 100000n + 1000n + 500n + 500n);
  });

  it('takes up to 100 lines, and no more', () => {
    const lines = (n: number) => Array.from({ length: n }, () => `${savings.id}, 1`).join('\n');
    expect(parseBatchLines(lines(100), main, [main, savings])).toMatchObject({ ready: true, errors: [] });
    expect(parseBatchLines(lines(101), main, [main, savings])).toMatchObject({
      ready: false,
      errors: ['Up to 100 payments at once: remove 1 lines'],
    });
    expect(parseBatchLines('  \n', main, [main]).ready).toBe(false);
  });
});

describe('the Send to many form', () => {
  it('shows the preview and the errors, tied to the field, and sends nothing until they are fixed', async () => {
    const api = fakeApi([main, savings], () => json(500, {}));
    const { form, user } = open();
    const field = await enter(user, form, `${savings.id}, 20, Rent\nnot-an-id, 1O`);
    const table = within(form).getByRole('table', { name: '2 payments' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'LineToAmount',
      '1SavingsRent$20.00',
      expect.stringContaining('not-an-id” is not a wallet ID'),
      'Total$20.00',
    ]);
    await user.click(within(form).getByRole('button', { name: 'Send' }));
    expect(api.posts()).toEqual([]);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveFocus();
    const described = (field.getAttribute('aria-describedby') ?? '').split(' ');
    const errors = document.getElementById(described[0] ?? '');
    expect(errors).toHaveTextContent('Line 2: “not-an-id” is not a wallet ID');
    expect(errors).toHaveTextContent('Line 2: Enter the amount in digits');
  });

  it('sends one batch under one Idempotency-Key, the same key again on a retry, and lists each result', async () => {
    let answers = 0;
    const api = fakeApi([main, savings], () => {
      answers += 1;
      // The first submission never gets an answer (a dropped connection, three times over).
      if (answers <= 3) return problem(503, 'SERVICE_UNAVAILABLE', 'Try again.');
      return json(201, {
        results: [
          { index: 0, status: 'SUCCESS', transactions: [] },
          { index: 1, status: 'PENDING_REVIEW', transfer: {} },
          {
            index: 2,
            status: 'FAILED',
            problem: { status: 404, code: 'WALLET_NOT_FOUND', detail: 'No wallet has that ID.' },
          },
        ],
      });
    });
    const { form, user, onClose } = open();
    await enter(user, form, `${savings.id}, 20, Rent\n${stranger}, 1000\n${stranger}, 3`);
    await user.click(within(form).getByRole('radio', { name: /Each on its own/ }));
    await user.click(within(form).getByRole('button', { name: 'Send 3 payments ($1,023.00)' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'We could not tell whether the payments went through',
    );
    await user.click(within(form).getByRole('button', { name: /^Send 3 payments/ }));

    const list = await screen.findByRole('list', { name: 'What happened to each payment' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Line 1: Savings $20.00Sent');
    expect(items[1]).toHaveTextContent(`Line 2: ${stranger.slice(0, 8)}… $1,000.00Held for review`);
    expect(items[2]).toHaveTextContent('RefusedNo wallet has that ID.');
    expect(await screen.findByText('Payments: 1 sent, 1 held for review, 1 refused')).toBeInTheDocument();

    const posts = api.posts();
    expect(posts).toHaveLength(4);
    expect(posts[0]?.path).toBe('/api/v1/transfers/batch');
    expect(posts[0]?.body).toEqual({
      mode: 'independent',
      transfers: [
        { sourceWalletId: main.id, destinationWalletId: savings.id, amount: '20', description: 'Rent' },
        { sourceWalletId: main.id, destinationWalletId: stranger, amount: '1000' },
        { sourceWalletId: main.id, destinationWalletId: stranger, amount: '3' },
      ],
    });
    const keys = new Set(posts.map((p) => p.headers['Idempotency-Key']));
    expect(keys.size).toBe(1);
    expect([...keys][0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(posts.every((p) => JSON.stringify(p.body) === JSON.stringify(posts[0]?.body))).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('says which line an all-or-nothing batch was refused for, and that nothing was sent', async () => {
    const api = fakeApi([main, savings], () =>
      json(
        422,
        {
          type: 'urn:wallet:problem:BATCH_TRANSFER_FAILED',
          title: 'BATCH_TRANSFER_FAILED',
          status: 422,
          code: 'BATCH_TRANSFER_FAILED',
          detail:
            'Transfer 1 of the batch was refused (INSUFFICIENT_FUNDS): … Nothing in the batch was moved.',
          index: 1,
          problem: { status: 422, code: 'INSUFFICIENT_FUNDS', detail: 'The wallet has only $5,000.00.' },
        },
        'application/problem+json',
      ),
    );
    const { form, user } = open();
    await enter(user, form, `${stranger}, 10\n${savings.id}, 9000`);
    await user.click(within(form).getByRole('button', { name: /^Send 2 payments/ }));
    const alert = await within(form).findByText('Nothing was sent.');
    expect(alert.parentElement).toHaveTextContent(
      'Line 2 (Savings) was refused: The wallet has only $5,000.00.',
    );
    expect(api.posts()).toHaveLength(1);
    expect(api.posts()[0]?.body).toMatchObject({ mode: 'atomic' });
    // The lines stay, for the person to fix and send again.
    expect(within(form).getByRole('table', { name: '2 payments' })).toBeInTheDocument();
  });
});
