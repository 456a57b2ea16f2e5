import {
  daysInMonth,
  dueAt,
  nextDueFrom,
  occurrenceAt,
  type Series,
} from '../../src/scheduled-transfers/schedule-dates';

const at = (iso: string) => new Date(iso);
const iso = (date: Date | null) => date?.toISOString() ?? null;
const series = (startAt: string, every: Series['every'], end: Partial<Series> = {}): Series => ({
  startAt: at(startAt),
  every,
  until: null,
  count: null,
  ...end,
});

describe('when each occurrence is due', () => {
  it('once: only the first, at startAt', () => {
    const once = series('2026-12-24T09:30:00.000Z', null);
    expect(iso(dueAt(once, 1))).toBe('2026-12-24T09:30:00.000Z');
    expect(dueAt(once, 2)).toBeNull();
  });

  it('weekly: every 7 days at the same time (UTC)', () => {
    const weekly = series('2026-12-28T08:00:00.000Z', 'WEEK');
    expect([1, 2, 3].map((n) => iso(occurrenceAt(weekly, n)))).toEqual([
      '2026-12-28T08:00:00.000Z',
      '2027-01-04T08:00:00.000Z',
      '2027-01-11T08:00:00.000Z',
    ]);
  });

  it('monthly from the 31st: the last day of each shorter month, back to the 31st after', () => {
    const monthly = series('2027-01-31T12:00:00.000Z', 'MONTH');
    expect([1, 2, 3, 4, 5].map((n) => iso(occurrenceAt(monthly, n)))).toEqual([
      '2027-01-31T12:00:00.000Z',
      '2027-02-28T12:00:00.000Z',
      '2027-03-31T12:00:00.000Z',
      '2027-04-30T12:00:00.000Z',
      '2027-05-31T12:00:00.000Z',
    ]);
  });

  it('monthly across a year end and a leap February', () => {
    const monthly = series('2027-11-30T00:00:00.000Z', 'MONTH');
    expect([1, 2, 3, 4].map((n) => iso(occurrenceAt(monthly, n)))).toEqual([
      '2027-11-30T00:00:00.000Z',
      '2027-12-30T00:00:00.000Z',
      '2028-01-30T00:00:00.000Z',
      '2028-02-29T00:00:00.000Z',
    ]);
    expect(daysInMonth(2028, 1)).toBe(29);
    expect(daysInMonth(2027, 1)).toBe(28);
    expect(daysInMonth(2100, 1)).toBe(28);
  });

  it('count and until (inclusive) end the series', () => {
    const counted = series('2027-01-01T00:00:00.000Z', 'WEEK', { count: 2 });
    expect(iso(dueAt(counted, 2))).toBe('2027-01-08T00:00:00.000Z');
    expect(dueAt(counted, 3)).toBeNull();
    const until = series('2027-01-01T00:00:00.000Z', 'MONTH', { until: at('2027-03-01T00:00:00.000Z') });
    expect(iso(dueAt(until, 3))).toBe('2027-03-01T00:00:00.000Z');
    expect(dueAt(until, 4)).toBeNull();
  });

  it('refuses an occurrence number that is not a whole number >= 1', () => {
    expect(() => occurrenceAt(series('2027-01-01T00:00:00.000Z', 'WEEK'), 0)).toThrow(RangeError);
    expect(() => occurrenceAt(series('2027-01-01T00:00:00.000Z', 'WEEK'), 1.5)).toThrow(RangeError);
  });
});

describe('what a resumed series runs next', () => {
  const weekly = series('2027-01-01T10:00:00.000Z', 'WEEK', { count: 4 });

  it('the first occurrence due from now on; those due while paused are skipped', () => {
    expect(nextDueFrom(weekly, 1, at('2027-01-09T00:00:00.000Z'))).toEqual({
      occurrence: 3,
      at: at('2027-01-15T10:00:00.000Z'),
    });
    // Due exactly now still runs.
    expect(nextDueFrom(weekly, 1, at('2027-01-08T10:00:00.000Z'))?.occurrence).toBe(2);
  });

  it('none when the series ended while paused', () => {
    expect(nextDueFrom(weekly, 1, at('2027-02-01T00:00:00.000Z'))).toBeNull();
  });
});
