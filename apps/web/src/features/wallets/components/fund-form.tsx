import type { Wallet } from '@wallet/contract';
import { ArrowDownToLine } from 'lucide-react';
import { AmountField } from '../../../components/amount-field';
import { MemoFields } from '../../../components/memo-fields';
import { Button } from '../../../components/ui/button';
import { useFundForm } from '../hooks/use-fund-form';

/** Add money: the amount, an optional memo; `onDone` once the money is in (the dialog closes). */
export function FundForm({ wallet, onDone }: { wallet: Wallet; onDone?: () => void }) {
  const form = useFundForm(wallet, onDone);
  return (
    <form onSubmit={form.submit} className="grid gap-3" aria-label="Add money">
      <AmountField label={`Amount to add (${wallet.currency})`} amount={form.amount} />
      <MemoFields memo={form.memo} />
      <Button type="submit" disabled={form.isPending} className="w-full sm:w-auto sm:justify-self-end">
        <ArrowDownToLine aria-hidden="true" size={16} />
        {form.isPending ? 'Adding…' : 'Add money'}
      </Button>
    </form>
  );
}
