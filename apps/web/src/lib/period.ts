import { useSearchParams } from 'react-router';

export const DAY_MS = 86_400_000;

/** The periods a wallet's page shows: its chart, its list and its statement all use the one chosen. */
export const PERIODS = [
  { value: '7', label: 'Last 7 days' },
  { value: '30', label: 'Last 30 days' },
  { value: '90', label: 'Last 90 days' },
  { value: 'custom', label: 'From… to…' },
] as const;

/** The choice made (a number of days, or `custom` with its two dates, yyyy-mm-dd). */
export interface Period {
  choice: string;
  from: string;
  to: string;
}

export const DEFAULT_PERIOD = '30';
const day = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The [from, to) window of a period, in epoch milliseconds. */
export function rangeWindow(
  choice: string,
  custom: { from: string; to: string },
  now = Date.now(),
): { from: number; to: number } {
  if (choice !== 'custom') return { from: now - Number(choice) * DAY_MS, to: now + 1 };
  // The dates a person picks are whole local days: "to" includes all of its day.
  const from = custom.from ? new Date(`${custom.from}T00:00`).getTime() : 0;
  const to = custom.to ? new Date(`${custom.to}T00:00`).getTime() + DAY_MS : now + 1;
  return { from, to };
}

/** The statement's days (UTC, inclusive) for a period; null while a custom period lacks its start. */
export function periodDays(period: Period, now = Date.now()): { from: string; to: string } | null {
  if (period.choice !== 'custom') return { from: day(now - Number(period.choice) * DAY_MS), to: day(now) };
  if (!period.from) return null;
  return { from: period.from, to: period.to || day(now) };
}

/** The label of a period, for headings and captions. */
export function periodLabel(period: Period): string {
  if (period.choice !== 'custom') return PERIODS.find((p) => p.value === period.choice)?.label ?? '';
  if (period.from && period.to) return `${period.from} to ${period.to}`;
  if (period.from) return `Since ${period.from}`;
  return 'All time';
}

const KNOWN = new Set<string>(PERIODS.map((p) => p.value));
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The page's one period, kept in the address (?period=7|30|90|custom&from=&to=) so a link keeps it. */
export function usePeriod() {
  const [params, setParams] = useSearchParams();
  const asked = params.get('period') ?? DEFAULT_PERIOD;
  const choice = KNOWN.has(asked) ? asked : DEFAULT_PERIOD;
  const from = DATE.test(params.get('from') ?? '') ? (params.get('from') ?? '') : '';
  const to = DATE.test(params.get('to') ?? '') ? (params.get('to') ?? '') : '';
  const period: Period = { choice, from, to };

  function update(next: Partial<Period>) {
    setParams(
      (current) => {
        const merged = { ...period, ...next };
        const out = new URLSearchParams(current);
        if (merged.choice === DEFAULT_PERIOD) out.delete('period');
        else out.set('period', merged.choice);
        for (const key of ['from', 'to'] as const) {
          if (merged.choice === 'custom' && merged[key]) out.set(key, merged[key]);
          else out.delete(key);
        }
        return out;
      },
      { replace: true, preventScrollReset: true },
    );
  }

  return {
    period,
    window: rangeWindow(choice, { from, to }),
    setChoice: (value: string) => update({ choice: value }),
    setFrom: (value: string) => update({ from: value }),
    setTo: (value: string) => update({ to: value }),
  };
}

export type PeriodState = ReturnType<typeof usePeriod>;
