/**
 * When to try a request again: the pure part of the client's retries (no clock, no randomness of its
 * own; both are passed in), so it is tested without a server.
 */

/** What the client retries and how long it waits. */
export interface RetryPolicy {
  /** Retries after the first attempt (0: none). */
  retries: number;
  /** The first backoff step when the server gives no Retry-After; doubled each attempt. */
  baseDelayMs: number;
  /** The longest the client waits before one retry, backoff or Retry-After alike. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { retries: 3, baseDelayMs: 250, maxDelayMs: 30_000 };

/** The statuses a request is tried again after: rate limited, or the service briefly unavailable. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503]);

/**
 * A Retry-After header in milliseconds from `nowMs`: delta-seconds ("120") or an HTTP date ("Wed, 21
 * Oct 2026 07:28:00 GMT"; a date in the past is 0). Null when absent or unreadable (RFC 9110 §10.2.3).
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) {
    const seconds = Number(text);
    return Number.isSafeInteger(seconds) ? seconds * 1000 : null;
  }
  // Only the HTTP date forms: Date.parse would also take "1.5" or "2026" as dates.
  if (!/^[A-Za-z]{3},? /.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - nowMs);
}

/**
 * Exponential backoff with full jitter (a random wait between 0 and base * 2^attempt, capped), so
 * clients that failed together do not come back together. `random` is in [0, 1).
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.floor(random * ceiling);
}

/**
 * The wait before retry number `attempt` (0-based) after a 429 or 503: what Retry-After says, or the
 * backoff when it says nothing; null when the server asks for longer than the policy's cap (the caller
 * gets the error and decides).
 */
export function retryDelay(
  retryAfter: string | null,
  attempt: number,
  policy: RetryPolicy,
  nowMs: number,
  random: number,
): number | null {
  const asked = parseRetryAfter(retryAfter, nowMs);
  if (asked === null) return backoffDelay(attempt, policy, random);
  return asked <= policy.maxDelayMs ? asked : null;
}
