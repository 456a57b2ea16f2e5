import {
  canonicalDecimal,
  formatMinor,
  formatMinorGrouped,
  minorToNumber,
  parseAmount,
  toMinorUnits,
} from '../src/amount';
import { CURRENCIES, getCurrency } from '../src/currencies';
import { addMoney, MixedCurrenciesError, subtractMoney } from '../src/money';

const USD = getCurrency('USD');
const JPY = getCurrency('JPY');
const KWD = getCurrency('KWD');

function minor(input: unknown, currency = USD): bigint {
  const result = parseAmount(input, currency);
  if (!result.ok) throw new Error(`expected ${String(input)} to parse: ${result.message}`);
  return result.minor;
}

function rejects(input: unknown, currency = USD): string {
  const result = parseAmount(input, currency);
  if (result.ok) throw new Error(`expected ${String(input)} to be rejected, got ${result.minor}`);
  return result.message;
}

describe('parseAmount', () => {
  it('reads numbers and decimal strings exactly into minor units', () => {
    expect(minor(100)).toBe(10000n);
    expect(minor(100.5)).toBe(10050n);
    expect(minor('100.50')).toBe(10050n);
    expect(minor('0.01')).toBe(1n);
    expect(minor(0.07)).toBe(7n);
    expect(minor('007.10')).toBe(710n);
  });

  it('never lets float error in: 0.1 + 0.2 is exactly 0.30 when summed in minor units', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(minor(0.1) + minor(0.2)).toBe(minor(0.3));
    expect(formatMinor(minor(0.1) + minor(0.2), USD)).toBe('0.30');
    // 1.005 * 100 is 100.49999999999999 in floating point; parsed as text it is refused, not rounded.
    expect(rejects(1.005)).toMatch(/at most 2 decimal places/);
    expect(minor(1.01)).toBe(101n);
    expect(minor(4.35)).toBe(435n);
  });

  it('follows the exponent of the currency: JPY has none, KWD has three', () => {
    expect(minor(1500, JPY)).toBe(1500n);
    expect(rejects('1500.5', JPY)).toMatch(/whole numbers/);
    expect(rejects('1500.0', JPY)).toMatch(/whole numbers/);
    expect(minor('1.234', KWD)).toBe(1234n);
    expect(minor(0.001, KWD)).toBe(1n);
    expect(rejects('1.2345', KWD)).toMatch(/at most 3 decimal places/);
  });

  it('rejects more decimals than the currency allows, even trailing zeros', () => {
    expect(rejects('10.001')).toMatch(/at most 2/);
    expect(rejects('10.000')).toMatch(/at most 2/);
  });

  it('rejects zero and anything not positive', () => {
    expect(rejects(0)).toMatch(/greater than 0/);
    expect(rejects('0.00')).toMatch(/greater than 0/);
    expect(rejects(-5)).toMatch(/plain decimal/);
    expect(rejects('-5')).toMatch(/plain decimal/);
  });

  it.each([
    '1e3',
    '1E3',
    '1e-2',
    '0x10',
    '+5',
    ' 5',
    '5 ',
    '5 000',
    '1,000',
    '.5',
    '5.',
    '',
    'NaN',
    'Infinity',
    '١٢',
    '5.0.0',
  ])('rejects the string %j', (text) => {
    expect(rejects(text)).toMatch(/plain decimal/);
  });

  it.each([[null], [undefined], [true], [{}], [[5]], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    'rejects the non-amount %p',
    (value) => {
      expect(rejects(value)).toMatch(/number or a decimal string|plain decimal/);
    },
  );

  it('rejects numbers whose shortest text uses an exponent', () => {
    expect(rejects(1e21)).toMatch(/plain decimal/);
    expect(rejects(1e-7)).toMatch(/plain decimal/);
  });

  it('enforces maxAmount of each currency, inclusive', () => {
    for (const currency of CURRENCIES) {
      const max = formatMinor(currency.maxAmountMinor, currency);
      expect(minor(max, currency)).toBe(currency.maxAmountMinor);
      const over = formatMinor(currency.maxAmountMinor + 1n, currency);
      expect(rejects(over, currency)).toMatch(/must not exceed/);
    }
  });

  it('refuses absurdly long input without doing big work', () => {
    expect(rejects('9'.repeat(41))).toMatch(/plain decimal/);
    expect(rejects('9'.repeat(30))).toMatch(/must not exceed/);
  });
});

describe('canonicalDecimal', () => {
  it('makes equal amounts compare equal', () => {
    expect(canonicalDecimal('10')).toBe('10');
    expect(canonicalDecimal('10.00')).toBe('10');
    expect(canonicalDecimal('010.50')).toBe('10.5');
    expect(canonicalDecimal('0.10')).toBe('0.1');
    expect(canonicalDecimal('0')).toBe('0');
  });
  it('returns null for anything not a plain decimal', () => {
    expect(canonicalDecimal('1e3')).toBeNull();
    expect(canonicalDecimal('-1')).toBeNull();
    expect(canonicalDecimal('1.')).toBeNull();
  });
});

describe('formatting', () => {
  it('formats minor units with the currency exponent', () => {
    expect(formatMinor(10050n, USD)).toBe('100.50');
    expect(formatMinor(5n, USD)).toBe('0.05');
    expect(formatMinor(0n, USD)).toBe('0.00');
    expect(formatMinor(1500n, JPY)).toBe('1500');
    expect(formatMinor(1n, KWD)).toBe('0.001');
    expect(formatMinor(-250n, USD)).toBe('-2.50');
    expect(formatMinorGrouped(123456789n, USD)).toBe('1,234,567.89');
    expect(formatMinorGrouped(-1234567n, JPY)).toBe('-1,234,567');
  });

  it('turns minor units into exact JSON numbers up to 15 significant digits', () => {
    expect(minorToNumber(10050n, USD)).toBe(100.5);
    expect(minorToNumber(30n, USD)).toBe(0.3);
    expect(JSON.stringify(minorToNumber(999_999_999_999_999n, USD))).toBe('9999999999999.99');
    expect(JSON.stringify(minorToNumber(999_999_999_999_999n, KWD))).toBe('999999999999.999');
    expect(JSON.stringify(minorToNumber(999_999_999_999_999n, JPY))).toBe('999999999999999');
    expect(() => minorToNumber(10n ** 15n, USD)).toThrow(RangeError);
  });

  it('round-trips every currency limit through JSON exactly', () => {
    for (const currency of CURRENCIES) {
      for (const value of [1n, currency.maxAmountMinor, currency.maxBalanceMinor]) {
        const wire = JSON.parse(JSON.stringify(minorToNumber(value, currency)));
        expect(minorFromAny(wire, currency)).toBe(value);
      }
    }
  });
});

/** Parses without the maxAmount limit, to check balances above it. */
function minorFromAny(wire: number, currency: typeof USD): bigint {
  const result = parseAmount(wire, { ...currency, maxAmountMinor: currency.maxBalanceMinor });
  if (!result.ok) throw new Error(result.message);
  return result.minor;
}

describe('Money values', () => {
  it('adds and subtracts in one currency and refuses to mix currencies', () => {
    expect(addMoney({ amountMinor: 10n, currency: 'USD' }, { amountMinor: 5n, currency: 'USD' })).toEqual({
      amountMinor: 15n,
      currency: 'USD',
    });
    expect(
      subtractMoney({ amountMinor: 10n, currency: 'EUR' }, { amountMinor: 15n, currency: 'EUR' }).amountMinor,
    ).toBe(-5n);
    expect(() =>
      addMoney({ amountMinor: 1n, currency: 'USD' }, { amountMinor: 1n, currency: 'EUR' }),
    ).toThrow(MixedCurrenciesError);
  });

  it('lists the required currencies with their exponents', () => {
    const exponents = Object.fromEntries(CURRENCIES.map((c) => [c.code, c.exponent]));
    expect(exponents).toEqual({ USD: 2, EUR: 2, GBP: 2, NGN: 2, JPY: 0, KWD: 3 });
  });
});

describe('toMinorUnits', () => {
  it('reads balances the API sent back into exact minor units', () => {
    expect(toMinorUnits(100.5, USD)).toBe(10050n);
    expect(toMinorUnits(0, USD)).toBe(0n);
    expect(toMinorUnits(9999999999999.99, USD)).toBe(999_999_999_999_999n);
    expect(toMinorUnits('1.234', KWD)).toBe(1234n);
    expect(toMinorUnits(0.3, USD) - toMinorUnits(0.1, USD)).toBe(20n);
  });
  it('refuses values a correct server never sends', () => {
    expect(() => toMinorUnits(1.5, JPY)).toThrow(RangeError);
    expect(() => toMinorUnits(-1, USD)).toThrow(RangeError);
    expect(() => toMinorUnits(1e21, USD)).toThrow(RangeError);
  });
});
