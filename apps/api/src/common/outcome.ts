import type { DomainError } from './errors';

/**
 * What a state-changing use case decided. A decline is a value, not an exception: it is part of the
 * record (a FAILED ledger row, a stored Idempotency-Key answer), so the unit of work commits it. Only a
 * thrown error rolls the work back.
 */
export type Outcome<T> =
  | { readonly kind: 'done'; readonly value: T }
  | { readonly kind: 'declined'; readonly error: DomainError };

export function done<T>(value: T): Outcome<T> {
  return { kind: 'done', value };
}

export function declined(error: DomainError): Outcome<never> {
  return { kind: 'declined', error };
}

/** An outcome as the caller gets it: decided now, or replayed from an earlier request with the same key. */
export class Recorded<T> {
  constructor(
    readonly outcome: Outcome<T>,
    readonly replayed: boolean,
  ) {}
}

/** The outcome with its done value shown through `view`; a decline as it is. */
export function mapDone<T, V>(outcome: Outcome<T>, view: (value: T) => V): Outcome<V> {
  return outcome.kind === 'done' ? done(view(outcome.value)) : outcome;
}

/** Counts a recorded outcome once it is committed: a use case rolled back never happened. */
export async function counted<T>(recorded: Promise<Recorded<T>>, count: (value: Recorded<T>) => void) {
  const value = await recorded;
  count(value);
  return value;
}
