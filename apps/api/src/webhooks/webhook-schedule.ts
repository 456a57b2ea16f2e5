/**
 * The retry schedule. pg-boss (retryBackoff) waits before retry n (n = 1, 2, ...) a random time between
 * d * 2^(n-1) and d * 2^n seconds, d = WEBHOOK_RETRY_DELAY_SECONDS (its formula, in pg-boss 10's
 * failJobs: delay * 2^min(16, retryCount + 1) / 2 * (1 + random())). With the defaults (d = 90 s,
 * 11 attempts: the first and 10 retries) the last retry comes 25.6 to 51 hours after the first attempt
 * (lastRetryWindow): receivers get at least a day to recover, as the contract promises.
 */

const MAX_EXPONENT = 16;

/** The earliest time pg-boss may start the next attempt after the attempt number `attempt` (1-based) failed. */
export function earliestRetryAt(now: Date, attempt: number, retryDelaySeconds: number): Date {
  const seconds = (retryDelaySeconds * 2 ** Math.min(MAX_EXPONENT, attempt)) / 2;
  return new Date(now.getTime() + seconds * 1000);
}

/** The window, in seconds after the first attempt, in which the last retry comes. */
export function lastRetryWindow(retryDelaySeconds: number, maxAttempts: number): [number, number] {
  let earliest = 0;
  for (let attempt = 1; attempt < maxAttempts; attempt++) {
    earliest += (retryDelaySeconds * 2 ** Math.min(MAX_EXPONENT, attempt)) / 2;
  }
  return [earliest, earliest * 2];
}

/** The shortest retry window retryDeadline gives, however few the attempts (one attempt: no retries). */
export const MIN_RETRY_WINDOW_SECONDS = 3_600;

/**
 * When a delivery's series of attempts ends whatever its attempt count: the latest time its last retry
 * could have come under the schedule above (but at least MIN_RETRY_WINDOW_SECONDS), counted from
 * `since`, when the series began. Its attempts normally end sooner; this bounds a delivery that was
 * deferred instead (its endpoint's breaker open, its owner or endpoint busy), as a deferral uses no
 * attempt.
 */
export function retryDeadline(since: Date, retryDelaySeconds: number, maxAttempts: number): Date {
  const [, latest] = lastRetryWindow(retryDelaySeconds, maxAttempts);
  return new Date(since.getTime() + Math.max(latest, MIN_RETRY_WINDOW_SECONDS) * 1000);
}
