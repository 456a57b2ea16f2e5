/**
 * Fair delivery between owners, in one process. Each attempt first asks for a slot: at most
 * ENDPOINT_CONCURRENCY attempts in flight per endpoint and `ownerConcurrency` per owner, so one owner's
 * slow endpoints can never hold every worker. And each endpoint has a breaker: after `breakerFailures`
 * attempts in a row that failed it opens, and the endpoint's deliveries wait (without using a worker or
 * an attempt) until it half-opens: then one attempt goes; a success closes it, a failure opens it again
 * for twice as long (up to MAX_COOLDOWN_SECONDS). A delivery that cannot have a slot is deferred, never
 * dropped: the caller puts its job back in the queue for later (webhook-queue.ts `defer`).
 */

/** Attempts in flight at once per endpoint (per process). */
export const ENDPOINT_CONCURRENCY = 1;
/** The longest an open breaker keeps an endpoint waiting before it tries one attempt again. */
export const MAX_COOLDOWN_SECONDS = 3_600;
/** Breakers remembered (endpoints with failures in a row); the oldest is forgotten past this. */
const MAX_BREAKERS = 10_000;
/** How long a delivery waits when its endpoint or owner is busy: 1 to 2 s, spread so they do not come back together. */
const BUSY_DELAY_MS = 1_000;

export interface FairnessRules {
  ownerConcurrency: number;
  breakerFailures: number;
  /** The first open period; each reopening doubles it. */
  cooldownSeconds: number;
}

export interface Slot {
  /** Frees the slot; `ok` is whether the receiver took the delivery (undefined: no answer to judge by). */
  release(ok: boolean | undefined): void;
}

export type Admission = { slot: Slot } | { deferUntil: Date; reason: 'busy' | 'breaker open' };

interface Breaker {
  failures: number;
  opens: number;
  openUntil: number;
}

export class DeliveryFairness {
  private readonly byEndpoint = new Map<string, number>();
  private readonly byOwner = new Map<string, number>();
  private readonly breakers = new Map<string, Breaker>();

  constructor(
    private readonly rules: FairnessRules,
    private readonly now: () => number = Date.now,
    private readonly random: () => number = Math.random,
  ) {}

  /** A slot for one attempt to `endpointId` of `ownerId`, or when to try again. */
  admit(endpointId: string, ownerId: string): Admission {
    const now = this.now();
    const breaker = this.breakers.get(endpointId);
    if (breaker && breaker.openUntil > now) {
      // Spread the waiting deliveries over a second so they do not all come back at once.
      return { deferUntil: new Date(breaker.openUntil + this.random() * 1_000), reason: 'breaker open' };
    }
    if (
      (this.byEndpoint.get(endpointId) ?? 0) >= ENDPOINT_CONCURRENCY ||
      (this.byOwner.get(ownerId) ?? 0) >= this.rules.ownerConcurrency
    ) {
      return { deferUntil: new Date(now + BUSY_DELAY_MS * (1 + this.random())), reason: 'busy' };
    }
    increment(this.byEndpoint, endpointId, 1);
    increment(this.byOwner, ownerId, 1);
    let released = false;
    return {
      slot: {
        release: (ok) => {
          if (released) return;
          released = true;
          increment(this.byEndpoint, endpointId, -1);
          increment(this.byOwner, ownerId, -1);
          if (ok !== undefined) this.record(endpointId, ok);
        },
      },
    };
  }

  /** Attempts in flight for an owner (for tests and metrics). */
  inFlight(ownerId: string): number {
    return this.byOwner.get(ownerId) ?? 0;
  }

  private record(endpointId: string, ok: boolean): void {
    if (ok) {
      this.breakers.delete(endpointId);
      return;
    }
    const breaker = this.breakers.get(endpointId) ?? { failures: 0, opens: 0, openUntil: 0 };
    this.breakers.delete(endpointId);
    breaker.failures++;
    if (breaker.failures >= this.rules.breakerFailures) {
      const seconds = Math.min(
        MAX_COOLDOWN_SECONDS,
        this.rules.cooldownSeconds * 2 ** Math.min(16, breaker.opens),
      );
      breaker.openUntil = this.now() + seconds * 1_000;
      breaker.opens++;
    }
    // Re-inserted so the Map's order is least recently failed first.
    this.breakers.set(endpointId, breaker);
    if (this.breakers.size > MAX_BREAKERS) {
      const oldest = this.breakers.keys().next().value;
      if (oldest !== undefined) this.breakers.delete(oldest);
    }
  }
}

function increment(counts: Map<string, number>, key: string, by: number): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next <= 0) counts.delete(key);
  else counts.set(key, next);
}
