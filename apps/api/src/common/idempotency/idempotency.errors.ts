import { DomainError } from '../errors';

export class IdempotencyKeyReusedError extends DomainError {
  constructor() {
    super(
      'IDEMPOTENCY_KEY_REUSED',
      'This Idempotency-Key was already used for a different request. Use a new key for a new request.',
    );
  }
}

export class IdempotencyKeyInProgressError extends DomainError {
  constructor() {
    super(
      'IDEMPOTENCY_KEY_IN_PROGRESS',
      'A request with this Idempotency-Key is still being processed. Retry in a moment to get its result.',
    );
  }
}
