import type { Wallet } from '@wallet/contract';
import { Card } from '../../../components/ui/card';
import { formatMoney } from '../../../lib/money';
import { FundForm } from './fund-form';
import { ReceiveMoney } from './receive-money';

/** A wallet's balance, with what brings money in: funding, and its ID to give a payer. */
export function WalletBalanceCard({ wallet }: { wallet: Wallet }) {
  return (
    <Card aria-labelledby="balance-heading">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {wallet.name} · {wallet.currency}
      </p>
      <h2 id="balance-heading" className="sr-only">
        Balance of {wallet.name}
      </h2>
      <p
        className="mt-1 text-4xl font-semibold tracking-tight tabular-nums"
        data-testid="balance"
        aria-live="polite"
      >
        {formatMoney(wallet.balance, wallet.currency)}
      </p>
      {wallet.availableBalance !== wallet.balance ? (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400" data-testid="available-balance">
          {formatMoney(wallet.availableBalance, wallet.currency)} available: the rest is held for review
        </p>
      ) : null}
      <div className="mt-6">
        <FundForm key={wallet.id} wallet={wallet} />
      </div>
      <ReceiveMoney key={`receive-${wallet.id}`} wallet={wallet} />
    </Card>
  );
}
