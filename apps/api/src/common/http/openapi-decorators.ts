import { applyDecorators, type Type } from '@nestjs/common';
import { ApiHeader, ApiProperty, ApiResponse } from '@nestjs/swagger';
import type { ErrorCode } from '../errors';
import { describe, problemType } from './problem';
import type { Problem } from './problem.dto';

/* How the response classes' fields are documented, so each shape is described once. */

export const UuidProperty = (description?: string) =>
  ApiProperty({ type: String, format: 'uuid', ...(description ? { description } : {}) });

export const NullableUuid = (description?: string) =>
  ApiProperty({ type: String, format: 'uuid', nullable: true, ...(description ? { description } : {}) });

export const DateTime = (nullable = false) =>
  ApiProperty({ type: String, format: 'date-time', ...(nullable ? { nullable } : {}) });

export const Money = (example: number, description = 'Major units, exact (at most 15 significant digits).') =>
  ApiProperty({ type: Number, description, example });

/** Sent with every answer: the caller's X-Request-Id when it is sane, else a fresh one. */
export const REQUEST_ID_HEADER = {
  'X-Request-Id': {
    description:
      'Identifies the request in the logs: the X-Request-Id sent, if it was sane, else a new UUID.',
    schema: { type: 'string' },
  },
};

/** Sent on every answer of an authenticated route: the per-user limit (draft-ietf-httpapi-ratelimit-headers). */
export const RATE_LIMIT_STATUS_HEADERS = {
  'RateLimit-Policy': {
    description:
      'The limit that counts this request: `"api";q=<requests>;w=<window seconds>` per user (their tier\'s number: standard 100, premium 1000), or `"anonymous";q=...` per client address without a credential (10).',
    schema: { type: 'string', example: '"api";q=100;w=60' },
  },
  RateLimit: {
    description:
      'What is left of it: `"api";r=<requests remaining>;t=<seconds until the window resets>` (or `"anonymous";...`).',
    schema: { type: 'string', example: '"api";r=99;t=42' },
  },
};

/** A successful answer of `type` (a response class, or a named schema such as CurrencyList). */
export const ApiOk = (
  status: number,
  type: Type<unknown> | string,
  description: string,
  headers: Record<string, { description: string; schema: object }> = {},
) =>
  ApiResponse({
    status,
    description,
    headers: { ...REQUEST_ID_HEADER, ...RATE_LIMIT_STATUS_HEADERS, ...headers },
    ...(typeof type === 'string' ? { schema: { $ref: `#/components/schemas/${type}` } } : { type }),
  });

/** Who may call a route: what decides the problems it can answer with besides its own. */
export type RouteAccess = 'scoped' | 'signed-in' | 'public';

/**
 * The problems every route of an access answers with, so that no route repeats them: a credential can be
 * missing or expired (401) and over its limit (429); a scoped route's can also lack the scope (403).
 */
const DEFAULT_PROBLEMS: Record<RouteAccess, readonly ErrorCode[]> = {
  scoped: ['UNAUTHENTICATED', 'FORBIDDEN', 'RATE_LIMITED'],
  'signed-in': ['UNAUTHENTICATED', 'RATE_LIMITED'],
  public: [],
};

/** The problem+json answers of a route that needs a scope (@RequireScope): the defaults and `codes`. */
export function ApiProblems(...codes: ErrorCode[]) {
  return ApiRouteProblems('scoped', ...codes);
}

/**
 * The problem+json answers a route can give, grouped by status, each listing its codes: its access's
 * defaults, then its own. Every route may also answer 503 SERVICE_UNAVAILABLE (the database overloaded
 * or out of reach), with Retry-After.
 */
export function ApiRouteProblems(access: RouteAccess, ...codes: ErrorCode[]) {
  const defaults = DEFAULT_PROBLEMS[access];
  const repeated = codes.filter((code) => defaults.includes(code));
  // A repeat would list a code twice in the document; the defaults are written once, above.
  if (repeated.length > 0) throw new Error(`${repeated.join(', ')}: already a default of a ${access} route`);
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of [...defaults, ...codes, 'SERVICE_UNAVAILABLE' as const]) {
    const { status } = describe(code);
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return applyDecorators(
    ...[...byStatus].map(([status, list]) =>
      ApiResponse({
        status,
        description: list.join(', '),
        headers:
          status === 429
            ? { ...REQUEST_ID_HEADER, ...RATE_LIMIT_STATUS_HEADERS, ...RATE_LIMIT_HEADERS }
            : status === 503
              ? { ...REQUEST_ID_HEADER, ...RETRY_HEADERS }
              : REQUEST_ID_HEADER,
        content: {
          'application/problem+json': {
            schema: { $ref: '#/components/schemas/Problem' },
            examples: Object.fromEntries(
              list.map((code) => [code, { summary: describe(code).title, value: exampleProblem(code) }]),
            ),
          },
        },
      }),
    ),
  );
}

const EXAMPLE_ID = '3f2b8c1e-7a4d-4e5f-9b6a-1c2d3e4f5a6b';

/**
 * What each code's answer looks like, for the documentation: a detail as the API writes it and the
 * members that code adds. A Record, so a new code has no example until one is written here.
 */
const EXAMPLES: Record<ErrorCode, Pick<Problem, 'detail'> & Partial<Problem>> = {
  VALIDATION_FAILED: {
    detail: 'The body is not valid: amount must be a positive amount.',
    errors: [{ field: 'amount', message: 'must be a positive amount' }],
  },
  SAME_WALLET_TRANSFER: {
    detail: 'The source and destination are the same wallet. Choose another destination.',
  },
  UNKNOWN_API_VERSION: {
    detail:
      'There is no API version 2026-01-01. Known versions: 2026-11-26, 2026-12-08 (the current one is 2026-12-08).',
  },
  API_KEY_EXPIRED: {
    detail:
      'This API key expired at 2026-12-09T10:00:00.000Z. Use the key that replaced it, or make a new one.',
    expiredAt: '2026-12-09T10:00:00.000Z',
  },
  UNAUTHENTICATED: { detail: 'Sign in, or send an API key as Authorization: Bearer <key>.' },
  OTP_REQUIRED: {
    detail:
      'This account has two-factor sign-in: send the 6-digit code from your authenticator app (or a recovery code) as otp.',
  },
  FORBIDDEN: { detail: 'This API key does not have the transfers:write scope this request needs.' },
  WALLET_NOT_FOUND: { detail: `No wallet with id ${EXAMPLE_ID} exists.` },
  TRANSACTION_NOT_FOUND: { detail: `No transaction with id ${EXAMPLE_ID} exists.` },
  NOT_FOUND: { detail: 'There is no GET /api/v1/nope. The API lives under /api/v1; see /api/docs.' },
  IDEMPOTENCY_KEY_IN_PROGRESS: {
    detail:
      'A request with this Idempotency-Key is still being processed. Retry in a moment to get its result.',
  },
  DELIVERY_PENDING: {
    detail: `The delivery ${EXAMPLE_ID} is still being tried; it can be sent again once it has succeeded or failed.`,
  },
  TWO_FACTOR_ALREADY_ENABLED: {
    detail:
      'Two-factor sign-in is already on for this account. Turn it off first to set up another authenticator.',
  },
  TWO_FACTOR_NOT_ENABLED: { detail: 'Two-factor sign-in is not on for this account.' },
  TWO_FACTOR_REQUIRED: {
    detail:
      'Staff must sign in with two-factor: turn it on in Settings (POST /api/v1/auth/two-factor/setup), then open the console again.',
  },
  PAYLOAD_TOO_LARGE: { detail: 'The request body is larger than 100 kB.' },
  INSUFFICIENT_FUNDS: {
    detail: 'The balance of 10.00 USD does not cover 25.00 USD.',
    transactionId: EXAMPLE_ID,
  },
  CURRENCY_MISMATCH: {
    detail: 'The source wallet holds USD and the destination holds EUR; transfers need one currency.',
    transactionId: EXAMPLE_ID,
  },
  BALANCE_LIMIT_EXCEEDED: {
    detail: 'This would take the balance past the USD limit of 9999999999999.99.',
    transactionId: EXAMPLE_ID,
  },
  IDEMPOTENCY_KEY_REUSED: {
    detail: 'This Idempotency-Key was already used for a different request. Use a new key for a new request.',
  },
  NOT_REFUNDABLE: {
    detail: `Transaction ${EXAMPLE_ID} cannot be refunded: only money received by a transfer (a SUCCESS TRANSFER_IN that is not itself a refund) can be sent back.`,
  },
  REFUND_EXCEEDS_REMAINING: {
    detail: 'At most 12.50 USD of this transfer is left to refund.',
    remaining: 12.5,
  },
  LIMIT_EXCEEDED: {
    detail:
      "25.00 USD would take what you send out today (UTC) past the standard tier's daily limit of 10000.00 USD: 10.00 USD is left today (UTC).",
    transactionId: EXAMPLE_ID,
    tier: 'standard',
    period: 'day',
    currency: 'USD',
    limit: 10000,
    remaining: 10,
  },
  WALLET_FROZEN: {
    detail: `Wallet ${EXAMPLE_ID} is frozen: it cannot send money until an operator unfreezes it. It still receives transfers and funding.`,
    transactionId: EXAMPLE_ID,
  },
  SECOND_APPROVER_REQUIRED: {
    detail: 'You proposed this adjustment: another admin must approve it.',
  },
  ADJUSTMENT_NOT_PROPOSED: {
    detail: `Adjustment ${EXAMPLE_ID} is APPROVED already; only a PROPOSED adjustment can be approved or rejected.`,
  },
  REVIEW_NOT_PENDING: {
    detail: `The held transfer ${EXAMPLE_ID} is RELEASED already; nothing was changed.`,
    reviewStatus: 'RELEASED',
  },
  PAYMENT_REQUEST_NOT_OPEN: {
    detail: `The payment request ${EXAMPLE_ID} is PAID; nothing was changed.`,
    paymentRequestStatus: 'PAID',
  },
  API_KEY_NOT_ACTIVE: {
    detail: `The API key ${EXAMPLE_ID} was revoked; only a key still in use can be rotated.`,
  },
  HOLD_NOT_ACTIVE: {
    detail: `The hold ${EXAMPLE_ID} is CAPTURED already; nothing was changed.`,
    holdStatus: 'CAPTURED',
  },
  SCHEDULED_TRANSFER_ENDED: {
    detail: `The scheduled transfer ${EXAMPLE_ID} is CANCELLED: it can no longer be paused or resumed.`,
    scheduledTransferStatus: 'CANCELLED',
  },
  BATCH_TRANSFER_FAILED: {
    detail:
      'Transfer 3 of the batch was refused (INSUFFICIENT_FUNDS): The available balance of 10.00 USD does not cover 25.00 USD. Nothing in the batch was moved.',
    index: 3,
    problem: {
      type: 'urn:wallet:problem:insufficient-funds',
      title: 'Insufficient funds',
      status: 422,
      detail: 'The available balance of 10.00 USD does not cover 25.00 USD.',
      code: 'INSUFFICIENT_FUNDS',
    },
  },
  RATE_LIMITED: { detail: 'Too many requests. Try again in 42 seconds.', retryAfterSeconds: 42 },
  INTERNAL: {
    detail: `Something went wrong on our side. Quote request id ${EXAMPLE_ID} if you contact support.`,
    requestId: EXAMPLE_ID,
  },
  SERVICE_UNAVAILABLE: {
    detail: 'The service is busy or its database is unreachable; nothing was changed. Retry in 1 seconds.',
    retryAfterSeconds: 1,
  },
};

/** The whole problem+json body of `code`, as the problem filter writes it. */
export function exampleProblem(code: ErrorCode): Problem {
  const { status, title } = describe(code);
  return { type: problemType(code), title, status, code, ...EXAMPLES[code] };
}

const RATE_LIMIT_HEADERS = {
  'Retry-After': { description: 'Seconds until the limit resets.', schema: { type: 'integer' } },
};

const RETRY_HEADERS = {
  'Retry-After': {
    description: 'Seconds to wait before retrying; nothing was changed.',
    schema: { type: 'integer' },
  },
};

/** Set on an answer that replays the first answer to the same Idempotency-Key. */
export const IDEMPOTENT_REPLAYED_HEADER = {
  'Idempotent-Replayed': {
    description: 'true when this is the stored answer to an earlier request with the same Idempotency-Key.',
    schema: { type: 'string', enum: ['true'] },
  },
};

export const ApiIdempotencyKey = () =>
  ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description:
      'Any 1-255 visible ASCII characters, fresh per action (a UUID is ideal). Resending the same request with the same key replays the first answer (with Idempotent-Replayed: true) and moves no money twice.',
    schema: { type: 'string', minLength: 1, maxLength: 255, example: 'b7e0c8a2-5d1f-4f4e-9c1b-0e6a1d2f3c4b' },
  });

/** The CSRF proof a signed-in browser sends on every state-changing request. */
export const ApiCsrfToken = () =>
  ApiHeader({
    name: 'X-CSRF-Token',
    required: false,
    description:
      'With the session cookie only (not with an API key): the value of the wallet_csrf cookie, proving the request comes from the dashboard. Missing or wrong: 403 FORBIDDEN.',
    schema: { type: 'string' },
  });
