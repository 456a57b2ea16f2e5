import type { Wallet } from '@wallet/contract';
import { Snowflake } from 'lucide-react';
import type { ReactNode } from 'react';
import { formatMoney, formatMoneyMinor } from '../../../lib/money';
import { availableMinor, balanceMinor } from '../../../lib/wallet-cache';

/**
 * The top of a wallet's page: its name, the balance large, and, once money is set aside (a transfer
 * held for review, a hold), what is available and what is pending. `children`: the action bar, placed
 * right under the balance.
 */
export function WalletBalanceCard({ wallet, children }: { wallet: Wallet; children?: ReactNode }) {
  // In minor units: never subtract money as floating point.
  const pendingMinor = balanceMinor(wallet) - availableMinor(wallet);
  return (
    <section
      aria-label={`Balance of ${wallet.name}`}
      className="rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
        <h2 className="font-medium text-slate-800 dark:text-slate-200">{wallet.name}</h2>
        <span aria-hidden="true">·</span>
        <span>{wallet.currency}</span>
        {wallet.frozen ? (
          <span className="inline-flex items-center gap-1 rounded-full bg-sky-100 px-2 py-0.5 text-xs font-medium text-sky-900 dark:bg-sky-950 dark:text-sky-200">
            <Snowflake aria-hidden="true" size={12} /> Frozen
          </span>
        ) : null}
      </div>
      <p className="sr-only">Balance</p>
      <p
        className="mt-1 text-4xl font-semibold tracking-tight tabular-nums sm:text-5xl"
        data-testid="balance"
        aria-live="polite"
      >
        {formatMoney(wallet.balance, wallet.currency)}
      </p>
      {pendingMinor !== 0n ? (
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300" data-testid="available-balance">
          <span className="font-semibold tabular-nums">
            {formatMoney(wallet.availableBalance, wallet.currency)}
          </span>{' '}
          available <span aria-hidden="true">·</span>{' '}
          <span className="font-semibold tabular-nums">
            {formatMoneyMinor(pendingMinor, wallet.currency)}
          </span>{' '}
          pending
        </p>
      ) : null}
      {children}
    </section>
  );
}
