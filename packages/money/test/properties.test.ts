import fc from 'fast-check';
import {
  canonicalDecimal,
  formatMinor,
  formatMinorGrouped,
  minorToNumber,
  parseAmount,
  toMinorUnits,
} from '../src/amount';
import { CURRENCIES, type Currency } from '../src/currencies';
import { addMoney, MixedCurrenciesError, subtractMoney } from '../src/money';

/** The same rules over generated values: what the examples in amount.test.ts show, for every amount. */
const currency = fc.constantFrom(...CURRENCIES);

/** A currency and an amount it allows (1 minor unit up to its maxAmount, both included). */
const allowed = currency.chain((c) =>
  fc.tuple(fc.constant(c), fc.bigInt({ min: 1n, max: c.maxAmountMinor })),
);

/** Any balance a wallet may hold, with its currency. */
const balance = currency.chain((c) =>
  fc.tuple(fc.constant(c), fc.bigInt({ min: 0n, max: c.maxBalanceMinor })),
);

function parsed(input: unknown, c: Currency): bigint | string {
  const result = parseAmount(input, c);
  return result.ok ? result.minor : result.message;
}

describe('parse and format, over generated amounts', () => {
  it('round-trips every allowed amount through its decimal text exactly', () => {
    fc.assert(
      fc.property(allowed, ([c, minor]) => {
        expect(parsed(formatMinor(minor, c), c)).toBe(minor);
      }),
    );
  });

  it('round-trips every allowed amount through the JSON number the API sends', () => {
    fc.assert(
      fc.property(allowed, ([c, minor]) => {
        const wire = JSON.parse(JSON.stringify(minorToNumber(minor, c))) as number;
        expect(parsed(wire, c)).toBe(minor);
      }),
    );
  });

  it('reads every balance back exactly from its JSON number, as the dashboard does', () => {
    fc.assert(
      fc.property(balance, ([c, minor]) => {
        expect(toMinorUnits(minorToNumber(minor, c), c)).toBe(minor);
        expect(toMinorUnits(formatMinor(minor, c), c)).toBe(minor);
      }),
    );
  });

  it('reads leading zeros and trailing fraction zeros as the same amount, and canonicalises them alike', () => {
    fc.assert(
      fc.property(allowed, fc.nat(5), fc.nat(5), ([c, minor], lead, trail) => {
        const plain = formatMinor(minor, c);
        const padded = `${'0'.repeat(lead)}${plain}`;
        expect(parsed(padded, c)).toBe(minor);
        const withPoint = plain.includes('.') ? plain : `${plain}.`;
        const trailing = `${withPoint}${'0'.repeat(trail)}`;
        if (trailing.endsWith('.')) return;
        expect(canonicalDecimal(trailing)).toBe(canonicalDecimal(padded));
      }),
    );
  });

  it('groups digits for display without changing them', () => {
    fc.assert(
      fc.property(currency, fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }), (c, minor) => {
        expect(formatMinorGrouped(minor, c).replaceAll(',', '')).toBe(formatMinor(minor, c));
      }),
    );
  });
});

describe('limits and refusals, over generated input', () => {
  it('refuses every amount above the currency maximum and every amount not above zero', () => {
    fc.assert(
      fc.property(currency, fc.bigInt({ min: 1n, max: 10n ** 20n }), (c, over) => {
        expect(typeof parsed(formatMinor(c.maxAmountMinor + over, c), c)).toBe('string');
        expect(typeof parsed(`-${formatMinor(over, c)}`, c)).toBe('string');
      }),
    );
    for (const c of CURRENCIES) expect(typeof parsed(formatMinor(0n, c), c)).toBe('string');
  });

  it('refuses one decimal more than the currency has, even when it is a zero', () => {
    fc.assert(
      fc.property(allowed, fc.integer({ min: 0, max: 9 }), ([c, minor], digit) => {
        const plain = formatMinor(minor, c);
        const extra = `${plain}${plain.includes('.') ? '' : '.'}${digit}`;
        expect(typeof parsed(extra, c)).toBe('string');
      }),
    );
  });

  it('never throws on any input, and whatever it accepts is a positive amount within the limit', () => {
    const anything = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom(...'0123456789.-+eE x_,') }),
      fc.double(),
      fc.integer(),
      fc.bigInt(),
      fc.boolean(),
      fc.constant(null),
      fc.object(),
    );
    fc.assert(
      fc.property(currency, anything, (c, input) => {
        const result = parseAmount(input, c);
        if (!result.ok) return;
        expect(result.minor > 0n && result.minor <= c.maxAmountMinor).toBe(true);
        // What it accepted is what the text said, to the last digit.
        expect(canonicalDecimal(formatMinor(result.minor, c))).toBe(canonicalDecimal(String(input)));
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('Money arithmetic, over generated values', () => {
  it('undoes an addition with a subtraction and refuses to mix currencies', () => {
    fc.assert(
      fc.property(balance, fc.bigInt({ min: 0n, max: 10n ** 15n }), ([c, a], b) => {
        const x = { amountMinor: a, currency: c.code };
        const y = { amountMinor: b, currency: c.code };
        expect(subtractMoney(addMoney(x, y), y)).toEqual(x);
        const other = CURRENCIES.find((o) => o.code !== c.code)?.code ?? 'XXX';
        expect(() => addMoney(x, { amountMinor: b, currency: other })).toThrow(MixedCurrenciesError);
      }),
    );
  });
});
