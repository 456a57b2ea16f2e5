/**
 * The currencies the platform holds. Limits are in minor units and keep every amount and balance at
 * 15 significant digits or fewer, so the JSON number that carries it in major units is exact.
 */
export interface Currency {
  /** ISO 4217 code. */
  readonly code: string;
  /** Decimal places of the minor unit: USD 2, JPY 0, KWD 3. */
  readonly exponent: number;
  /** The largest amount one operation may move. */
  readonly maxAmountMinor: bigint;
  /** The largest balance a wallet may hold. */
  readonly maxBalanceMinor: bigint;
}

/** 15 nines: the largest integer with 15 significant digits. */
const MAX_BALANCE_MINOR = 999_999_999_999_999n;

function currency(code: string, exponent: number, maxAmountMajor: bigint): Currency {
  return {
    code,
    exponent,
    maxAmountMinor: maxAmountMajor * 10n ** BigInt(exponent),
    maxBalanceMinor: MAX_BALANCE_MINOR,
  };
}

export const CURRENCIES: readonly Currency[] = Object.freeze([
  currency('USD', 2, 1_000_000n),
  currency('EUR', 2, 1_000_000n),
  currency('GBP', 2, 1_000_000n),
  currency('NGN', 2, 1_000_000_000n),
  currency('JPY', 0, 100_000_000n),
  currency('KWD', 3, 300_000n),
]);

const BY_CODE = new Map(CURRENCIES.map((c) => [c.code, c]));

export const DEFAULT_CURRENCY_CODE = 'USD';

export function findCurrency(code: string): Currency | undefined {
  return BY_CODE.get(code);
}

export function getCurrency(code: string): Currency {
  const found = BY_CODE.get(code);
  if (!found) throw new Error(`Unknown currency ${code}`);
  return found;
}
