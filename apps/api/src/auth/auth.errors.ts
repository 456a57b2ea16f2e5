import { DomainError } from '../common/errors';

export class UnauthenticatedError extends DomainError {
  constructor(detail = 'Sign in, or send an API key as Authorization: Bearer <key>.') {
    super('UNAUTHENTICATED', detail);
  }
}

export class ForbiddenError extends DomainError {
  constructor(detail: string) {
    super('FORBIDDEN', detail);
  }
}

export class RateLimitedError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super('RATE_LIMITED', `Too many requests. Try again in ${retryAfterSeconds} seconds.`, {
      retryAfterSeconds,
    });
  }
}
