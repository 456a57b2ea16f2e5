import { render, screen } from '@testing-library/react';
import type { Transaction } from '@wallet/contract';
import { createElement } from 'react';
import { BalanceChart } from '../src/features/transactions/components/balance-chart';
import { balanceSeries } from '../src/features/transactions/utils/chart-period';
import { rangeWindow } from '../src/lib/period';

const DAY_MS = 86_400_000;

describe("the balance chart's period", () => {
  it('reaches back 7, 30 or 90 days from now', () => {
    const now = Date.parse('2026-11-26T12:00:00Z');
    expect(rangeWindow('7', { from: '', to: '' }, now)).toEqual({ from: now - 7 * DAY_MS, to: now + 1 });
    expect(rangeWindow('90', { from: '', to: '' }, now).from).toBe(now - 90 * DAY_MS);
  });

  it('takes whole local days from a from/to pick, the last day included', () => {
    const { from, to } = rangeWindow('custom', { from: '2026-11-01', to: '2026-11-03' });
    expect(from).toBe(new Date(2026, 10, 1).getTime());
    expect(to).toBe(new Date(2026, 10, 4).getTime());
  });

  it('leaves an end open when it is not picked', () => {
    const now = Date.parse('2026-11-26T12:00:00Z');
    expect(rangeWindow('custom', { from: '', to: '' }, now)).toEqual({ from: 0, to: now + 1 });
  });
});

describe('the balance chart without a canvas (jsdom)', () => {
  it('keeps the figure and its summary, and draws nothing', () => {
    const row = (id: string, minutesAgo: number, balanceAfter: number) =>
      ({
        id,
        status: 'SUCCESS',
        createdAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
        balanceAfter,
      }) as Transaction;
    // Newest first, as the history pages come.
    render(
      createElement(BalanceChart, {
        transactions: [row('b', 1, 75.25), row('a', 5, 100.5)],
        currency: 'USD',
      }),
    );
    const figure = screen.getByRole('img', { name: 'Balance over 2 movements, from $100.50 to $75.25.' });
    expect(figure.querySelector('canvas')).toBeNull();
  });
});

describe("the balance chart's series", () => {
  const now = Date.parse('2026-11-26T12:00:00Z');
  const row = (id: string, minutesAgo: number, balanceBefore: number, balanceAfter: number) =>
    ({
      id,
      status: 'SUCCESS',
      createdAt: new Date(now - minutesAgo * 60_000).toISOString(),
      balanceBefore,
      balanceAfter,
    }) as Transaction;
  // Newest first, as the history pages come: two movements a few minutes ago.
  const rows = [row('b', 2, 10, 30), row('a', 5, 0, 10)];

  it('spans the whole period, from its start to now, whatever minutes the movements took', () => {
    const span = rangeWindow('30', { from: '', to: '' }, now);
    const series = balanceSeries(rows, span, { now, reachesStart: true });
    expect(series.times).toEqual([now - 30 * DAY_MS, now - 5 * 60_000, now - 2 * 60_000, now]);
    // The balance before the first movement holds from the start; the last one holds until now.
    expect(series.balances).toEqual([0, 10, 30, 30]);
    expect(series.movements.map((m) => m.balance)).toEqual([10, 30]);
  });

  it('leaves the start blank when the history loaded does not reach back to it', () => {
    const span = rangeWindow('7', { from: '', to: '' }, now);
    expect(balanceSeries(rows, span, { now, reachesStart: false }).balances).toEqual([null, 10, 30, 30]);
  });

  it('has nothing to draw without a movement in the period', () => {
    const span = rangeWindow('custom', { from: '2026-01-01', to: '2026-01-31' }, now);
    expect(balanceSeries(rows, span, { now, reachesStart: true })).toEqual({
      movements: [],
      times: [],
      balances: [],
    });
  });
});
