import type { Wallet } from '@wallet/contract';
import { Lock } from 'lucide-react';
import { AmountField } from '../../../components/amount-field';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { formatMoney } from '../../../lib/money';
import { useHoldForm } from '../hooks/use-hold-form';

/**
 * The "Hold money" action: reserve an amount of this wallet now, to pay or release later. Rendered in
 * the wallet page's dialog; closes it once the hold is made.
 */
export function HoldMoneyForm({
  wallet,
  onClose,
}: {
  wallet: Wallet;
  wallets: Wallet[];
  onClose: () => void;
}) {
  const form = useHoldForm(wallet, onClose);
  return (
    <form onSubmit={form.submit} className="grid gap-4" aria-label="Hold money">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Available now: <strong>{formatMoney(wallet.availableBalance, wallet.currency)}</strong>. The held
        amount stays in this wallet but cannot be spent until you pay it or release it.
      </p>
      <AmountField label={`Amount to hold (${wallet.currency})`} amount={form.amount} />
      <TextField
        label="Release it on its own at (optional)"
        type="datetime-local"
        value={form.expires}
        onChange={(e) => form.setExpires(e.target.value)}
        error={form.expiresError}
        hint="Your local time, within 30 days. Leave it empty to keep it until you act."
      />
      <TextField
        label="Description (optional)"
        value={form.description}
        maxLength={140}
        onChange={(e) => form.setDescription(e.target.value)}
        error={form.descriptionError}
      />
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" disabled={form.isPending}>
          <Lock aria-hidden="true" size={16} />
          {form.isPending ? 'Holding…' : 'Hold money'}
        </Button>
      </div>
    </form>
  );
}
