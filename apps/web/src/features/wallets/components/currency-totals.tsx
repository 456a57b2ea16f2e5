import type { Wallet } from '@wallet/contract';
import { formatMoneyMinor } from '../../../lib/money';
import { plural } from '../../../lib/plural';
import { balanceMinor } from '../../../lib/wallet-cache';

/** What the person holds in each currency, across every wallet loaded. Exact, in minor units. */
export function CurrencyTotals({ wallets, complete }: { wallets: Wallet[]; complete: boolean }) {
  const totals = new Map<string, bigint>();
  for (const w of wallets) totals.set(w.currency, (totals.get(w.currency) ?? 0n) + balanceMinor(w));
  return (
    <section
      aria-labelledby="totals-heading"
      className="rounded-2xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      <h2 id="totals-heading" className="text-sm font-medium text-slate-600 dark:text-slate-400">
        Total{complete ? '' : ' so far'} · {plural(wallets.length, { one: 'wallet', other: 'wallets' })}
      </h2>
      <ul className="mt-1 grid gap-0.5" data-testid="currency-totals">
        {[...totals].map(([currency, minor]) => (
          <li key={currency} className="text-lg font-semibold tabular-nums">
            {formatMoneyMinor(minor, currency)}
          </li>
        ))}
      </ul>
    </section>
  );
}
