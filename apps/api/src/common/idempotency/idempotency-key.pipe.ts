import { createParamDecorator, type ExecutionContext, PipeTransform } from '@nestjs/common';
import type { Request } from 'express';
import { ValidationFailedError } from '../errors';
import { IDEMPOTENCY_KEY } from '../validation';

/** The Idempotency-Key header: absent, or 1 to 255 visible ASCII characters. */
export class IdempotencyKeyPipe implements PipeTransform<unknown, string | undefined> {
  transform(value: unknown): string | undefined {
    if (value === undefined) return undefined;
    if (typeof value === 'string' && IDEMPOTENCY_KEY.test(value)) return value;
    throw new ValidationFailedError('The Idempotency-Key header must be 1 to 255 visible ASCII characters.', [
      { field: 'Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters (no spaces)' },
    ]);
  }
}

const IdempotencyKeyHeader = createParamDecorator(
  (_data: unknown, context: ExecutionContext) =>
    context.switchToHttp().getRequest<Request>().headers['idempotency-key'],
);

/** Injects the validated Idempotency-Key header of the request (or undefined). */
export const IdempotencyKey = () => IdempotencyKeyHeader(new IdempotencyKeyPipe());
