import type { components } from '@wallet/contract';

export type ScheduledTransfer = components['schemas']['ScheduledTransfer'];
export type RepeatEvery = 'WEEK' | 'MONTH';

const ORDINAL_RULES = new Intl.PluralRules('en-US', { type: 'ordinal' });
const SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

export function ordinal(n: number): string {
  return `${n}${SUFFIX[ORDINAL_RULES.select(n)] ?? 'th'}`;
}

const WEEKDAY = new Intl.DateTimeFormat(undefined, { weekday: 'long', timeZone: 'UTC' });

/**
 * How a schedule repeats, in words: "Once", "Every week on Monday", "Every month on the 31st (or the
 * month's last day)", with its end: "· 12 times", "· until 31 Dec 2027". Days are the API's (UTC).
 */
export function describeRepeat(
  schedule: Pick<ScheduledTransfer, 'startAt' | 'repeat'>,
  formatDate: (iso: string) => string,
): string {
  const repeat = schedule.repeat;
  if (!repeat) return 'Once';
  const start = new Date(schedule.startAt);
  const day = start.getUTCDate();
  const every =
    repeat.every === 'WEEK'
      ? `Every week on ${WEEKDAY.format(start)}`
      : `Every month on the ${ordinal(day)}${day > 28 ? ' (or the month’s last day)' : ''}`;
  const ends = [
    repeat.count !== null ? `${repeat.count} ${repeat.count === 1 ? 'time' : 'times'}` : null,
    repeat.until !== null ? `until ${formatDate(repeat.until)}` : null,
  ].filter((part): part is string => part !== null);
  return [every, ...ends].join(' · ');
}

/**
 * The first run's time from a date field (YYYY-MM-DD, the person's own calendar): today means now (it
 * runs at once), a later day means 09:00 that morning, local time. Null when the day is in the past or
 * not a date.
 */
export function startAtFrom(dateText: string, now: Date): Date | null {
  const day = localDay(dateText);
  if (!day) return null;
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  if (day.getTime() < today.getTime()) return null;
  if (day.getTime() === today.getTime()) return now;
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), 9, 0, 0, 0);
}

/** The end of the day of a date field (local time): the last run may fall on it. Null if not a date. */
export function untilFrom(dateText: string): Date | null {
  const day = localDay(dateText);
  return day ? new Date(day.getFullYear(), day.getMonth(), day.getDate(), 23, 59, 59, 999) : null;
}

/** Today as a date field's value (YYYY-MM-DD, local). */
export function dateFieldValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function localDay(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}
