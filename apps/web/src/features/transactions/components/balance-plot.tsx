import { useMemo, useRef } from 'react';
import { useBalancePlot } from '../hooks/use-balance-plot';

/**
 * The canvas of the balance chart and, above it, the line that reads out the point under the cursor.
 * `times` and `balances` are the series (see balanceSeries).
 */
export function BalancePlot({
  times,
  balances,
  currency,
}: {
  times: number[];
  balances: (number | null)[];
  currency: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const readout = useRef<HTMLParagraphElement>(null);
  const data = useMemo<[number[], (number | null)[]]>(() => [times, balances], [times, balances]);
  useBalancePlot(box, readout, currency, data);
  return (
    <div className="flex h-full flex-col">
      <p ref={readout} className="h-5 truncate text-xs text-slate-600 tabular-nums dark:text-slate-400" />
      {/* Out of the flow, so the canvas never holds its box (and the page) wider than the screen. */}
      <div className="relative min-h-0 flex-1">
        <div ref={box} className="absolute inset-0" data-testid="balance-plot" />
      </div>
    </div>
  );
}
