import type { Transaction } from '@wallet/contract';
import { byDay, dayLabel, entryTitle } from '../src/features/transactions/utils/labels';
import { periodDays } from '../src/lib/period';

const MINE = '11111111-1111-4111-8111-111111111111';
const THEIRS = 'abcd2222-2222-4222-8222-222222222222';
const row = (fields: Partial<Transaction>): Transaction =>
  ({
    id: crypto.randomUUID(),
    walletId: MINE,
    type: 'FUND',
    status: 'SUCCESS',
    sourceWalletId: null,
    destinationWalletId: null,
    refundOf: null,
    createdAt: new Date().toISOString(),
    ...fields,
  }) as Transaction;

describe("the activity's words", () => {
  const names = new Map([['33333333-3333-4333-8333-333333333333', 'Savings']]);

  it('names the other side by the name the API gives, else one’s own wallet, else the id, else Someone', () => {
    const named = { walletId: null, name: 'Ada', ownWallet: false };
    expect(entryTitle(row({ type: 'TRANSFER_IN', counterparty: named }), names)).toBe('From Ada');
    expect(
      entryTitle(
        row({ type: 'TRANSFER_OUT', destinationWalletId: '33333333-3333-4333-8333-333333333333' }),
        names,
      ),
    ).toBe('To Savings');
    expect(
      entryTitle(
        row({
          type: 'TRANSFER_OUT',
          destinationWalletId: THEIRS,
          counterparty: { walletId: THEIRS, name: null, ownWallet: false },
        }),
        names,
      ),
    ).toBe('To Wallet abcd…');
    expect(
      entryTitle(
        row({ type: 'TRANSFER_IN', counterparty: { walletId: null, name: null, ownWallet: false } }),
        names,
      ),
    ).toBe('From Someone');
    expect(entryTitle(row({ type: 'TRANSFER_IN', refundOf: THEIRS, counterparty: named }), names)).toBe(
      'Refund from Ada',
    );
    expect(entryTitle(row({ type: 'FUND' }), names)).toBe('Added money');
  });

  it('groups newest-first rows by day, with Today and Yesterday', () => {
    const now = new Date('2026-12-07T12:00:00');
    const at = (iso: string) => new Date(iso).toISOString();
    const rows = [
      row({ createdAt: at('2026-12-07T09:00:00') }),
      row({ createdAt: at('2026-12-07T08:00:00') }),
      row({ createdAt: at('2026-12-06T23:00:00') }),
      row({ createdAt: at('2026-11-30T10:00:00') }),
    ];
    const groups = byDay(rows);
    expect(groups.map((g) => g.rows.length)).toEqual([2, 1, 1]);
    expect(groups.map((g) => dayLabel(g.rows[0]?.createdAt ?? '', now))).toEqual([
      'Today',
      'Yesterday',
      'Mon, Nov 30',
    ]);
  });

  it('gives the statement the days of the page’s period, or none while a custom one has no start', () => {
    const now = Date.parse('2026-12-07T12:00:00Z');
    expect(periodDays({ choice: '7', from: '', to: '' }, now)).toEqual({
      from: '2026-11-30',
      to: '2026-12-07',
    });
    expect(periodDays({ choice: 'custom', from: '', to: '' }, now)).toBeNull();
    expect(periodDays({ choice: 'custom', from: '2026-01-01', to: '' }, now)).toEqual({
      from: '2026-01-01',
      to: '2026-12-07',
    });
  });
});
