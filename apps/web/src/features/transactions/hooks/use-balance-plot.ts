import { findCurrency } from '@wallet/money';
import { type RefObject, useEffect, useRef } from 'react';
import uPlot from 'uplot';
import { formatDateTime, formatMoney } from '../../../lib/money';
import { type PlotColors, plotOptions, withAlpha } from '../utils/plot-options';

/** jsdom (the unit tests) has no canvas: there the figure keeps only its caption. */
function canDraw(): boolean {
  return document.createElement('canvas').getContext('2d') !== null;
}

/**
 * The balance line on a canvas in `box` (uPlot, only where there is one): made once per currency, in
 * the box's text colour (again when the theme changes), as wide as the box; `readout` tells the point
 * under the cursor (the newest when there is none). The box's data-date-labels lists the dates drawn.
 */
export function useBalancePlot(
  box: RefObject<HTMLDivElement | null>,
  readout: RefObject<HTMLParagraphElement | null>,
  currency: string,
  data: [number[], (number | null)[]],
) {
  const chart = useRef<uPlot | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el || !canDraw()) return;
    const exponent = findCurrency(currency)?.exponent ?? 2;
    const money = (value: number) => formatMoney(Number(value.toFixed(exponent)), currency);
    const colors: PlotColors = { line: '', faint: '' };
    const readColors = () => {
      const line = getComputedStyle(el).color;
      Object.assign(colors, { line, faint: withAlpha(line, 0.15) });
    };
    readColors();
    const onCursor = (u: uPlot) => {
      const [times, balances] = u.data;
      const i = u.cursor.idx ?? times.length - 1;
      const time = times[i];
      const balance = balances?.[i];
      if (readout.current) {
        readout.current.textContent =
          time == null || balance == null ? '' : `${formatDateTime(time)}: ${money(balance)}`;
      }
    };
    const onDateLabels = (labels: string[]) => {
      el.dataset.dateLabels = JSON.stringify(labels);
    };
    const font = `12px ${getComputedStyle(el).fontFamily}`;
    const options = plotOptions({
      ...{ width: el.clientWidth, height: el.clientHeight, font, colors, exponent },
      ...{ money, onCursor, onDateLabels },
    });
    const made = new uPlot(options, [[], []], el);
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
  }, [currency, box, readout]);

  useEffect(() => {
    chart.current?.setData(data as uPlot.AlignedData);
  }, [data]);
}
