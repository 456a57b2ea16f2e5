import type { Wallet } from '@wallet/contract';
import { type FormEvent, useState } from 'react';
import { useAmountField } from '../../../hooks/use-amount-field';
import { type MemoValues, useMemoFields } from '../../../hooks/use-memo-fields';
import { useIdempotentAction } from '../../../lib/idempotency';
import { formatMoney } from '../../../lib/money';
import { availableMinor } from '../../../lib/wallet-cache';
import { useTransfer } from '../api/transfer';
import { useDestination } from './use-destination';

export interface PendingTransfer {
  destinationWalletId: string;
  amount: string;
  amountMinor: bigint;
  note: MemoValues;
}

/**
 * The send form's state: where to (useDestination), how much, the memo, and the confirmation that a
 * payment to someone else's wallet waits for. Each submitted transfer keeps one Idempotency-Key.
 */
export function useTransferForm(source: Wallet, wallets: Wallet[], onDone?: () => void) {
  const send = useTransfer();
  const idempotency = useIdempotentAction();
  const amount = useAmountField(source.currency);
  const memo = useMemoFields();
  const destination = useDestination(source, wallets);
  const [confirming, setConfirming] = useState<PendingTransfer | null>(null);

  function perform(pending: PendingTransfer) {
    setConfirming(null);
    const { destinationWalletId, note } = pending;
    const action = { sourceWalletId: source.id, destinationWalletId, amount: pending.amount, ...note };
    send.mutate(
      { ...action, amountMinor: pending.amountMinor, idempotencyKey: idempotency.keyFor(action) },
      idempotency.settleOn({
        success: () => {
          amount.reset();
          memo.reset();
          destination.resetOther();
          onDone?.();
        },
        finalError: (error) => amount.setError(error.detail),
      }),
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const valid = amount.validate();
    const note = memo.validate();
    const destinationWalletId = destination.validate();
    if (!valid || !note || !destinationWalletId) return;
    // Known to be more than the wallet can spend (money held for review is not): say so now, in plain
    // words, instead of sending a decline.
    if (valid.amountMinor > availableMinor(source)) {
      amount.setError(`You have ${formatMoney(source.availableBalance, source.currency)} in ${source.name}`);
      return;
    }
    const pending = { destinationWalletId, amount: valid.amount, amountMinor: valid.amountMinor, note };
    if (destination.toSomeoneElse) setConfirming(pending);
    else perform(pending);
  }

  return {
    amount,
    memo,
    destination,
    confirming,
    confirm: () => confirming && perform(confirming),
    cancel: () => setConfirming(null),
    submit,
    isPending: send.isPending,
  };
}
