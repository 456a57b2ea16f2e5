import type { Transaction } from '@wallet/contract';
import { findCurrency } from '@wallet/money';
import { useEffect, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { SelectField, TextField } from '../../../components/ui/field';
import { formatDate, formatDateTime, formatMoney } from '../../../lib/money';

const DAY_MS = 86_400_000;
const RANGES = [
  { value: '7', label: 'Last 7 days' },
  { value: '30', label: 'Last 30 days' },
  { value: '90', label: 'Last 90 days' },
  { value: 'custom', label: 'From… to…' },
] as const;

/** The [from, to) window of a range choice, in epoch milliseconds. */
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

/**
 * The balance after each successful movement in the chosen window, oldest to newest, from the history
 * loaded so far.
 */
export function BalanceChart({
  transactions,
  currency,
  hasOlder = false,
}: {
  transactions: Transaction[];
  currency: string;
  /** More history exists than is loaded: the chart may not reach back to the period's start. */
  hasOlder?: boolean;
}) {
  const [choice, setChoice] = useState<string>('30');
  const [custom, setCustom] = useState({ from: '', to: '' });
  const span = rangeWindow(choice, custom);
  const points = transactions
    .filter((t) => t.status === 'SUCCESS')
    .map((t) => ({ time: new Date(t.createdAt).getTime(), balance: t.balanceAfter }))
    .filter((p) => p.time >= span.from && p.time < span.to)
    .reverse();
  const first = points[0];
  const last = points[points.length - 1];
  const summary =
    first && last
      ? `Balance over ${points.length} movements, from ${formatMoney(first.balance, currency)} to ${formatMoney(last.balance, currency)}.`
      : 'No movements in this period.';
  return (
    <div className="grid gap-3">
      <div className="grid gap-2 sm:grid-cols-3">
        <SelectField label="Period" value={choice} onChange={(e) => setChoice(e.target.value)}>
          {RANGES.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </SelectField>
        {choice === 'custom' ? (
          <>
            <TextField
              label="From"
              type="date"
              value={custom.from}
              max={custom.to || undefined}
              onChange={(e) => setCustom((c) => ({ ...c, from: e.target.value }))}
            />
            <TextField
              label="To"
              type="date"
              value={custom.to}
              min={custom.from || undefined}
              onChange={(e) => setCustom((c) => ({ ...c, to: e.target.value }))}
            />
          </>
        ) : null}
      </div>
      {hasOlder && (transactions.at(-1)?.createdAt ?? '') > new Date(span.from).toISOString() ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          The chart shows the movements loaded so far; load more history below to reach further back.
        </p>
      ) : null}
      {points.length < 2 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="chart-empty">
          {points.length === 0 ? summary : 'Only one movement in this period: nothing to chart yet.'}
        </p>
      ) : (
        <figure className="h-48 w-full text-indigo-600 dark:text-indigo-400" role="img" aria-label={summary}>
          <BalancePlot points={points} currency={currency} />
          <figcaption className="sr-only">{summary}</figcaption>
        </figure>
      )}
    </div>
  );
}

type Point = { time: number; balance: number };

/** jsdom (the unit tests) has no canvas: there the figure keeps only its caption. */
function canDraw(): boolean {
  return document.createElement('canvas').getContext('2d') !== null;
}

/** A CSS colour (Tailwind's are oklch) as rgba() with the given opacity, for the canvas. */
function withAlpha(color: string, alpha: number): string {
  const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!ctx) return color;
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** Nice steps for the money axis, never finer than the currency's minor unit. */
function moneySteps(exponent: number): number[] {
  const steps: number[] = [];
  for (let power = -exponent; power <= 15; power++) {
    for (const m of [1, 2, 5]) steps.push(Number((m * 10 ** power).toFixed(Math.max(0, -power))));
  }
  return steps;
}

/** The money axis is as wide as its longest label (uPlot's autosize recipe). */
function moneyAxisSize(self: uPlot, values: string[] | undefined, axisIdx: number): number {
  const axis = self.axes[axisIdx];
  const font = (axis?.font as unknown as [string] | undefined)?.[0];
  const longest = (values ?? []).reduce((a, v) => (v.length > a.length ? v : a), '');
  let width = 0;
  if (longest && font) {
    self.ctx.font = font;
    width = self.ctx.measureText(longest).width / devicePixelRatio;
  }
  return Math.ceil(width + (axis?.ticks?.size ?? 10) + (axis?.gap ?? 5));
}

/**
 * The step-after line on a canvas (uPlot, only where there is one), in the figure's text colour,
 * redrawn when the theme changes, as wide as its box; a line above it reads out the point under the
 * cursor (the newest when there is none).
 */
function BalancePlot({ points, currency }: { points: Point[]; currency: string }) {
  const box = useRef<HTMLDivElement>(null);
  const readout = useRef<HTMLParagraphElement>(null);
  const chart = useRef<uPlot | null>(null);

  // The chart: made once per currency, sized to its box, coloured from the figure's text colour.
  useEffect(() => {
    const el = box.current;
    if (!el || !canDraw()) return;
    const exponent = findCurrency(currency)?.exponent ?? 2;
    const money = (value: number) => formatMoney(Number(value.toFixed(exponent)), currency);
    const colors = { line: '', faint: '' };
    // Canvas has no currentColor: take the inherited text colour, again whenever the theme changes.
    const readColors = () => {
      const line = getComputedStyle(el).color;
      Object.assign(colors, { line, faint: withAlpha(line, 0.15) });
    };
    readColors();
    const show = (u: uPlot) => {
      const [times, balances] = u.data;
      const i = u.cursor.idx ?? times.length - 1;
      const time = times[i];
      const balance = balances?.[i];
      if (readout.current) {
        readout.current.textContent =
          time == null || balance == null ? '' : `${formatDateTime(time)}: ${money(balance)}`;
      }
    };
    const axis = {
      font: `12px ${getComputedStyle(el).fontFamily}`,
      stroke: () => colors.line,
      grid: { stroke: () => colors.faint, width: 1, dash: [3, 3] },
      ticks: { stroke: () => colors.faint, width: 1 },
    };
    const made = new uPlot(
      {
        width: el.clientWidth,
        height: el.clientHeight,
        ms: 1,
        legend: { show: false },
        cursor: {
          y: false,
          drag: { x: false, y: false },
          points: { size: 7, fill: () => colors.line, stroke: () => colors.line },
        },
        scales: {
          x: { time: true },
          // From zero (or below it), as balances are read.
          y: { range: (_u, min, max) => uPlot.rangeNum(Math.min(0, min), max, 0.1, true) },
        },
        axes: [
          {
            ...axis,
            size: 32,
            space: 110,
            // Dates only: a tick on the same day as the one before it stays unlabelled.
            values: (_u, splits) =>
              splits.map((v, i) => {
                const label = formatDate(v);
                return i > 0 && label === formatDate(splits[i - 1] ?? v) ? '' : label;
              }),
          },
          {
            ...axis,
            incrs: moneySteps(exponent),
            size: moneyAxisSize,
            values: (_u, splits) => splits.map(money),
          },
        ],
        series: [
          {},
          {
            stroke: () => colors.line,
            fill: () => colors.faint,
            width: 1,
            paths: uPlot.paths.stepped?.({ align: 1 }),
            points: { show: false },
          },
        ],
        hooks: { setCursor: [show], setData: [show] },
      },
      [[], []],
      el,
    );
    chart.current = made;
    const theme = new MutationObserver(() => {
      readColors();
      made.redraw(false);
    });
    theme.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
    const resize = new ResizeObserver(() => made.setSize({ width: el.clientWidth, height: el.clientHeight }));
    resize.observe(el);
    return () => {
      theme.disconnect();
      resize.disconnect();
      made.destroy();
      chart.current = null;
    };
  }, [currency]);

  useEffect(() => {
    chart.current?.setData([points.map((p) => p.time), points.map((p) => p.balance)]);
  }, [points]);

  return (
    <div className="flex h-full flex-col">
      <p ref={readout} className="h-5 truncate text-xs text-slate-600 tabular-nums dark:text-slate-400" />
      {/* Out of the flow, so the canvas never holds its box (and the page) wider than the screen. */}
      <div className="relative min-h-0 flex-1">
        <div ref={box} className="absolute inset-0" />
      </div>
    </div>
  );
}
