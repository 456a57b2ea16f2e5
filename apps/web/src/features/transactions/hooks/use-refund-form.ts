import type { Transaction } from '@wallet/contract';
import { findCurrency, formatMinor } from '@wallet/money';
import { type FormEvent, useState } from 'react';
import { useAmountField } from '../../../hooks/use-amount-field';
import { useIdempotentAction } from '../../../lib/idempotency';
import { formatMoney } from '../../../lib/money';
import { useRefund } from '../api/refund-transaction';
import { remainingMinor } from '../utils/refundable';

/**
 * The refund dialog's state: all that is left or a part of it, an optional note, and the submission
 * under one Idempotency-Key. `onDone` closes the dialog once the refund is made.
 */
export function useRefundForm(t: Transaction, onDone: () => void) {
  const refund = useRefund();
  const idempotency = useIdempotentAction();
  const amount = useAmountField(t.currency);
  const [whole, setWhole] = useState(true);
  const [description, setDescription] = useState('');
  const currency = findCurrency(t.currency);
  const left = currency ? formatMinor(remainingMinor(t), currency) : '0';

  function reset() {
    amount.reset();
    setDescription('');
    setWhole(true);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const part = whole ? null : amount.validate();
    if (!whole && !part) return;
    const memo = description.trim();
    const action = {
      transactionId: t.id,
      ...(part ? { amount: part.amount } : {}),
      ...(memo ? { description: memo } : {}),
    };
    refund.mutate(
      { ...action, walletId: t.walletId, idempotencyKey: idempotency.keyFor(action) },
      idempotency.settleOn({
        success: onDone,
        finalError: (error) => {
          if (!whole) amount.setError(error.detail);
        },
      }),
    );
  }

  return {
    amount,
    whole,
    setWhole,
    description,
    setDescription,
    leftText: formatMoney(Number(left), t.currency),
    reset,
    submit,
    isPending: refund.isPending,
  };
}
