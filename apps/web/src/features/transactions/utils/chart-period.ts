import type { Transaction } from '@wallet/contract';

export interface Movement {
  time: number;
  balance: number;
}

/** The balance's course over a period: the axis spans the whole period, not only its movements. */
export interface BalanceSeries {
  movements: Movement[];
  /** Times, ascending: the period's start, each movement, the period's end (now at the latest). */
  times: number[];
  /** The balance at each time; null at the start when the history loaded does not reach back to it. */
  balances: (number | null)[];
}

/**
 * The successful movements in the window, oldest first, and the series to draw: the balance at the
 * window's start (known when the loaded history reaches back to it), each movement, and the balance
 * held until the window's end. A window open at the start begins at its first movement.
 */
export function balanceSeries(
  transactions: Transaction[],
  span: { from: number; to: number },
  options: { now?: number; reachesStart: boolean },
): BalanceSeries {
  const inWindow = transactions
    .filter((t) => t.status === 'SUCCESS')
    .map((t) => ({ time: new Date(t.createdAt).getTime(), transaction: t }))
    .filter((p) => p.time >= span.from && p.time < span.to)
    .reverse();
  const movements = inWindow.map((p) => ({ time: p.time, balance: p.transaction.balanceAfter }));
  const first = inWindow[0];
  const last = movements.at(-1);
  if (!first || !last) return { movements, times: [], balances: [] };
  const times = movements.map((m) => m.time);
  const balances: (number | null)[] = movements.map((m) => m.balance);
  if (span.from > 0 && span.from < first.time) {
    times.unshift(span.from);
    balances.unshift(options.reachesStart ? first.transaction.balanceBefore : null);
  }
  const end = Math.min(span.to - 1, options.now ?? Date.now());
  if (end > last.time) {
    times.push(end);
    balances.push(last.balance);
  }
  return { movements, times, balances };
}
