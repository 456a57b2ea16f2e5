import { canonicalDecimal } from '@wallet/money';
import { z } from 'zod';
import { JsonNumber } from './http/json-body.middleware';
import { decodeCursor } from './page';

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export const uuidSchema = z
  .string()
  .regex(UUID, 'must be a UUID')
  .transform((id) => id.toLowerCase())
  .meta({ format: 'uuid', example: '3f0c9c5e-8a54-4c36-9a3f-6d2f4b8a1c10' });

/**
 * A request amount in major units: a JSON number or a decimal string, written plainly. The exact
 * currency rules (decimals, maxAmount) apply once the wallet's currency is known.
 */
export const amountSchema = z
  .custom<JsonNumber | string>((value) => value instanceof JsonNumber || typeof value === 'string', {
    message: 'must be a number or a decimal string',
  })
  .transform((value) => (value instanceof JsonNumber ? value.text : value))
  .refine((text) => canonicalDecimal(text) !== null, {
    message: 'must be a plain decimal such as 100 or "100.50" (no sign, exponent, spaces or hex)',
  })
  .meta({
    description:
      'Amount in major units, as a JSON number or a decimal string. Must be > 0, have no more decimals than the currency allows (USD 2, JPY 0, KWD 3) and not exceed its maxAmount. Never rounded.',
    oneOf: [
      { type: 'number', exclusiveMinimum: true, minimum: 0, example: 100.5 },
      { type: 'string', pattern: '^\\d+(\\.\\d+)?$', example: '100.50' },
    ],
    example: '100.50',
  });

export const limitSchema = z
  .string()
  .regex(/^\d{1,3}$/, 'must be a whole number from 1 to 100')
  .transform(Number)
  .pipe(z.number().int().min(1, 'must be at least 1').max(100, 'must be at most 100'))
  .meta({ type: 'integer', minimum: 1, maximum: 100, default: 20 });

export const cursorSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,32}$/, 'is not a cursor this API gave out')
  .transform((cursor, ctx) => {
    const seq = decodeCursor(cursor);
    if (seq === null) {
      ctx.addIssue({ code: 'custom', message: 'is not a cursor this API gave out' });
      return z.NEVER;
    }
    return seq;
  })
  .meta({ description: 'The nextCursor of the previous page.' });

/** 1 to 255 visible ASCII characters (API.md). */
export const IDEMPOTENCY_KEY = /^[\x21-\x7E]{1,255}$/;

/** A person-given name: trimmed, 1 to `max` characters, no control characters. */
export function displayNameSchema(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters');
}
