/**
 * The API's stable error codes (listed in the OpenAPI description). Domain errors carry one; only the
 * problem filter knows HTTP.
 */
export type ErrorCode =
  | 'VALIDATION_FAILED'
  | 'SAME_WALLET_TRANSFER'
  | 'UNKNOWN_API_VERSION'
  | 'UNAUTHENTICATED'
  | 'API_KEY_EXPIRED'
  | 'OTP_REQUIRED'
  | 'FORBIDDEN'
  | 'WALLET_NOT_FOUND'
  | 'TRANSACTION_NOT_FOUND'
  | 'NOT_FOUND'
  | 'IDEMPOTENCY_KEY_IN_PROGRESS'
  | 'DELIVERY_PENDING'
  | 'TWO_FACTOR_ALREADY_ENABLED'
  | 'TWO_FACTOR_NOT_ENABLED'
  | 'TWO_FACTOR_REQUIRED'
  | 'PAYLOAD_TOO_LARGE'
  | 'INSUFFICIENT_FUNDS'
  | 'CURRENCY_MISMATCH'
  | 'BALANCE_LIMIT_EXCEEDED'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'NOT_REFUNDABLE'
  | 'REFUND_EXCEEDS_REMAINING'
  | 'LIMIT_EXCEEDED'
  | 'WALLET_FROZEN'
  | 'SECOND_APPROVER_REQUIRED'
  | 'ADJUSTMENT_NOT_PROPOSED'
  | 'REVIEW_NOT_PENDING'
  | 'PAYMENT_REQUEST_NOT_OPEN'
  | 'HOLD_NOT_ACTIVE'
  | 'API_KEY_NOT_ACTIVE'
  | 'SCHEDULED_TRANSFER_ENDED'
  | 'BATCH_TRANSFER_FAILED'
  | 'RATE_LIMITED'
  | 'INTERNAL'
  | 'SERVICE_UNAVAILABLE';

export interface FieldError {
  field: string;
  message: string;
}

/** A rule of the domain said no. `detail` is a sentence the caller can act on. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly extensions: { errors?: FieldError[]; [member: string]: unknown } = {},
  ) {
    super(detail);
    this.name = new.target.name;
  }
}

export class ValidationFailedError extends DomainError {
  constructor(detail: string, errors: FieldError[] = []) {
    super('VALIDATION_FAILED', detail, errors.length > 0 ? { errors } : {});
  }
}

export class RouteNotFoundError extends DomainError {
  constructor(method: string, path: string) {
    super('NOT_FOUND', `There is no ${method} ${path}. The API lives under /api/v1; see /api/docs.`);
  }
}

export class PayloadTooLargeError extends DomainError {
  constructor(limitBytes: number) {
    super('PAYLOAD_TOO_LARGE', `The request body is larger than ${limitBytes / 1000} kB.`);
  }
}

/**
 * The database is overloaded or out of reach: no pooled connection in time, a lock or statement that
 * ran out of time, a refused connection. Nothing was changed; the same request may be retried.
 */
export class ServiceUnavailableError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      'SERVICE_UNAVAILABLE',
      `The service is busy or its database is unreachable; nothing was changed. Retry in ${retryAfterSeconds} seconds.`,
      { retryAfterSeconds },
    );
  }
}
