import { render, screen } from '@testing-library/react';
import type { Transaction } from '@wallet/contract';
import { createElement } from 'react';
import { BalanceChart } from '../src/features/transactions/components/balance-chart';
import { rangeWindow } from '../src/features/transactions/utils/chart-period';

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
