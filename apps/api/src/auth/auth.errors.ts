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
