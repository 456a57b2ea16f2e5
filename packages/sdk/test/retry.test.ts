import { backoffDelay, DEFAULT_RETRY_POLICY, parseRetryAfter, retryDelay } from '../src/retry';

const NOW = Date.parse('2026-12-08T10:00:00Z');

describe('parseRetryAfter', () => {
  it.each([
    ['0', 0],
    ['1', 1_000],
    ['120', 120_000],
    [' 7 ', 7_000],
  ])('reads delta-seconds %j', (value, ms) => {
    expect(parseRetryAfter(value, NOW)).toBe(ms);
  });

  it('reads an HTTP date relative to now, and a past date as 0', () => {
    expect(parseRetryAfter('Tue, 08 Dec 2026 10:00:30 GMT', NOW)).toBe(30_000);
    expect(parseRetryAfter('Tue, 08 Dec 2026 09:59:00 GMT', NOW)).toBe(0);
  });

  it.each([null, undefined, '', '-1', '1.5', 'soon', '2026-12-08T10:00:30Z', '99999999999999999999'])(
    'gives null for %j',
    (value) => {
      expect(parseRetryAfter(value, NOW)).toBeNull();
    },
  );
});

describe('backoffDelay', () => {
  it('doubles its ceiling each attempt up to the cap, with full jitter', () => {
    const policy = { retries: 5, baseDelayMs: 100, maxDelayMs: 1_000 };
    expect([0, 1, 2, 3, 4].map((attempt) => backoffDelay(attempt, policy, 0.999999))).toEqual([
      99, 199, 399, 799, 999,
    ]);
    expect(backoffDelay(3, policy, 0)).toBe(0);
    expect(backoffDelay(1, policy, 0.5)).toBe(100);
  });
});

describe('retryDelay', () => {
  const policy = { ...DEFAULT_RETRY_POLICY, maxDelayMs: 10_000 };

  it('waits what Retry-After asks, up to the cap', () => {
    expect(retryDelay('3', 0, policy, NOW, 0.5)).toBe(3_000);
    expect(retryDelay('10', 2, policy, NOW, 0.5)).toBe(10_000);
  });

  it('gives up (null) when the server asks for longer than the cap', () => {
    expect(retryDelay('11', 0, policy, NOW, 0.5)).toBeNull();
    expect(retryDelay('Tue, 08 Dec 2026 11:00:00 GMT', 0, policy, NOW, 0.5)).toBeNull();
  });

  it('backs off with jitter when there is no usable Retry-After', () => {
    expect(retryDelay(null, 2, policy, NOW, 0.5)).toBe(backoffDelay(2, policy, 0.5));
    expect(retryDelay('garbage', 0, policy, NOW, 0.25)).toBe(backoffDelay(0, policy, 0.25));
  });
});
