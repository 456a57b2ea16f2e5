import type { components } from '@wallet/contract';

/** The API's problem+json body (RFC 9457), as its OpenAPI document describes it. */
export type Problem = components['schemas']['Problem'];

/** One field's problem in a VALIDATION_FAILED answer. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * A non-2xx answer of the API: its problem+json fields, typed. `code` is the stable error code
 * (INSUFFICIENT_FUNDS, VALIDATION_FAILED, ...; `HTTP_<status>` when something other than the API
 * answered, such as a proxy); `requestId` (X-Request-Id) is what to quote to support.
 */
export class WalletApiError extends Error {
  override readonly name = 'WalletApiError';
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly errors: FieldProblem[];
  readonly requestId: string | null;
  /** On a 429 or 503 the client did not retry (or ran out of retries): when to try again. */
  readonly retryAfterSeconds: number | null;
  /** The whole problem body, with any extension fields (remaining, limit, ...); null if there was none. */
  readonly problem: Problem | null;

  constructor(status: number, problem: Problem | null, requestId: string | null, retryAfter: string | null) {
    const detail = problem?.detail ?? `The API answered HTTP ${status}.`;
    super(`${problem?.code ?? `HTTP_${status}`}: ${detail}`);
    this.status = status;
    this.code = problem?.code ?? `HTTP_${status}`;
    this.title = problem?.title ?? `HTTP ${status}`;
    this.detail = detail;
    this.errors = problem?.errors ?? [];
    this.requestId = requestId ?? problem?.requestId ?? null;
    const seconds = retryAfter !== null && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) : null;
    this.retryAfterSeconds = problem?.retryAfterSeconds ?? seconds;
    this.problem = problem;
  }

  /** Reads an error answer (its body is consumed). */
  static async from(response: Response): Promise<WalletApiError> {
    const text = await response.text().catch(() => '');
    return new WalletApiError(
      response.status,
      parseProblem(text),
      response.headers.get('x-request-id'),
      response.headers.get('retry-after'),
    );
  }
}

function parseProblem(text: string): Problem | null {
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body !== 'object' || body === null) return null;
    const { code, detail } = body as Record<string, unknown>;
    return typeof code === 'string' && typeof detail === 'string' ? (body as Problem) : null;
  } catch {
    return null;
  }
}
