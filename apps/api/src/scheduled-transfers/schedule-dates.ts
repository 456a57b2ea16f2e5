/**
 * When each occurrence of a scheduled transfer is due. Pure: dates in, dates out, all in UTC.
 * - Once (no repeat): occurrence 1 at startAt, nothing after.
 * - WEEK: occurrence n at startAt + (n - 1) weeks.
 * - MONTH: occurrence n in the (n - 1)th month after startAt's, on startAt's day of the month, or on the
 *   month's last day when it is shorter (set up on 31 January: 28 or 29 February, 31 March, 30 April),
 *   at startAt's time of day. Each date is reckoned from startAt, never from the previous one, so a short
 *   month does not pull the later ones earlier.
 * - `until` (inclusive) and `count` (occurrences in the series, those skipped while paused included) end it.
 */

export type RepeatEvery = 'WEEK' | 'MONTH';

export interface Series {
  startAt: Date;
  every: RepeatEvery | null;
  until: Date | null;
  count: number | null;
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
/** A series paused for longer than this many occurrences is not walked further (decades of weeks). */
const MAX_WALK = 100_000;

/** The last day of a month (0-based month, any year), in UTC. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/** When occurrence `n` (1-based) is due, ignoring the series' end. */
export function occurrenceAt(series: Pick<Series, 'startAt' | 'every'>, n: number): Date {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`occurrence ${n} is not a whole number >= 1`);
  const start = series.startAt;
  if (series.every === null || n === 1) return new Date(start.getTime());
  if (series.every === 'WEEK') return new Date(start.getTime() + (n - 1) * WEEK_MS);
  const months = start.getUTCMonth() + (n - 1);
  const year = start.getUTCFullYear() + Math.floor(months / 12);
  const month = months % 12;
  const day = Math.min(start.getUTCDate(), daysInMonth(year, month));
  return new Date(
    Date.UTC(
      year,
      month,
      day,
      start.getUTCHours(),
      start.getUTCMinutes(),
      start.getUTCSeconds(),
      start.getUTCMilliseconds(),
    ),
  );
}

/** When occurrence `n` is due, or null when the series has ended before it. */
export function dueAt(series: Series, n: number): Date | null {
  if (series.every === null) return n === 1 ? new Date(series.startAt.getTime()) : null;
  if (series.count !== null && n > series.count) return null;
  const at = occurrenceAt(series, n);
  if (series.until !== null && at.getTime() > series.until.getTime()) return null;
  return at;
}

/**
 * The first occurrence from `from` on that is due at or after `now` (what a resumed series runs next:
 * the ones due while it was paused are skipped), or null when the series ends before then.
 */
export function nextDueFrom(
  series: Series,
  from: number,
  now: Date,
): { occurrence: number; at: Date } | null {
  for (let n = from; n < from + MAX_WALK; n += 1) {
    const at = dueAt(series, n);
    if (at === null) return null;
    if (at.getTime() >= now.getTime()) return { occurrence: n, at };
  }
  return null;
}
