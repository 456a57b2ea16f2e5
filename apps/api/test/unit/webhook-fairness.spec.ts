import { DeliveryFairness, MAX_COOLDOWN_SECONDS, type Slot } from '../../src/webhooks/webhook-fairness';

/** The fairness rules on a clock of the test's own (pure logic; the HTTP replay is test/api/webhook-fairness.spec.ts). */
function fairness(rules = { ownerConcurrency: 2, breakerFailures: 3, cooldownSeconds: 10 }) {
  const clock = { now: 1_000_000 };
  const f = new DeliveryFairness(
    rules,
    () => clock.now,
    () => 0,
  );
  return { f, clock };
}

function slot(admission: ReturnType<DeliveryFairness['admit']>): Slot {
  if (!('slot' in admission)) throw new Error(`expected a slot, got ${JSON.stringify(admission)}`);
  return admission.slot;
}

describe('webhook delivery fairness', () => {
  it('lets one attempt per endpoint and ownerConcurrency per owner run, and defers the rest as busy', () => {
    const { f, clock } = fairness();
    const first = slot(f.admit('e1', 'a'));
    expect(f.admit('e1', 'a')).toEqual({ deferUntil: new Date(clock.now + 1_000), reason: 'busy' });
    const second = slot(f.admit('e2', 'a'));
    expect(f.admit('e3', 'a')).toMatchObject({ reason: 'busy' });
    // Another owner is not held up by a's slots.
    slot(f.admit('e4', 'b'));
    expect(f.inFlight('a')).toBe(2);
    first.release(true);
    first.release(true); // a second release frees nothing more
    expect(f.inFlight('a')).toBe(1);
    slot(f.admit('e3', 'a'));
    second.release(undefined);
    expect(f.inFlight('a')).toBe(1);
  });

  it('opens after failures in a row, half-opens after the cooldown, doubles it on a new failure, closes on a success', () => {
    const { f, clock } = fairness();
    for (let i = 0; i < 2; i++) slot(f.admit('e1', 'a')).release(false);
    // Two failures: still closed.
    const third = slot(f.admit('e1', 'a'));
    third.release(false);
    expect(f.admit('e1', 'a')).toEqual({ deferUntil: new Date(clock.now + 10_000), reason: 'breaker open' });
    // Other endpoints of the same owner are not held by this breaker.
    slot(f.admit('e2', 'a')).release(true);
    clock.now += 10_000;
    const probe = slot(f.admit('e1', 'a'));
    // While the probe runs, the endpoint is busy: only one attempt goes.
    expect(f.admit('e1', 'a')).toMatchObject({ reason: 'busy' });
    probe.release(false);
    expect(f.admit('e1', 'a')).toEqual({ deferUntil: new Date(clock.now + 20_000), reason: 'breaker open' });
    clock.now += 20_000;
    slot(f.admit('e1', 'a')).release(true);
    // Closed: a failure now counts from zero again.
    slot(f.admit('e1', 'a')).release(false);
    expect('slot' in f.admit('e1', 'a')).toBe(true);
  });

  it('never keeps an endpoint waiting longer than the longest cooldown', () => {
    const { f, clock } = fairness({ ownerConcurrency: 1, breakerFailures: 1, cooldownSeconds: 3_000 });
    for (let i = 0; i < 5; i++) {
      slot(f.admit('e1', 'a')).release(false);
      const deferred = f.admit('e1', 'a');
      if (!('deferUntil' in deferred)) throw new Error('expected the breaker open');
      expect(deferred.deferUntil.getTime() - clock.now).toBeLessThanOrEqual(MAX_COOLDOWN_SECONDS * 1_000);
      clock.now = deferred.deferUntil.getTime();
    }
  });

  it('does not move the breaker on an attempt with no answer to judge by', () => {
    const { f } = fairness({ ownerConcurrency: 2, breakerFailures: 1, cooldownSeconds: 10 });
    slot(f.admit('e1', 'a')).release(undefined);
    expect('slot' in f.admit('e1', 'a')).toBe(true);
  });
});
