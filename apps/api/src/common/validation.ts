import { applyDecorators } from '@nestjs/common';
import { canonicalDecimal } from '@wallet/money';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, Matches, Max, Min, ValidateBy, ValidateIf } from 'class-validator';
import { JsonNumber } from './http/json-body.middleware';
import { decodeCursor, MAX_PAGE_SIZE } from './page';

/*
 * The building blocks of the request classes. Each field lists its checks in the order they run: the
 * ValidationPipe stops at a field's first failed check, so every field reports one message, and the
 * checks of one helper are applied in the order written (applyDecorators applies them in turn).
 */

export const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** 1 to 255 visible ASCII characters, as the contract says. */
export const IDEMPOTENCY_KEY = /^[\x21-\x7E]{1,255}$/;

/** The characters of Unicode's Cc category (what `\p{Cc}` matches), which no name may contain. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
export const NO_CONTROL_CHARACTERS = /^[^\u0000-\u001F\u007F-\u009F]*$/;

/** The email addresses accepted so far (zod 4's rule), so no existing account's address is refused. */
export const EMAIL =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

const CURSOR = /^[A-Za-z0-9_-]{1,32}$/;

/** A field's checks, run in the order given (stacked decorators would run bottom-up). */
export const Rules = (...checks: PropertyDecorator[]) => applyDecorators(...checks);

/** A check with its message, for rules class-validator has no decorator for. */
function Check(name: string, validate: (value: unknown) => boolean, message: string): PropertyDecorator {
  return ValidateBy({ name, validator: { validate, defaultMessage: () => message } });
}

/** Absent is refused; null and other wrong types reach the field's type check. */
export const Required = () => Check('isPresent', (value) => value !== undefined, 'is required');

/**
 * Absent is allowed, and the field's checks are skipped. Unlike @IsOptional(), null is still checked
 * (and refused): a JSON null is not the same as leaving the field out.
 */
export const Optional = () => ValidateIf((_object, value) => value !== undefined);

/** null is allowed (it means "none"), and the field's checks are skipped; absent still reaches Required. */
export const Nullable = () => ValidateIf((_object, value) => value !== null);

export const IsText = () => Check('isText', (value) => typeof value === 'string', 'must be a string');

/** Lengths count UTF-16 code units, as String#length does (class-validator counts code points). */
export const MinChars = (min: number, message: string) =>
  Check('minChars', (value) => typeof value === 'string' && value.length >= min, message);
export const MaxChars = (max: number, message = `must be at most ${max} characters`) =>
  Check('maxChars', (value) => typeof value === 'string' && value.length <= max, message);

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** A person-given name: trimmed, 1 to `max` characters, no control characters. */
export const DisplayName = (max: number) =>
  applyDecorators(
    Transform(trimmed),
    IsText(),
    MinChars(1, 'must not be empty'),
    MaxChars(max),
    Matches(NO_CONTROL_CHARACTERS, { message: 'must not contain control characters' }),
  );

/** An integrator's own id for a movement: 1 to 64 of [A-Za-z0-9._:-], taken exactly as sent. */
export const REFERENCE = /^[A-Za-z0-9._:-]{1,64}$/;

export const Reference = () =>
  applyDecorators(
    IsText(),
    Matches(REFERENCE, { message: 'must be 1 to 64 of the characters A-Z a-z 0-9 . _ : -' }),
  );

/** An email address: trimmed and lowercased, at most 254 characters. */
export const EmailAddress = () =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)),
    IsText(),
    MaxChars(254),
    Matches(EMAIL, { message: 'must be an email address' }),
  );

/** A UUID, in any case, handed on lowercased. */
export const Uuid = () =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.toLowerCase() : value)),
    IsText(),
    Matches(UUID, { message: 'must be a UUID' }),
  );

/** The position of the first element of a list that is not among `values`, to name it in a field error (scopes.1). */
export const firstNotIn = (values: readonly string[]) => (value: unknown) =>
  Array.isArray(value)
    ? value.findIndex((item) => !(values as readonly unknown[]).includes(item))
    : undefined;

/** One of a fixed list of values. */
export const OneOf = (values: readonly string[], options: { each?: boolean; context?: object } = {}) =>
  IsIn([...values], { ...options, message: `must be one of ${values.join(', ')}` });

/**
 * A request amount in major units: a JSON number (a JsonNumber, its digits as written) or a decimal
 * string, handed on as its text. The exact currency rules (decimals, maxAmount) apply once the wallet's
 * currency is known. The raw value is read from the object: class-transformer would copy a JsonNumber
 * into a plain object before a @Transform sees it.
 */
export const Amount = () =>
  applyDecorators(
    Transform(({ obj, key }) => {
      const raw: unknown = (obj as Record<string, unknown>)[key];
      return raw instanceof JsonNumber ? raw.text : raw;
    }),
    Check('isAmount', (value) => typeof value === 'string', 'must be a number or a decimal string'),
    Check(
      'isPlainDecimal',
      (value) => typeof value === 'string' && canonicalDecimal(value) !== null,
      'must be a plain decimal such as 100 or "100.50" (no sign, exponent, spaces or hex)',
    ),
  );

/** A query parameter given twice arrives as a list; each parameter means one value. */
export const GivenOnce = () => Check('givenOnce', (value) => !Array.isArray(value), 'must be given once');

/** ?limit=: a whole number from 1 to MAX_PAGE_SIZE. */
export const PageLimit = () =>
  applyDecorators(
    Optional(),
    Transform(({ value }) => (typeof value === 'string' && /^\d{1,3}$/.test(value) ? Number(value) : value)),
    GivenOnce(),
    IsInt({ message: `must be a whole number from 1 to ${MAX_PAGE_SIZE}` }),
    Min(1, { message: 'must be at least 1' }),
    Max(MAX_PAGE_SIZE, { message: `must be at most ${MAX_PAGE_SIZE}` }),
  );

/** ?cursor=: a nextCursor this API gave out, decoded to its position. */
export const PageCursor = () =>
  applyDecorators(
    Optional(),
    Transform(({ value }) =>
      typeof value === 'string' && CURSOR.test(value) ? (decodeCursor(value) ?? value) : value,
    ),
    GivenOnce(),
    Check('isCursor', (value) => typeof value === 'bigint', 'is not a cursor this API gave out'),
  );

/** ?q=: optional search text, trimmed, 1 to `max` characters, no control characters. */
export const SearchText = (max: number) => applyDecorators(Optional(), GivenOnce(), DisplayName(max));

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?$/;
const DAY_MS = 86_400_000;

function realDate(year: number, month: number, day: number): boolean {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return year >= 1970 && month >= 1 && month <= 12 && day >= 1 && day <= days;
}

/**
 * An ISO 8601 date (2026-11-27) or date-time (2026-11-27T10:00:00Z; no offset means UTC; at most
 * millisecond precision, as the ledger stores) to the instant it names. A date alone is the start of that
 * day, or with `edge` 'end' its last millisecond, so `to=2026-11-30` includes the 30th. Null if invalid.
 */
export function parseInstant(text: string, edge: 'start' | 'end'): Date | null {
  const date = DATE_ONLY.exec(text);
  if (date) {
    const [year, month, day] = date.slice(1).map(Number) as [number, number, number];
    if (!realDate(year, month, day)) return null;
    const start = Date.UTC(year, month - 1, day);
    return new Date(edge === 'end' ? start + DAY_MS - 1 : start);
  }
  const time = DATE_TIME.exec(text);
  if (!time) return null;
  const [year, month, day, hour, minute] = time.slice(1, 6).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (!realDate(year, month, day) || hour > 23 || minute > 59 || Number(time[6] ?? 0) > 59) return null;
  const parsed = new Date(time[8] ? text : `${text}Z`);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

/** ?at=, ?from=, ?to=: an optional ISO 8601 date or date-time, handed on as the instant it names. */
export const QueryInstant = (edge: 'start' | 'end') =>
  applyDecorators(
    Optional(),
    Transform(({ value }) => (typeof value === 'string' ? (parseInstant(value, edge) ?? value) : value)),
    GivenOnce(),
    Check(
      'isInstant',
      (value) => value instanceof Date,
      'must be an ISO 8601 date (2026-11-27) or date-time (2026-11-27T10:00:00Z)',
    ),
  );

/** An optional query parameter naming one of `values`. */
export const QueryChoice = (values: readonly string[]) =>
  applyDecorators(Optional(), GivenOnce(), OneOf(values));
