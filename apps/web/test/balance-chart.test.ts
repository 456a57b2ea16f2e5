import { describe, expect, it } from 'vitest';
import { rangeWindow } from '../src/features/wallets/components/balance-chart';

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
