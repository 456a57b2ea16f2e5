import {
  type Currency,
  findCurrency,
  formatMinor,
  minorToNumber,
  parseAmount,
  toMinorUnits,
} from '@wallet/money';

/**
 * The one locale for money and dates on screen: the browser's. Undefined lets Intl pick it, so numbers
 * and dates always agree.
 */
export const LOCALE: string | undefined = undefined;

/**
 * Money for people, in the browser's locale: "$1,234.50", "¥1,500", "KWD 1.234". The exact decimal
 * string goes to Intl with the currency's own minor digits, so nothing is rounded on the way to the screen.
 */
export function formatMoney(value: number, currencyCode: string): string {
  const currency = findCurrency(currencyCode);
  if (!currency) return `${value} ${currencyCode}`;
  if (value < 0) return `−${formatMoney(-value, currencyCode)}`;
  const exact = formatMinor(toMinorUnits(value, currency), currency);
  return new Intl.NumberFormat(LOCALE, {
    style: 'currency',
    currency: currency.code,
    minimumFractionDigits: currency.exponent,
    maximumFractionDigits: currency.exponent,
    // Intl formats a decimal string exactly; the cast is for TypeScript's older signature.
  }).format(exact as unknown as number);
}

export function formatMoneyMinor(minor: bigint, currencyCode: string): string {
  const currency = findCurrency(currencyCode);
  return currency ? formatMoney(minorToNumber(minor, currency), currencyCode) : `${minor} ${currencyCode}`;
}

/** A date and time in the same locale as the money. */
export function formatDateTime(iso: string | number): string {
  return new Date(iso).toLocaleString(LOCALE, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatDate(iso: string | number): string {
  return new Date(iso).toLocaleDateString(LOCALE, { dateStyle: 'medium' });
}

/** value + deltaMinor, exactly, back as the JSON number the API would send. */
export function addMinor(value: number, deltaMinor: bigint, currencyCode: string): number {
  const currency = findCurrency(currencyCode);
  if (!currency) return value;
  const minor = value < 0 ? -toMinorUnits(-value, currency) : toMinorUnits(value, currency);
  return minorToNumber(minor + deltaMinor, currency);
}

function separators(locale: string | undefined): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
}

export type AmountInput = { ok: true; amount: string; minor: bigint } | { ok: false; message: string };

/**
 * An amount as a person types it: "1000", "1,000.00", "1 000,50" in a locale that writes it so. Group
 * separators must sit every three digits; the result is the plain decimal the API takes. Every refusal
 * is a sentence a person can act on.
 */
export function parseAmountInput(text: string, currency: Currency, locale = LOCALE): AmountInput {
  const { group, decimal } = separators(locale);
  // Spaces (and the narrow no-break spaces some locales group with) are all one kind of space here.
  const typed = text.trim().replace(/[\s\u00a0\u202f]/g, ' ');
  if (typed === '') return { ok: false, message: 'Enter an amount' };
  if (typed.startsWith('-')) return { ok: false, message: 'Enter an amount greater than 0' };
  const groupChar = /\s/.test(group) ? ' ' : group;
  const [whole = '', fraction, extra] = typed.split(decimal);
  if (extra !== undefined) return { ok: false, message: `Write "${decimal}" only once` };
  const groupedOk = new RegExp(`^\\d{1,3}(${escapeRegExp(groupChar)}\\d{3})+$`).test(whole);
  if (!/^\d+$/.test(whole) && !groupedOk) {
    return {
      ok: false,
      message: `Enter the amount in digits, like ${example(currency, locale)}`,
    };
  }
  if (fraction !== undefined && !/^\d+$/.test(fraction)) {
    return { ok: false, message: `Enter the amount in digits, like ${example(currency, locale)}` };
  }
  const plain = `${whole.split(groupChar).join('')}${fraction === undefined ? '' : `.${fraction}`}`;
  const parsed = parseAmount(plain, currency);
  if (parsed.ok) return { ok: true, amount: plain, minor: parsed.minor };
  if ((fraction?.length ?? 0) > currency.exponent) {
    return {
      ok: false,
      message:
        currency.exponent === 0
          ? `${currency.code} amounts are whole numbers, without decimals`
          : `${currency.code} amounts have at most ${currency.exponent} decimal places`,
    };
  }
  if (/^0*(\.0*)?$/.test(plain)) {
    return { ok: false, message: 'Enter an amount greater than 0' };
  }
  return {
    ok: false,
    message: `The most one payment can move is ${formatMoney(minorToNumber(currency.maxAmountMinor, currency), currency.code)}`,
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function example(currency: Currency, locale: string | undefined): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: currency.exponent,
    maximumFractionDigits: currency.exponent,
  }).format(1000);
}
