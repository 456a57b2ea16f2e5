import type { DomainError, ErrorCode } from '../errors';
import type { Problem } from './problem.dto';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** HTTP status and title of each code. The switch is exhaustive: a new code will not compile until mapped. */
export function describe(code: ErrorCode): { status: number; title: string } {
  switch (code) {
    case 'VALIDATION_FAILED':
      return { status: 400, title: 'The request is not valid' };
    case 'SAME_WALLET_TRANSFER':
      return { status: 400, title: 'Source and destination are the same wallet' };
    case 'UNKNOWN_API_VERSION':
      return { status: 400, title: 'Unknown API version' };
    case 'UNAUTHENTICATED':
      return { status: 401, title: 'Authentication required' };
    case 'API_KEY_EXPIRED':
      return { status: 401, title: 'The API key has expired' };
    case 'OTP_REQUIRED':
      return { status: 401, title: 'A two-factor code is required' };
    case 'FORBIDDEN':
      return { status: 403, title: 'Not allowed' };
    case 'WALLET_NOT_FOUND':
      return { status: 404, title: 'Wallet not found' };
    case 'TRANSACTION_NOT_FOUND':
      return { status: 404, title: 'Transaction not found' };
    case 'NOT_FOUND':
      return { status: 404, title: 'Not found' };
    case 'IDEMPOTENCY_KEY_IN_PROGRESS':
      return { status: 409, title: 'A request with this Idempotency-Key is still in progress' };
    case 'DELIVERY_PENDING':
      return { status: 409, title: 'The webhook delivery is still being tried' };
    case 'TWO_FACTOR_ALREADY_ENABLED':
      return { status: 409, title: 'Two-factor sign-in is already on' };
    case 'TWO_FACTOR_NOT_ENABLED':
      return { status: 409, title: 'Two-factor sign-in is not on' };
    case 'TWO_FACTOR_REQUIRED':
      return { status: 403, title: 'Two-factor sign-in required' };
    case 'PAYLOAD_TOO_LARGE':
      return { status: 413, title: 'Request body too large' };
    case 'INSUFFICIENT_FUNDS':
      return { status: 422, title: 'Insufficient funds' };
    case 'CURRENCY_MISMATCH':
      return { status: 422, title: 'Currencies do not match' };
    case 'BALANCE_LIMIT_EXCEEDED':
      return { status: 422, title: 'Balance limit exceeded' };
    case 'IDEMPOTENCY_KEY_REUSED':
      return { status: 422, title: 'Idempotency-Key reused with a different request' };
    case 'NOT_REFUNDABLE':
      return { status: 422, title: 'This transaction cannot be refunded' };
    case 'REFUND_EXCEEDS_REMAINING':
      return { status: 422, title: 'Refund exceeds what is left to refund' };
    case 'LIMIT_EXCEEDED':
      return { status: 422, title: 'Tier limit exceeded' };
    case 'WALLET_FROZEN':
      return { status: 422, title: 'The wallet is frozen' };
    case 'SECOND_APPROVER_REQUIRED':
      return { status: 409, title: 'Another staff member must approve this' };
    case 'ADJUSTMENT_NOT_PROPOSED':
      return { status: 409, title: 'The adjustment is already decided' };
    case 'REVIEW_NOT_PENDING':
      return { status: 409, title: 'The held transfer was decided already' };
    case 'API_KEY_NOT_ACTIVE':
      return { status: 409, title: 'The API key is no longer active' };
    case 'PAYMENT_REQUEST_NOT_OPEN':
      return { status: 409, title: 'The payment request is not open' };
    case 'HOLD_NOT_ACTIVE':
      return { status: 409, title: 'The hold is no longer active' };
    case 'SCHEDULED_TRANSFER_ENDED':
      return { status: 409, title: 'The scheduled transfer has ended' };
    case 'BATCH_TRANSFER_FAILED':
      return { status: 422, title: 'A transfer of the batch was refused' };
    case 'RATE_LIMITED':
      return { status: 429, title: 'Too many requests' };
    case 'INTERNAL':
      return { status: 500, title: 'Internal error' };
    case 'SERVICE_UNAVAILABLE':
      return { status: 503, title: 'Service unavailable' };
  }
}

export function problemType(code: ErrorCode): string {
  return `urn:wallet:problem:${code.toLowerCase().replaceAll('_', '-')}`;
}

export function problemFromError(error: DomainError): Problem {
  const { status, title } = describe(error.code);
  return {
    type: problemType(error.code),
    title,
    status,
    detail: error.detail,
    code: error.code,
    ...error.extensions,
  };
}

/** How many bytes `text` takes inside a JSON answer (escapes included). */
const jsonBytes = (text: string) => Buffer.byteLength(JSON.stringify(text)) - 2;

/**
 * `text` cut to at most `maxBytes` as JSON text, ending in "…" when cut;
 * never splits a character. For what an answer repeats of a request (a field's name, a path).
 */
export function shortened(text: string, maxBytes: number): string {
  if (jsonBytes(text) <= maxBytes) return text;
  const ellipsis = jsonBytes('…');
  let kept = '';
  let bytes = 0;
  for (const char of text) {
    bytes += jsonBytes(char);
    if (bytes > maxBytes - ellipsis) break;
    kept += char;
  }
  return `${kept}…`;
}
