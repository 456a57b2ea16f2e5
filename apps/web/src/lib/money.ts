import { findCurrency, formatMinor, minorToNumber, toMinorUnits } from '@wallet/money';

/**
 * Money for people: "$1,234.50", "¥1,500", "KWD 1.234". The exact decimal string goes to Intl, so
 * nothing is rounded on the way to the screen.
 */
export function formatMoney(value: number, currencyCode: string): string {
  const currency = findCurrency(currencyCode);
  if (!currency) return `${value} ${currencyCode}`;
  // An optimistic balance may dip below zero for a moment before the server declines.
  if (value < 0) return `−${formatMoney(-value, currencyCode)}`;
  const exact = formatMinor(toMinorUnits(value, currency), currency);
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: currency.code,
    minimumFractionDigits: currency.exponent,
    maximumFractionDigits: currency.exponent,
    // Intl formats a decimal string exactly; the cast is for TypeScript's older signature.
  }).format(exact as unknown as number);
}

/** value + deltaMinor, exactly, back as the JSON number the API would send. */
export function addMinor(value: number, deltaMinor: bigint, currencyCode: string): number {
  const currency = findCurrency(currencyCode);
  if (!currency) return value;
  // An optimistic value may already be below zero (a transfer the server has yet to decline).
  const minor = value < 0 ? -toMinorUnits(-value, currency) : toMinorUnits(value, currency);
  return minorToNumber(minor + deltaMinor, currency);
}
