import type { Wallet } from '@wallet/contract';
import type { FormEvent } from 'react';
import { useAmountField } from '../../../hooks/use-amount-field';
import { useMemoFields } from '../../../hooks/use-memo-fields';
import { useIdempotentAction } from '../../../lib/idempotency';
import { useFundWallet } from '../api/fund-wallet';

/** The Add money form's state: the amount, the memo, and the submission under one Idempotency-Key. */
export function useFundForm(wallet: Wallet, onDone?: () => void) {
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
          onDone?.();
        },
        finalError: (error) => {
          if (error.code === 'VALIDATION_FAILED') amount.setError(error.detail);
        },
      }),
    );
  }

  return { amount, memo, submit, isPending: fund.isPending };
}
