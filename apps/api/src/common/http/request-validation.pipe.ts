import { type ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { type FieldError, ValidationFailedError } from '../errors';
import { JsonNumber } from './json-body.middleware';
import { shortened } from './problem';

/** The request part a detail sentence names. */
const PART: Record<ArgumentMetadata['type'], string> = {
  body: 'body',
  query: 'query',
  param: 'path',
  custom: 'request',
};

/**
 * The most top-level fields a body or query string may have. Every request class has a dozen at most;
 * past this the request is refused before class-validator looks at it, so a body of thousands of
 * unknown fields costs one count, not one error each.
 */
export const MAX_FIELDS = 32;
/** The most field errors one answer lists; the detail says how many more there were. */
export const MAX_FIELD_ERRORS = 10;
/** How many bytes (as JSON text) of a field's name an answer repeats: names of unknown fields are the client's. */
const MAX_NAME_BYTES = 64;

/** What class-validator said, on its way to becoming a VALIDATION_FAILED that names the request part. */
class InvalidFields extends Error {
  constructor(readonly errors: FieldError[]) {
    super('invalid fields');
  }
}

/**
 * Validates the body, query and path parameters against their request classes (class-validator) and
 * turns every refusal into a 400 VALIDATION_FAILED with one field error per field: "The body is not
 * valid: amount must be ...". Fields not in the class are refused, a missing body counts as `{}`.
 * Answers stay small whatever was sent: at most MAX_FIELD_ERRORS errors, long names shortened.
 */
@Injectable()
export class RequestValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      stopAtFirstError: true,
      validationError: { target: false, value: true },
      exceptionFactory: (errors) =>
        new InvalidFields([
          ...errors.filter((e) => !isUnknownField(e)).flatMap(fieldErrors),
          ...errors.filter(isUnknownField).flatMap(fieldErrors),
        ]),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const part = PART[metadata.type];
    if (metadata.type === 'body') {
      if (value === undefined) value = {};
      else if (!isJsonObject(value))
        throw invalid(part, [{ field: '(body)', message: 'must be a JSON object' }]);
    }
    if ((metadata.type === 'body' || metadata.type === 'query') && isJsonObject(value)) {
      const fields = Object.keys(value as object).length;
      if (fields > MAX_FIELDS) {
        throw new ValidationFailedError(
          `The ${part} has ${count(fields)} fields, more than any request of this API takes (at most ${MAX_FIELDS}).`,
        );
      }
    }
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof InvalidFields) throw invalid(part, error.errors);
      throw error;
    }
  }
}

function isJsonObject(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof JsonNumber)
  );
}

function invalid(part: string, all: FieldError[]): ValidationFailedError {
  const errors = all
    .slice(0, MAX_FIELD_ERRORS)
    .map(({ field, message }) => ({ field: shortened(field, MAX_NAME_BYTES), message }));
  const first = errors[0];
  const more = all.length - errors.length;
  const detail = !first
    ? `The ${part} is not valid.`
    : more > 0
      ? `The ${part} is not valid: ${first.field} ${first.message}, and ${count(more)} more (errors lists the first ${errors.length}).`
      : `The ${part} is not valid: ${first.field} ${first.message}.`;
  return new ValidationFailedError(detail, errors);
}

const count = (n: number) => n.toLocaleString('en-US');

/** Unknown fields are listed after the known fields' errors, as before. */
const isUnknownField = (error: ValidationError) => 'whitelistValidation' in (error.constraints ?? {});

/**
 * Each failed field as {field, message}. A check may name the element at fault through its context: `{ at: (value) => index }`.
 */
function fieldErrors(error: ValidationError): FieldError[] {
  const own = Object.entries(error.constraints ?? {}).map(([type, message]): FieldError => {
    const at = (
      error.contexts?.[type] as { at?: (value: unknown) => string | number | undefined } | undefined
    )?.at?.(error.value);
    const field = at === undefined ? error.property : `${error.property}.${at}`;
    return { field, message: type === 'whitelistValidation' ? 'is not a known field' : message };
  });
  const nested = (error.children ?? []).flatMap((child) =>
    fieldErrors(child).map((e) => ({ ...e, field: `${error.property}.${e.field}` })),
  );
  return [...own, ...nested];
}
