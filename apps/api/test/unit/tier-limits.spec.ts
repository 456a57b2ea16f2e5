import { ValidationFailedError } from '../../src/common/errors';
import { JsonNumber } from '../../src/common/http/json-body.middleware';
import { breachOf } from '../../src/tiers/outgoing-limits';
import { utcPeriodOf } from '../../src/tiers/outgoing-limits.repository';
import { parseTierLimits } from '../../src/tiers/tier-limits.input';

/** The tiers' pure pieces: which limit a transfer would pass, an admin's limits read exactly, the UTC period. */

const standing = (over: Partial<Parameters<typeof breachOf>[0]> = {}) => ({
  tier: 'standard',
  dailyMinor: 10_000n as bigint | null,
  monthlyMinor: 50_000n as bigint | null,
  dayTotalMinor: 0n,
  monthTotalMinor: 0n,
  ...over,
});

describe('breachOf', () => {
  it('lets a transfer reach a limit exactly, and names the day when one minor unit more passes it', () => {
    expect(breachOf(standing({ dayTotalMinor: 6_000n, monthTotalMinor: 6_000n }), 4_000n, 'USD')).toBeNull();
    expect(
      breachOf(standing({ dayTotalMinor: 6_000n, monthTotalMinor: 6_000n }), 4_001n, 'USD'),
    ).toMatchObject({
      period: 'day',
      limitMinor: 10_000n,
      remainingMinor: 4_000n,
      amountMinor: 4_001n,
    });
  });

  it('names the month when only the month would pass, and never says less than nothing is left', () => {
    expect(breachOf(standing({ monthTotalMinor: 49_000n }), 1_001n, 'USD')).toMatchObject({
      period: 'month',
      remainingMinor: 1_000n,
    });
    // A limit lowered below what was already sent: nothing is left, not a negative amount.
    expect(breachOf(standing({ dailyMinor: 100n, dayTotalMinor: 500n }), 1n, 'USD')).toMatchObject({
      period: 'day',
      remainingMinor: 0n,
    });
  });

  it('never limits a period without a limit', () => {
    expect(breachOf(standing({ dailyMinor: null, monthlyMinor: null }), 10n ** 14n, 'USD')).toBeNull();
    expect(breachOf(standing({ dailyMinor: null, monthTotalMinor: 49_999n }), 2n, 'USD')?.period).toBe(
      'month',
    );
  });
});

describe('parseTierLimits', () => {
  it('reads numbers and decimal strings exactly, in each currency, and leaves out currencies without a limit', () => {
    const limits = parseTierLimits({
      USD: { daily: new JsonNumber('10000.5'), monthly: '50000.00' },
      JPY: { daily: null, monthly: new JsonNumber('7500000') },
      KWD: { daily: '0', monthly: '0.001' },
      EUR: { daily: null, monthly: null },
    });
    expect(Object.fromEntries(limits)).toEqual({
      USD: { dailyMinor: 1_000_050n, monthlyMinor: 5_000_000n },
      JPY: { dailyMinor: null, monthlyMinor: 7_500_000n },
      KWD: { dailyMinor: 0n, monthlyMinor: 1n },
    });
  });

  it.each([
    [{ USD: { daily: '1.001', monthly: null } }, 'limits.USD.daily'],
    [{ JPY: { daily: new JsonNumber('1.5'), monthly: null } }, 'limits.JPY.daily'],
    [{ USD: { daily: '-1', monthly: null } }, 'limits.USD.daily'],
    [{ USD: { daily: new JsonNumber('1e3'), monthly: null } }, 'limits.USD.daily'],
    [{ USD: { daily: '1000000000000000', monthly: null } }, 'limits.USD.daily'],
    [{ USD: { daily: true, monthly: null } }, 'limits.USD.daily'],
    [{ USD: { monthly: null } }, 'limits.USD.daily'],
    [{ USD: { daily: 2, monthly: 1, yearly: 3 } }, 'limits.USD.yearly'],
    [{ USD: { daily: '2', monthly: '1' } }, 'limits.USD.daily'],
    [{ USD: 5 }, 'limits.USD'],
    [{ ABC: { daily: null, monthly: null } }, 'limits.ABC'],
  ])('refuses %j, naming %s', (input, field) => {
    let thrown: unknown;
    try {
      parseTierLimits(input as Record<string, unknown>);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationFailedError);
    expect((thrown as ValidationFailedError).extensions.errors?.map((e) => e.field)).toContain(field);
  });
});

describe('utcPeriodOf', () => {
  it('keys a posting by its UTC day and month, whatever the local time zone', () => {
    expect(utcPeriodOf(new Date('2026-12-31T23:59:59.999Z'))).toEqual({
      day: '2026-12-31',
      month: '2026-12-01',
    });
    expect(utcPeriodOf(new Date('2027-01-01T00:00:00.000Z'))).toEqual({
      day: '2027-01-01',
      month: '2027-01-01',
    });
  });
});
