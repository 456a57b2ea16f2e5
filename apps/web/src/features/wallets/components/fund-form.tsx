import type { Wallet } from '@wallet/contract';
import { ArrowDownToLine } from 'lucide-react';
import { AmountField } from '../../../components/amount-field';
import { MemoFields } from '../../../components/memo-fields';
import { Button } from '../../../components/ui/button';
import { useFundForm } from '../hooks/use-fund-form';

export function FundForm({ wallet }: { wallet: Wallet }) {
  const form = useFundForm(wallet);
  return (
    <form
      onSubmit={form.submit}
      className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-start"
      aria-label="Add money"
    >
      <AmountField label={`Amount to add (${wallet.currency})`} amount={form.amount} />
      <Button type="submit" disabled={form.isPending} className="sm:mt-6">
        <ArrowDownToLine aria-hidden="true" size={16} />
        {form.isPending ? 'Adding…' : 'Add money'}
      </Button>
      <MemoFields memo={form.memo} className="sm:col-span-2" />
    </form>
  );
}
