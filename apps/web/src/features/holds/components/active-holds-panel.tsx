import type { Wallet } from '@wallet/contract';
import { Lock } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { formatDateTime, formatMoney } from '../../../lib/money';
import { useActiveHolds } from '../api/get-active-holds';
import { useVoidHold } from '../api/void-hold';
import { CaptureHoldForm } from './capture-hold-form';

/**
 * The wallet's active holds (a panel of the wallet page): what is available against what is held, and
 * each hold with Pay (capture) and Release (void). Nothing when the wallet holds nothing.
 */
export function ActiveHoldsPanel({ wallet, wallets }: { wallet: Wallet; wallets: Wallet[] }) {
  const holds = useActiveHolds(wallet.id);
  const release = useVoidHold();
  const [paying, setPaying] = useState<string | null>(null);
  const active = holds.data?.data ?? [];
  if (active.length === 0) return null;
  const held = wallet.balance - wallet.availableBalance;
  return (
    <Card aria-labelledby={`holds-${wallet.id}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3
          id={`holds-${wallet.id}`}
          className="flex items-center gap-2 text-base font-semibold text-slate-900 dark:text-slate-100"
        >
          <Lock aria-hidden="true" size={16} />
          Held money
        </h3>
        <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="holds-summary">
          {formatMoney(wallet.availableBalance, wallet.currency)} available ·{' '}
          {formatMoney(held, wallet.currency)} held
        </p>
      </div>
      <ul className="mt-3 divide-y divide-slate-200 dark:divide-slate-800">
        {active.map((hold) => (
          <li key={hold.id} className="py-3">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <div>
                <p className="font-medium text-slate-900 dark:text-slate-100">
                  {formatMoney(hold.amount, hold.currency)}
                  {hold.description ? <span className="font-normal"> · {hold.description}</span> : null}
                </p>
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  {hold.expiresAt
                    ? `Released on its own ${formatDateTime(hold.expiresAt)}`
                    : 'Held until you act'}
                </p>
              </div>
              <div className="flex gap-2">
                <Button
                  variant="secondary"
                  aria-expanded={paying === hold.id}
                  aria-label={`Pay ${formatMoney(hold.amount, hold.currency)} held`}
                  onClick={() => setPaying(paying === hold.id ? null : hold.id)}
                >
                  Pay
                </Button>
                <Button
                  variant="ghost"
                  disabled={release.isPending && release.variables?.id === hold.id}
                  aria-label={`Release ${formatMoney(hold.amount, hold.currency)} held`}
                  onClick={() => release.mutate(hold)}
                >
                  Release
                </Button>
              </div>
            </div>
            {paying === hold.id ? (
              <CaptureHoldForm hold={hold} wallets={wallets} onDone={() => setPaying(null)} />
            ) : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}
