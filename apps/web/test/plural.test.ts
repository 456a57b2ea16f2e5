import { plural } from '../src/lib/plural';

describe('counts in words', () => {
  it('says one thing in the singular and any other count in the plural', () => {
    const wallets = { one: 'wallet', other: 'wallets' };
    expect(plural(1, wallets)).toBe('1 wallet');
    expect(plural(0, wallets)).toBe('0 wallets');
    expect(plural(2, wallets)).toBe('2 wallets');
    expect(plural(1234, wallets)).toMatch(/^1.?234 wallets$/);
  });
});
