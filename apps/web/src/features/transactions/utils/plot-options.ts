import uPlot from 'uplot';
import { formatDate } from '../../../lib/money';

/** Colours read from the page when the chart is drawn (canvas has no currentColor). */
export interface PlotColors {
  line: string;
  faint: string;
}

/** A CSS colour (Tailwind's are oklch) as rgba() with the given opacity, for the canvas. */
export function withAlpha(color: string, alpha: number): string {
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

/** Dates only: a tick on the same day as the one before it stays unlabelled. */
export function dateLabels(splits: number[]): string[] {
  return splits.map((v, i) => {
    const label = formatDate(v);
    return i > 0 && label === formatDate(splits[i - 1] ?? v) ? '' : label;
  });
}

/**
 * The step-after balance line, in the given colours, its time axis spanning the data (the period),
 * its money axis from zero. `onDateLabels` hears the date labels as they are drawn.
 */
export function plotOptions(o: {
  width: number;
  height: number;
  font: string;
  colors: PlotColors;
  exponent: number;
  money: (value: number) => string;
  onCursor: (u: uPlot) => void;
  onDateLabels: (labels: string[]) => void;
}): uPlot.Options {
  const axis = {
    font: o.font,
    stroke: () => o.colors.line,
    grid: { stroke: () => o.colors.faint, width: 1, dash: [3, 3] },
    ticks: { stroke: () => o.colors.faint, width: 1 },
  };
  return {
    width: o.width,
    height: o.height,
    ms: 1,
    legend: { show: false },
    cursor: {
      y: false,
      drag: { x: false, y: false },
      points: { size: 7, fill: () => o.colors.line, stroke: () => o.colors.line },
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
        values: (_u, splits) => {
          const labels = dateLabels(splits);
          o.onDateLabels(labels.filter(Boolean));
          return labels;
        },
      },
      { ...axis, incrs: moneySteps(o.exponent), size: moneyAxisSize, values: (_u, s) => s.map(o.money) },
    ],
    series: [
      {},
      {
        stroke: () => o.colors.line,
        fill: () => o.colors.faint,
        width: 1,
        paths: uPlot.paths.stepped?.({ align: 1 }),
        points: { show: false },
      },
    ],
    hooks: { setCursor: [o.onCursor], setData: [o.onCursor] },
  };
}
