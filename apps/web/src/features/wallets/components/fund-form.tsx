import type { Wallet } from '@wallet/contract';
import { ArrowDownToLine } from 'lucide-react';
import type { FormEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { useIdempotentAction } from '../../../lib/idempotency';
import { useFundWallet } from '../api/fund-wallet';
import { useAmountField } from '../hooks/use-amount';
import { useMemoFields } from '../hooks/use-memo-fields';
import { AmountField } from './amount-field';
import { MemoFields } from './memo-fields';

export function FundForm({ wallet }: { wallet: Wallet }) {
  const fund = useFundWallet();
  const idempotency = useIdempotentAction();
  const amount = useAmountField(wallet.currency);
  const memo = useMemoFields();

  function submit(event: FormEvent) {
    event.preventDefault();
    const valid = amount.validate();
    const note = memo.validate();
    if (!valid || !note) return;
    const action = { walletId: wallet.id, amount: valid.amount, ...note };
    fund.mutate(
      { ...action, amountMinor: valid.amountMinor, idempotencyKey: idempotency.keyFor(action) },
      idempotency.settleOn({
        success: () => {
          amount.reset();
          memo.reset();
        },
        finalError: (error) => {
          if (error.code === 'VALIDATION_FAILED') amount.setError(error.detail);
        },
      }),
    );
  }

  return (
    <form
      onSubmit={submit}
      className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-start"
      aria-label="Add money"
    >
      <AmountField label={`Amount to add (${wallet.currency})`} amount={amount} />
      <Button type="submit" disabled={fund.isPending} className="sm:mt-6">
        <ArrowDownToLine aria-hidden="true" size={16} />
        {fund.isPending ? 'Adding…' : 'Add money'}
      </Button>
      <MemoFields memo={memo} className="sm:col-span-2" />
    </form>
  );
}
