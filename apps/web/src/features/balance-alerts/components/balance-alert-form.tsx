import { BellRing } from 'lucide-react';
import { type FormEvent, useEffect, useState } from 'react';
import type { WalletActionProps } from '../../../app/wallet-sections';
import { AmountField } from '../../../components/amount-field';
import { Button } from '../../../components/ui/button';
import { useAmountField } from '../../../hooks/use-amount-field';
import { useBalanceAlert } from '../api/get-balance-alert';
import { useSetBalanceAlert } from '../api/set-balance-alert';

/** The "Balance alert" action: a low and/or a high mark for the wallet; both empty turns it off. */
export function BalanceAlertForm({ wallet, onClose }: WalletActionProps) {
  const current = useBalanceAlert(wallet.id);
  const save = useSetBalanceAlert();
  const below = useAmountField(wallet.currency);
  const above = useAmountField(wallet.currency);
  const [filled, setFilled] = useState(false);
  const alert = current.data;
  // Start from the alert as it is, once it has been read.
  useEffect(() => {
    if (!alert || filled) return;
    setFilled(true);
    if (alert.below !== null) below.onChange(String(alert.below));
    if (alert.above !== null) above.onChange(String(alert.above));
  }, [alert, filled, below, above]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const low = below.text.trim() === '' ? null : below.validate();
    const high = above.text.trim() === '' ? null : above.validate();
    if ((below.text.trim() !== '' && !low) || (above.text.trim() !== '' && !high)) return;
    if (low && high && low.amountMinor >= high.amountMinor) {
      above.setError('Make it more than the low mark');
      return;
    }
    save.mutate(
      { walletId: wallet.id, below: low?.amount ?? null, above: high?.amount ?? null },
      { onSuccess: onClose },
    );
  }

  return (
    <form onSubmit={submit} className="grid gap-3 sm:grid-cols-2" aria-label="Balance alert" noValidate>
      <AmountField label={`Tell me below (${wallet.currency})`} amount={below} />
      <AmountField label={`Tell me above (${wallet.currency})`} amount={above} />
      <p className="text-sm text-slate-600 sm:col-span-2 dark:text-slate-400">
        You get a notice (and your webhooks) each time the balance crosses a mark. Leave both empty to turn it
        off.
      </p>
      <div className="flex flex-wrap gap-2 sm:col-span-2">
        <Button type="submit" disabled={save.isPending || current.isLoading}>
          <BellRing aria-hidden="true" size={16} />
          {save.isPending ? 'Saving…' : 'Save alert'}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
