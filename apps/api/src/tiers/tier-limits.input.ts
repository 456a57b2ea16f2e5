import { type Currency, findCurrency } from '@wallet/money';
import { type FieldError, ValidationFailedError } from '../common/errors';
import { JsonNumber } from '../common/http/json-body.middleware';

/** A currency's limits as stored: minor units, null for a period that is not limited. */
export interface LimitsMinor {
  dailyMinor: bigint | null;
  monthlyMinor: bigint | null;
}

/** The largest limit (15 significant digits, like every amount the API sends as a JSON number). */
const MAX_LIMIT_MINOR = 999_999_999_999_999n;
const PERIODS = ['daily', 'monthly'] as const;
/** The most currencies one tier may list (there are fewer supported ones; a bound on the work). */
const MAX_CURRENCIES = 50;

/**
 * An admin's `limits` ({ USD: { daily, monthly } }, major units) in minor units, exactly, or 400 listing
 * every problem. Each period is null (not limited) or a plain decimal >= 0 with at most the currency's
 * decimals and at most 15 significant digits; a daily limit above the monthly one is refused (it could
 * never be reached). A currency with both periods null is left out: it is not limited.
 */
export function parseTierLimits(input: Record<string, unknown>): Map<string, LimitsMinor> {
  const errors: FieldError[] = [];
  const limits = new Map<string, LimitsMinor>();
  const entries = Object.entries(input);
  if (entries.length > MAX_CURRENCIES) {
    throw new ValidationFailedError(`limits lists more than ${MAX_CURRENCIES} currencies.`, [
      { field: 'limits', message: `must list at most ${MAX_CURRENCIES} currencies` },
    ]);
  }
  for (const [code, value] of entries) {
    const field = `limits.${code.slice(0, 8)}`;
    const currency = findCurrency(code);
    if (!currency) {
      errors.push({ field, message: 'is not a supported currency (see GET /api/v1/currencies)' });
      continue;
    }
    const parsed = currencyLimits(value, currency, field, errors);
    if (parsed && (parsed.dailyMinor !== null || parsed.monthlyMinor !== null)) limits.set(code, parsed);
  }
  if (errors.length > 0) {
    throw new ValidationFailedError(
      `The limits are not valid: ${errors[0]?.field} ${errors[0]?.message}.`,
      errors,
    );
  }
  return limits;
}

function currencyLimits(
  value: unknown,
  currency: Currency,
  field: string,
  errors: FieldError[],
): LimitsMinor | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof JsonNumber) {
    errors.push({ field, message: 'must be an object { daily, monthly }' });
    return null;
  }
  const record = value as Record<string, unknown>;
  const unknown = Object.keys(record).filter((key) => !(PERIODS as readonly string[]).includes(key));
  for (const key of unknown)
    errors.push({ field: `${field}.${key.slice(0, 16)}`, message: 'is not a known field' });
  const before = errors.length;
  const [dailyMinor, monthlyMinor] = PERIODS.map((period) =>
    limitMinor(record[period], currency, `${field}.${period}`, errors),
  );
  if (errors.length > before || unknown.length > 0) return null;
  const limits = { dailyMinor: dailyMinor ?? null, monthlyMinor: monthlyMinor ?? null };
  if (limits.dailyMinor !== null && limits.monthlyMinor !== null && limits.dailyMinor > limits.monthlyMinor) {
    errors.push({ field: `${field}.daily`, message: 'must not be above the monthly limit' });
    return null;
  }
  return limits;
}

function limitMinor(value: unknown, currency: Currency, field: string, errors: FieldError[]): bigint | null {
  if (value === undefined) {
    errors.push({ field, message: 'is required (null for no limit)' });
    return null;
  }
  if (value === null) return null;
  const text = value instanceof JsonNumber ? value.text : typeof value === 'string' ? value : null;
  const match = text === null ? null : /^(\d{1,16})(?:\.(\d{1,16}))?$/.exec(text);
  if (!match) {
    errors.push({ field, message: 'must be null or a plain decimal >= 0 such as 10000 or "10000.00"' });
    return null;
  }
  const [, whole = '', fraction = ''] = match;
  if (fraction.length > currency.exponent) {
    errors.push({ field, message: `${currency.code} has ${currency.exponent} decimal places at most` });
    return null;
  }
  const minor = BigInt(whole + fraction.padEnd(currency.exponent, '0'));
  if (minor > MAX_LIMIT_MINOR) {
    errors.push({ field, message: 'must have at most 15 significant digits' });
    return null;
  }
  return minor;
}
