import {
  type Admission,
  BUSY_DELAY_MS,
  DeliveryFairness,
  MAX_COOLDOWN_SECONDS,
  type Slot,
} from '../../src/webhooks/webhook-fairness';

/**
 * The fairness rules on a clock of the test's own (pure logic; the HTTP replay is
 * test/api/webhook-fairness.spec.ts). Waiting for a busy endpoint uses real timers, bounded at 50 ms here.
 */
function fairness(rules = { ownerConcurrency: 2, breakerFailures: 3, cooldownSeconds: 10 }) {
  const clock = { now: 1_000_000 };
  const f = new DeliveryFairness(
    rules,
    () => clock.now,
    () => 0,
    50,
  );
  return { f, clock };
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
    const { f } = fairness({ ownerConcurrency: 3, breakerFailures: 3, cooldownSeconds: 10 });
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
    // While the probe runs, the endpoint's other deliveries are deferred: at most one probe at a time.
    expect(await f.admit('e1', 'a')).toMatchObject({ reason: 'endpoint busy' });
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

  it('never keeps an endpoint waiting longer than the longest cooldown', async () => {
    const { f, clock } = fairness({ ownerConcurrency: 1, breakerFailures: 1, cooldownSeconds: 3_000 });
    for (let i = 0; i < 5; i++) {
      (await slot(f.admit('e1', 'a'))).release(false);
      const deferred = await f.admit('e1', 'a');
      if (!('deferUntil' in deferred)) throw new Error('expected the breaker open');
      expect(deferred.deferUntil.getTime() - clock.now).toBeLessThanOrEqual(MAX_COOLDOWN_SECONDS * 1_000);
      clock.now = deferred.deferUntil.getTime();
    }
  });

  it('does not move the breaker on an attempt with no answer to judge by', async () => {
    const { f } = fairness({ ownerConcurrency: 2, breakerFailures: 1, cooldownSeconds: 10 });
    (await slot(f.admit('e1', 'a'))).release(undefined);
    expect('slot' in (await f.admit('e1', 'a'))).toBe(true);
  });
});
