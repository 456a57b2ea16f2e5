import { PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { type FieldError, ValidationFailedError } from '../errors';

/**
 * Validates one request part (body, query, a path parameter) against a zod schema, and turns every
 * issue into a field error of a 400 VALIDATION_FAILED. `where` names the part in the detail sentence.
 */
export class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(
    private readonly schema: S,
    private readonly where: string,
    private readonly field?: string,
  ) {}

  transform(value: unknown): z.output<S> {
    const result = this.schema.safeParse(value === undefined && !this.field ? {} : value);
    if (result.success) return result.data;
    const errors: FieldError[] = result.error.issues.map((issue) => ({
      field: fieldName(this.field, issue),
      message: messageOf(issue),
    }));
    const first = errors[0];
    throw new ValidationFailedError(
      first
        ? `The ${this.where} is not valid: ${first.field} ${first.message}.`
        : `The ${this.where} is not valid.`,
      errors,
    );
  }
}

function fieldName(field: string | undefined, issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return [...issue.path, ...issue.keys].join('.');
  const path = issue.path.map(String).join('.');
  return [field, path].filter(Boolean).join('.') || '(body)';
}

function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return 'is not a known field';
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
  return issue.message;
}
