import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiResponse } from '@nestjs/swagger';
import type { ErrorCode } from '../errors';
import { describe } from './problem';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** The JSON body, documented from the same zod schema that validates it (registered by name). */
export const ApiJsonBody = (schemaName: string, required = true) =>
  ApiBody({ schema: ref(schemaName), required });

export const ApiOk = (status: number, schemaName: string, description: string) =>
  ApiResponse({ status, description, schema: ref(schemaName) });

/** The problem+json answers a route can give, grouped by status, each listing its codes. */
export function ApiProblems(...codes: ErrorCode[]) {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) {
    const { status } = describe(code);
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return applyDecorators(
    ...[...byStatus].map(([status, list]) =>
      ApiResponse({
        status,
        description: list.join(', '),
        content: { 'application/problem+json': { schema: ref('Problem') } },
      }),
    ),
  );
}

export const ApiIdempotencyKey = () =>
  ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description:
      'Any 1-255 visible ASCII characters, fresh per action (a UUID is ideal). Resending the same request with the same key replays the first answer (with Idempotent-Replayed: true) and moves no money twice.',
    schema: { type: 'string', minLength: 1, maxLength: 255, example: 'b7e0c8a2-5d1f-4f4e-9c1b-0e6a1d2f3c4b' },
  });
