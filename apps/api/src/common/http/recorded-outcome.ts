import type { Response } from 'express';
import type { Recorded } from '../outcome';

/**
 * Turns a use case's Recorded outcome into the answer: the value as the body, or the decline thrown for
 * the problem filter. A replay of an earlier request with the same Idempotency-Key is marked with
 * `Idempotent-Replayed: true`, success or decline alike. Called by the controller itself (with
 * `@Res({ passthrough: true })`) rather than by a global interceptor, whose machinery (an async resource
 * and an rxjs pipeline per request) every other route would pay for too.
 */
export async function answer<T>(recorded: Promise<Recorded<T>>, response: Response): Promise<T> {
  const { outcome, replayed } = await recorded;
  if (replayed) response.setHeader('Idempotent-Replayed', 'true');
  if (outcome.kind === 'declined') throw outcome.error;
  return outcome.value;
}

/**
 * A movement held for review is accepted, not done: 202 (a replay of its key answers the same). A web
 * Response, because its status is the one status that wins over the route's @HttpCode(201).
 */
export function accepted(body: object): globalThis.Response {
  return new globalThis.Response(JSON.stringify(body), {
    status: 202,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
