/**
 * Fair delivery between owners, in one process (docs/webhooks.md#fairness-between-owners). Before an
 * attempt a worker asks for a slot:
 *
 * - an owner holds at most `ownerConcurrency` (OWNER_CONCURRENCY) workers at once, sending or waiting, so one owner's slow
 *   endpoints can never hold every worker;
 * - an endpoint has one attempt in flight at a time. A delivery whose endpoint is busy waits for it in
 *   the worker (up to SLOT_WAIT_MS, within its owner's share) while the endpoint answers, so a healthy
 *   endpoint takes a burst as fast as it answers; after a failure it is deferred instead;
 * - an endpoint has a breaker: after `breakerFailures` (BREAKER_FAILURES) failed attempts in a row it opens and its
 *   deliveries are deferred, without using a worker or an attempt, until it half-opens; then one probe
 *   goes; a success closes it, a failure opens it again for twice as long (up to MAX_COOLDOWN_SECONDS).
 *   While it is open or its probe is in flight, a delivery is deferred past the time it half-opens (or
 *   the probe's timeout), at a random point within one more open period: the deliveries waiting on it
 *   come back spread out, each about once per open period, not all together at each probe.
 *
 * A delivery that cannot have a slot is deferred, never dropped: the caller hands its job back to the
 * queue for later (webhook-queue.ts `handBack`), or ends it once its retry window is over
 * (webhook-schedule.ts `retryDeadline`).
 */

/** Workers one owner may hold at once in one process (of its WORKERS_PER_PROCESS = 4): half of them. */
export const OWNER_CONCURRENCY = 2;
/** Failed attempts in a row after which an endpoint's breaker opens. */
export const BREAKER_FAILURES = 5;
/** The longest an open breaker keeps an endpoint waiting before it tries one attempt again. */
export const MAX_COOLDOWN_SECONDS = 3_600;
/** How long a delivery waits in its worker for its endpoint's slot before it is deferred instead. */
export const SLOT_WAIT_MS = 1_000;
/**
 * How long a delivery is deferred when its owner or endpoint is busy, spread over up to twice as long
 * so they do not come back together: briefly while its endpoint answers (the slot is free again in
 * moments), 1 to 2 s once its last attempt failed (the one in flight may take the whole timeout).
 */
export const BUSY_DELAY_MS = { answering: 200, failing: 1_000 } as const;
/** Breakers remembered (endpoints with failures in a row); the oldest is forgotten past this. */
const MAX_BREAKERS = 10_000;

export interface FairnessRules {
  ownerConcurrency: number;
  breakerFailures: number;
  /** The first open period; each reopening doubles it. */
  cooldownSeconds: number;
  /** The longest an attempt (a probe) may take: the receiver timeout. */
  probeTimeoutMs: number;
}

export interface Slot {
  /** Frees the slot; `ok` is whether the receiver took the delivery (undefined: no answer to judge by). */
  release(ok: boolean | undefined): void;
}

export type Deferral = {
  deferUntil: Date;
  reason: 'owner busy' | 'endpoint busy' | 'breaker open' | 'probe in flight';
};
export type Admission = { slot: Slot } | Deferral;

interface Breaker {
  /** Failed attempts in a row. */
  failures: number;
  /** Times it opened since it last closed (each doubles the open period). */
  opens: number;
  openUntil: number;
  /** Its last open period, in ms (0 while it never opened). */
  cooldownMs: number;
  /** When the probe in flight (if it has opened and its endpoint is busy) runs out of time. */
  probeUntil: number;
}

interface Waiter {
  ownerId: string;
  /** Hands it the endpoint's slot, or tells it to defer; false when it already gave up waiting. */
  settle(admission: Admission): boolean;
}

export class DeliveryFairness {
  /** Workers held per owner: attempts in flight and deliveries waiting for their endpoint. */
  private readonly byOwner = new Map<string, number>();
  /** Endpoints with an attempt in flight, and the deliveries waiting for it (oldest first). */
  private readonly busy = new Map<string, Waiter[]>();
  private readonly breakers = new Map<string, Breaker>();

  constructor(
    private readonly rules: FairnessRules,
    private readonly now: () => number = Date.now,
    private readonly random: () => number = Math.random,
    private readonly slotWaitMs = SLOT_WAIT_MS,
  ) {}

  /** A slot for one attempt to `endpointId` of `ownerId` (perhaps after a short wait), or when to try again. */
  admit(endpointId: string, ownerId: string): Promise<Admission> {
    const breaker = this.breakers.get(endpointId);
    if (breaker && breaker.openUntil > this.now()) return Promise.resolve(this.openDeferral(breaker));
    if ((this.byOwner.get(ownerId) ?? 0) >= this.rules.ownerConcurrency) {
      return Promise.resolve(this.busyDeferral(endpointId, 'owner busy'));
    }
    const waiters = this.busy.get(endpointId);
    if (!waiters) {
      this.busy.set(endpointId, []);
      // Half-open: this attempt is the probe.
      if (breaker && breaker.opens > 0) breaker.probeUntil = this.now() + this.rules.probeTimeoutMs;
      return Promise.resolve({ slot: this.slot(endpointId, ownerId) });
    }
    // Busy. Wait only while its last attempt succeeded (or there was none yet): it answers, so the slot
    // is free soon. A probe of a half-open breaker, or an endpoint that just failed, may take the whole
    // timeout: no worker waits for that.
    if (breaker) return Promise.resolve(this.busyDeferral(endpointId, 'endpoint busy'));
    increment(this.byOwner, ownerId, 1);
    return new Promise<Admission>((resolve) => {
      let settled = false;
      const waiter: Waiter = {
        ownerId,
        settle: (admission) => {
          if (settled) return false;
          settled = true;
          clearTimeout(timer);
          resolve(admission);
          return true;
        },
      };
      const timer = setTimeout(() => {
        const queue = this.busy.get(endpointId) ?? [];
        const index = queue.indexOf(waiter);
        if (index >= 0) queue.splice(index, 1);
        increment(this.byOwner, ownerId, -1);
        waiter.settle(this.busyDeferral(endpointId, 'endpoint busy'));
      }, this.slotWaitMs);
      waiters.push(waiter);
    });
  }

  /** Workers an owner holds, sending or waiting (for tests and metrics). */
  held(ownerId: string): number {
    return this.byOwner.get(ownerId) ?? 0;
  }

  /** The slot of an attempt already counted in its owner's workers and its endpoint's busy entry. */
  private slot(endpointId: string, ownerId: string, counted = false): Slot {
    if (!counted) increment(this.byOwner, ownerId, 1);
    let released = false;
    return {
      release: (ok) => {
        if (released) return;
        released = true;
        increment(this.byOwner, ownerId, -1);
        if (ok !== undefined) this.record(endpointId, ok);
        this.handOver(endpointId);
      },
    };
  }

  /**
   * The endpoint's attempt is done: the oldest waiter takes its slot (it already counts in its owner's
   * workers) while the endpoint is answering; after a failure every waiter is deferred instead.
   */
  private handOver(endpointId: string): void {
    const waiters = this.busy.get(endpointId) ?? [];
    const breaker = this.breakers.get(endpointId);
    while (waiters.length > 0) {
      const waiter = waiters.shift() as Waiter;
      if (breaker) {
        increment(this.byOwner, waiter.ownerId, -1);
        const open = breaker.openUntil > this.now();
        waiter.settle(open ? this.openDeferral(breaker) : this.busyDeferral(endpointId, 'endpoint busy'));
        continue;
      }
      if (waiter.settle({ slot: this.slot(endpointId, waiter.ownerId, true) })) return;
    }
    this.busy.delete(endpointId);
  }

  /**
   * Past the time the breaker half-opens, at a random point within one more open period: the first
   * back is the probe, and the others come back spread over the period, not all at once at its end.
   */
  private openDeferral(breaker: Breaker): Deferral {
    return {
      deferUntil: new Date(breaker.openUntil + this.random() * breaker.cooldownMs),
      reason: 'breaker open',
    };
  }

  private busyDeferral(endpointId: string, reason: 'owner busy' | 'endpoint busy'): Deferral {
    const breaker = this.breakers.get(endpointId);
    // Its probe is in flight (it opened, and is busy): past the probe's timeout, spread over one more
    // open period, as while it was open; not back every second or two while the probe hangs.
    if (reason === 'endpoint busy' && breaker && breaker.opens > 0) {
      const from = Math.max(this.now(), breaker.probeUntil);
      return { deferUntil: new Date(from + this.random() * breaker.cooldownMs), reason: 'probe in flight' };
    }
    const delay = breaker ? BUSY_DELAY_MS.failing : BUSY_DELAY_MS.answering;
    return { deferUntil: new Date(this.now() + delay * (1 + this.random())), reason };
  }

  private record(endpointId: string, ok: boolean): void {
    if (ok) {
      this.breakers.delete(endpointId);
      return;
    }
    const breaker = this.breakers.get(endpointId) ?? {
      failures: 0,
      opens: 0,
      openUntil: 0,
      cooldownMs: 0,
      probeUntil: 0,
    };
    this.breakers.delete(endpointId);
    breaker.failures++;
    if (breaker.failures >= this.rules.breakerFailures) {
      const seconds = Math.min(
        MAX_COOLDOWN_SECONDS,
        this.rules.cooldownSeconds * 2 ** Math.min(16, breaker.opens),
      );
      breaker.cooldownMs = seconds * 1_000;
      breaker.openUntil = this.now() + breaker.cooldownMs;
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
