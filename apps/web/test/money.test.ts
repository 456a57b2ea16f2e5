import { addMinor, formatMoney } from '../src/lib/money';

describe('money on screen', () => {
  it('formats exactly, with the currency of each wallet', () => {
    expect(formatMoney(100.5, 'USD')).toBe('$100.50');
    expect(formatMoney(9999999999999.99, 'USD')).toBe('$9,999,999,999,999.99');
    expect(formatMoney(1500, 'JPY')).toBe('¥1,500');
    expect(formatMoney(1.234, 'KWD')).toMatch(/KWD\s1\.234/);
  });

  it('shows a momentarily negative optimistic balance instead of failing', () => {
    expect(formatMoney(-424.75, 'USD')).toBe('−$424.75');
  });

  it('adds minor units without float error', () => {
    expect(addMinor(0.1, 20n, 'USD')).toBe(0.3);
    expect(addMinor(75.25, -50000n, 'USD')).toBe(-424.75);
  });
});

describe('optimistic arithmetic below zero', () => {
  it('adds to a balance that is momentarily negative', () => {
    expect(addMinor(-5, 1000n, 'USD')).toBe(5);
    expect(addMinor(-0.01, -1n, 'USD')).toBe(-0.02);
  });
});
