import type { Currency } from './currencies.js';

/**
 * A decimal written the one way we accept: digits, optionally a point and more digits. No sign, no
 * exponent, no hex, no spaces, no leading or trailing point. The length cap keeps BigInt work bounded.
 */
const DECIMAL = /^(\d+)(?:\.(\d+))?$/;
const MAX_DECIMAL_LENGTH = 40;

export type AmountResult = { ok: true; minor: bigint } | { ok: false; message: string };

/**
 * The canonical text of a decimal (leading zeros and trailing fraction zeros removed), or null when the
 * text is not a plain decimal. Two inputs with the same canonical text are the same amount in any
 * currency, which is what idempotency fingerprints compare.
 */
export function canonicalDecimal(text: string): string | null {
  if (text.length > MAX_DECIMAL_LENGTH) return null;
  const match = DECIMAL.exec(text);
  if (!match) return null;
  const whole = (match[1] ?? '').replace(/^0+(?=\d)/, '');
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

/**
 * The text of a JSON number or a string amount as the client wrote it. A JS number is turned into its
 * shortest round-trip text, which for any amount within limits is plain decimal notation.
 */
export function amountText(input: unknown): string | null {
  if (typeof input === 'string') return input;
  if (typeof input === 'number') return Number.isFinite(input) ? String(input) : null;
  return null;
}

/**
 * Exact conversion from a major-unit decimal (string or number) to integer minor units. Nothing is
 * rounded: too many decimals is an error, as is anything not > 0 or above the currency's maxAmount.
 */
export function parseAmount(input: unknown, currency: Currency): AmountResult {
  const text = amountText(input);
  if (text === null) return { ok: false, message: 'must be a number or a decimal string' };
  if (text.length > MAX_DECIMAL_LENGTH || !DECIMAL.test(text)) {
    return {
      ok: false,
      message: 'must be a plain decimal such as 100 or "100.50" (no sign, exponent, spaces or hex)',
    };
  }
  const [whole = '', fraction = ''] = text.split('.');
  if (fraction.length > currency.exponent) {
    return {
      ok: false,
      message:
        currency.exponent === 0
          ? `${currency.code} amounts are whole numbers`
          : `${currency.code} amounts have at most ${currency.exponent} decimal places`,
    };
  }
  const minor = BigInt(whole + fraction.padEnd(currency.exponent, '0'));
  if (minor <= 0n) return { ok: false, message: 'must be greater than 0' };
  if (minor > currency.maxAmountMinor) {
    return {
      ok: false,
      message: `must not exceed ${formatMinor(currency.maxAmountMinor, currency)} ${currency.code}`,
    };
  }
  return { ok: true, minor };
}

/** Minor units to a plain major-unit decimal string with exactly `exponent` decimals: 10050n USD -> "100.50". */
export function formatMinor(minor: bigint, currency: Pick<Currency, 'exponent'>): string {
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(currency.exponent + 1, '0');
  const cut = digits.length - currency.exponent;
  const whole = digits.slice(0, cut);
  const fraction = digits.slice(cut);
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/**
 * Minor units to the JSON number that the API sends. The decimal text is converted by the JS parser,
 * which yields the double nearest to it; with at most 15 significant digits that double prints back
 * as exactly the same decimal, so no client ever sees a rounded value.
 */
export function minorToNumber(minor: bigint, currency: Pick<Currency, 'exponent'>): number {
  const limit = 10n ** 15n;
  if (minor >= limit || minor <= -limit) throw new RangeError('money value beyond 15 significant digits');
  return Number(formatMinor(minor, currency));
}

/** Groups digits for people, e.g. 123456789n USD -> "1,234,567.89". Display only. */
export function formatMinorGrouped(minor: bigint, currency: Pick<Currency, 'exponent'>): string {
  const plain = formatMinor(minor, currency);
  const [whole = '', fraction] = plain.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const grouped = whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/**
 * Any non-negative major-unit value the API sent (a balance, an amount) to exact minor units:
 * 100.5 USD -> 10050n. Throws on text that is not a plain decimal or has more decimals than the
 * currency, which a correct server never sends.
 */
export function toMinorUnits(value: number | string, currency: Pick<Currency, 'exponent' | 'code'>): bigint {
  const text = amountText(value);
  const match = text === null ? null : DECIMAL.exec(text);
  const [whole = '', fraction = ''] = match ? [match[1], match[2]] : [];
  if (!match || fraction.length > currency.exponent) {
    throw new RangeError(`${String(value)} is not an exact ${currency.code} value`);
  }
  return BigInt(whole + fraction.padEnd(currency.exponent, '0'));
}
