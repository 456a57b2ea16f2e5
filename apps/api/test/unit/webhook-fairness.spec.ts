import {
  type Admission,
  BUSY_DELAY_MS,
  DeliveryFairness,
  type FairnessRules,
  MAX_COOLDOWN_SECONDS,
  type Slot,
} from '../../src/webhooks/webhook-fairness';
import { MIN_RETRY_WINDOW_SECONDS, retryDeadline } from '../../src/webhooks/webhook-schedule';

/**
 * The fairness rules on a clock of the test's own (pure logic; the HTTP replay is
 * test/api/webhook-fairness.spec.ts). Waiting for a busy endpoint uses real timers, bounded at 50 ms here.
 */
function fairness(rules: Partial<FairnessRules> = {}) {
  const clock = { now: 1_000_000 };
  /** What the next draw of the random spread is (0: none). */
  const random = { next: 0 };
  const f = new DeliveryFairness(
    { ownerConcurrency: 2, breakerFailures: 3, cooldownSeconds: 10, probeTimeoutMs: 5_000, ...rules },
    () => clock.now,
    () => random.next,
    50,
  );
  return { f, clock, random };
}

async function deferral(admission: Promise<Admission>): Promise<{ deferUntil: Date; reason: string }> {
  const settled = await admission;
  if (!('deferUntil' in settled)) throw new Error('expected a deferral, got a slot');
  return settled;
}

async function slot(admission: Promise<Admission>): Promise<Slot> {
  const settled = await admission;
  if (!('slot' in settled)) throw new Error(`expected a slot, got ${JSON.stringify(settled)}`);
  return settled.slot;
}

/** Whether a promise is still pending after everything already due has run. */
async function pending(promise: Promise<unknown>): Promise<boolean> {
  const marker = Symbol('pending');
  return (
    (await Promise.race([promise, new Promise((resolve) => setImmediate(() => resolve(marker)))])) === marker
  );
}

describe('webhook delivery fairness', () => {
  it('caps the workers one owner holds, sending or waiting, and defers the rest as owner busy', async () => {
    const { f, clock } = fairness();
    const first = await slot(f.admit('e1', 'a'));
    await slot(f.admit('e2', 'a'));
    expect(f.held('a')).toBe(2);
    expect(await f.admit('e3', 'a')).toEqual({
      deferUntil: new Date(clock.now + BUSY_DELAY_MS.answering),
      reason: 'owner busy',
    });
    // Another owner is not held up by a's slots.
    await slot(f.admit('e4', 'b'));
    first.release(true);
    first.release(true); // a second release frees nothing more
    expect(f.held('a')).toBe(1);
    // A delivery waiting for its endpoint holds a worker too: it counts in its owner's share.
    const third = await slot(f.admit('e3', 'a'));
    third.release(undefined);
    const e2Waiting = f.admit('e2', 'a');
    expect(await pending(e2Waiting)).toBe(true);
    expect(f.held('a')).toBe(2);
    expect(await f.admit('e5', 'a')).toMatchObject({ reason: 'owner busy' });
    await e2Waiting;
  });

  it("hands a healthy endpoint's slot straight to the next delivery waiting for it, in order", async () => {
    const { f } = fairness({ ownerConcurrency: 3 });
    const first = await slot(f.admit('e1', 'a'));
    const second = f.admit('e1', 'a');
    const third = f.admit('e1', 'a');
    expect(await pending(second)).toBe(true);
    expect(await pending(third)).toBe(true);
    first.release(true);
    const next = await slot(second);
    expect(await pending(third)).toBe(true);
    next.release(true);
    (await slot(third)).release(true);
    expect(f.held('a')).toBe(0);
    // Nothing is left busy: the next delivery gets the slot at once.
    expect(await pending(f.admit('e1', 'a'))).toBe(false);
  });

  it('defers a delivery that waited too long for its endpoint, and gives its worker back', async () => {
    const { f } = fairness();
    const first = await slot(f.admit('e1', 'a'));
    const started = Date.now();
    expect(await f.admit('e1', 'a')).toMatchObject({ reason: 'endpoint busy' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(40);
    expect(f.held('a')).toBe(1);
    first.release(true);
    expect(f.held('a')).toBe(0);
  });

  it('defers the deliveries waiting for an endpoint whose attempt failed, and waits no more for it until it answers', async () => {
    const { f, clock } = fairness();
    const first = await slot(f.admit('e1', 'a'));
    const waiting = f.admit('e1', 'a');
    first.release(false);
    expect(await waiting).toMatchObject({ reason: 'endpoint busy' });
    expect(f.held('a')).toBe(0);
    // After a failure a busy endpoint is not waited for: the attempt in flight may take the whole timeout.
    const retry = await slot(f.admit('e1', 'a'));
    expect(await pending(f.admit('e1', 'a'))).toBe(false);
    // ... and deferred for longer than while it answered.
    expect(await f.admit('e1', 'a')).toEqual({
      deferUntil: new Date(clock.now + BUSY_DELAY_MS.failing),
      reason: 'endpoint busy',
    });
    retry.release(true);
    // Answering again: waited for again.
    await slot(f.admit('e1', 'a'));
    expect(await pending(f.admit('e1', 'a'))).toBe(true);
  });

  it('opens after failures in a row, lets one probe through after the cooldown, doubles it on a new failure, closes on a success', async () => {
    const { f, clock } = fairness();
    for (let i = 0; i < 2; i++) (await slot(f.admit('e1', 'a'))).release(false);
    // Two failures: still closed.
    (await slot(f.admit('e1', 'a'))).release(false);
    expect(await f.admit('e1', 'a')).toEqual({
      deferUntil: new Date(clock.now + 10_000),
      reason: 'breaker open',
    });
    // Other endpoints of the same owner are not held by this breaker.
    (await slot(f.admit('e2', 'a'))).release(true);
    clock.now += 10_000;
    const probe = await slot(f.admit('e1', 'a'));
    // While the probe runs, the endpoint's other deliveries are deferred past its timeout (5 s): at most
    // one probe at a time, and nobody back while it may still run.
    expect(await f.admit('e1', 'a')).toEqual({
      deferUntil: new Date(clock.now + 5_000),
      reason: 'probe in flight',
    });
    probe.release(false);
    expect(await f.admit('e1', 'a')).toEqual({
      deferUntil: new Date(clock.now + 20_000),
      reason: 'breaker open',
    });
    clock.now += 20_000;
    (await slot(f.admit('e1', 'a'))).release(true);
    // Closed: a failure now counts from zero again.
    (await slot(f.admit('e1', 'a'))).release(false);
    expect('slot' in (await f.admit('e1', 'a'))).toBe(true);
  });

  it('never keeps an endpoint waiting longer than the longest cooldown, nor a delivery twice that', async () => {
    const { f, clock, random } = fairness({
      ownerConcurrency: 1,
      breakerFailures: 1,
      cooldownSeconds: 3_000,
    });
    random.next = 0.999;
    for (let i = 0; i < 5; i++) {
      (await slot(f.admit('e1', 'a'))).release(false);
      const deferred = await f.admit('e1', 'a');
      if (!('deferUntil' in deferred)) throw new Error('expected the breaker open');
      expect(deferred.deferUntil.getTime() - clock.now).toBeLessThanOrEqual(2 * MAX_COOLDOWN_SECONDS * 1_000);
      clock.now = deferred.deferUntil.getTime();
    }
  });

  it('does not move the breaker on an attempt with no answer to judge by', async () => {
    const { f } = fairness({ breakerFailures: 1 });
    (await slot(f.admit('e1', 'a'))).release(undefined);
    expect('slot' in (await f.admit('e1', 'a'))).toBe(true);
  });

  it('spreads the deliveries of an open breaker over one more open period, and those that come during the probe past its timeout', async () => {
    const { f, clock, random } = fairness({ breakerFailures: 1, cooldownSeconds: 10 });
    (await slot(f.admit('e1', 'a'))).release(false);
    const openUntil = clock.now + 10_000;
    // Deferred past the time it half-opens, at a random point within the next 10 s: not all together.
    random.next = 0.5;
    expect(await deferral(f.admit('e1', 'a'))).toEqual({
      deferUntil: new Date(openUntil + 5_000),
      reason: 'breaker open',
    });
    random.next = 0.999;
    expect((await deferral(f.admit('e1', 'b'))).deferUntil.getTime()).toBe(openUntil + 9_990);

    // Half-open: the first back is the probe, which hangs. The others come back after its timeout (5 s),
    // spread over the open period, however often they come: not every second or two while it hangs.
    clock.now = openUntil;
    const probe = await slot(f.admit('e1', 'a'));
    const comebacks: number[] = [];
    for (let i = 0; i < 100; i++) {
      random.next = i / 100;
      clock.now = openUntil + i * 40;
      const deferred = await deferral(f.admit('e1', i % 2 ? 'a' : 'b'));
      expect(deferred.reason).toBe('probe in flight');
      comebacks.push(deferred.deferUntil.getTime());
    }
    expect(Math.min(...comebacks)).toBeGreaterThanOrEqual(openUntil + 5_000);
    expect(Math.max(...comebacks)).toBeLessThan(openUntil + 5_000 + 10_000);
    // Spread out: no second of the period gets more than a fifth of them back.
    const perSecond = new Map<number, number>();
    for (const at of comebacks)
      perSecond.set(Math.floor(at / 1_000), (perSecond.get(Math.floor(at / 1_000)) ?? 0) + 1);
    expect(Math.max(...perSecond.values())).toBeLessThanOrEqual(20);

    // The probe fails after its timeout: open again for twice as long, the spread with it.
    clock.now = openUntil + 5_000;
    probe.release(false);
    random.next = 0.999;
    expect((await deferral(f.admit('e1', 'a'))).deferUntil.getTime()).toBe(clock.now + 20_000 + 19_980);
  });

  it('ends the retry window when the last retry could have come, and never within the first hour', () => {
    const since = new Date('2026-01-01T00:00:00Z');
    // d = 90 s, 11 attempts: retries after up to 180, 360, ... seconds; the last at most 2046 x 90 s later.
    expect(retryDeadline(since, 90, 11).getTime() - since.getTime()).toBe(2046 * 90 * 1_000);
    expect(retryDeadline(since, 90, 11).getTime() - since.getTime()).toBeGreaterThan(51 * 3_600_000);
    // One attempt (no retries), or a short schedule: still an hour for a delivery that was only deferred.
    expect(retryDeadline(since, 90, 1).getTime() - since.getTime()).toBe(MIN_RETRY_WINDOW_SECONDS * 1_000);
    expect(retryDeadline(since, 1, 3).getTime() - since.getTime()).toBe(MIN_RETRY_WINDOW_SECONDS * 1_000);
  });
});
