import { ApiError } from '../../../lib/api-client';

/** What the API said about `field` in a 400 VALIDATION_FAILED ("is not right"), as a sentence. */
export function fieldError(error: unknown, field: string, name: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const message = error.fieldErrors.find((e) => e.field === field)?.message;
  return message ? `${name} ${message}.` : undefined;
}
