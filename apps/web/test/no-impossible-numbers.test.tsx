import { QueryClient } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { queryKeys } from '../src/lib/query-keys';
import {
  coveredDeltas,
  moveBalancesNow,
  rollBackBalances,
  type WalletPages,
  walletsOf,
} from '../src/lib/wallet-cache';
import { deferred, fakeApi, problem, wallet } from './fake-api';
import { openAction, renderAt } from './render-app';

describe('the rule: no impossible numbers on screen', () => {
  it('shows only movements the known balances cover, all or nothing', () => {
    const source = wallet({ balance: 950.75 });
    const other = wallet({ balance: 10 });
    const move = (minor: bigint) => [
      { walletId: source.id, deltaMinor: -minor },
      { walletId: other.id, deltaMinor: minor },
    ];
    expect(coveredDeltas([source, other], move(95075n))).toEqual(move(95075n));
    expect(coveredDeltas([source, other], move(500000n))).toEqual([]);
    // A debit of a wallet whose balance is unknown is never guessed at.
    expect(coveredDeltas([other], move(1n))).toEqual([]);
    // Credits alone (funding) are always covered.
    expect(coveredDeltas([source], [{ walletId: source.id, deltaMinor: 1n }])).toHaveLength(1);
  });

  it('refuses, before sending, an amount the balance cannot cover, in plain words', async () => {
    const everyday = wallet({ name: 'Everyday', balance: 950.75 });
    const savings = wallet({ name: 'Savings', balance: 0 });
    const api = fakeApi([everyday, savings], () => problem(500, 'INTERNAL', 'unexpected'));
    renderAt(`/wallets/${everyday.id}`);
    const user = userEvent.setup();
    const form = within(await openAction(user, 'Send')).getByRole('form', { name: 'Send money' });
    await user.type(within(form).getByLabelText('Amount to send (USD)'), '5,000');
    await user.click(within(form).getByRole('button', { name: 'Send to Savings' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('You have $950.75 in Everyday');
    expect(api.posts()).toHaveLength(0);
    expect(screen.getByTestId('balance')).toHaveTextContent('$950.75');
    expect(screen.getByTestId(`list-balance-${savings.id}`)).toHaveTextContent('$0.00');
  });

  it('moves a covered transfer at once on both wallets, and puts both back when declined', async () => {
    const everyday = wallet({ name: 'Everyday', balance: 950.75 });
    const savings = wallet({ name: 'Savings', balance: 0 });
    const answer = deferred<Response>();
    fakeApi([everyday, savings], () => answer.promise);
    renderAt(`/wallets/${everyday.id}`);
    const user = userEvent.setup();
    const form = within(await openAction(user, 'Send')).getByRole('form', { name: 'Send money' });
    await user.type(within(form).getByLabelText('Amount to send (USD)'), '950.75');
    await user.click(within(form).getByRole('button', { name: 'Send to Savings' }));
    await waitFor(() => expect(screen.getByTestId('balance')).toHaveTextContent('$0.00'));
    expect(screen.getByTestId(`list-balance-${savings.id}`)).toHaveTextContent('$950.75');
    answer.resolve(problem(422, 'INSUFFICIENT_FUNDS', 'The balance of 0.75 USD does not cover 950.75 USD.'));
    await waitFor(() => expect(screen.getByTestId('balance')).toHaveTextContent('$950.75'));
    expect(screen.getByTestId(`list-balance-${savings.id}`)).toHaveTextContent('$0.00');
  });

  it('leaves the cached balances alone, across pages, when a movement is not covered', async () => {
    const everyday = wallet({ name: 'Everyday', balance: 950.75 });
    const savings = wallet({ name: 'Savings', balance: 0 });
    const queryClient = new QueryClient();
    const pages = {
      pages: [
        { data: [everyday], nextCursor: 'c1' },
        { data: [savings], nextCursor: null },
      ],
      pageParams: [null, 'c1'],
    };
    queryClient.setQueryData(queryKeys.walletList(), pages);
    const transfer = (minor: bigint) => [
      { walletId: everyday.id, deltaMinor: -minor },
      { walletId: savings.id, deltaMinor: minor },
    ];

    await moveBalancesNow(queryClient, transfer(500000n));
    expect(queryClient.getQueryData(queryKeys.walletList())).toEqual(pages);

    const snapshot = await moveBalancesNow(queryClient, transfer(5075n));
    const moved = walletsOf(queryClient.getQueryData<WalletPages>(queryKeys.walletList()));
    expect(moved.map((w) => w.balance)).toEqual([900, 50.75]);
    rollBackBalances(queryClient, snapshot);
    expect(queryClient.getQueryData(queryKeys.walletList())).toEqual(pages);
  });
});
