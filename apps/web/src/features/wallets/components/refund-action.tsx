import type { Transaction } from '@wallet/contract';
import { findCurrency, formatMinor, parseAmount } from '@wallet/money';
import { Undo2 } from 'lucide-react';
import { type FormEvent, useRef, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { useIdempotentAction } from '../../../lib/idempotency';
import { formatMoney } from '../../../lib/money';
import { useRefund } from '../api/refund';
import { useAmountField } from '../hooks/use-amount';
import { AmountField } from './amount-field';

/** What is left to refund of a received transfer, in minor units (0 when unknown or all refunded). */
function remainingMinor(t: Transaction): bigint {
  const currency = findCurrency(t.currency);
  if (!currency) return 0n;
  const minor = (value: number) => {
    const parsed = parseAmount(String(value), currency);
    return parsed.ok ? parsed.minor : 0n;
  };
  return minor(t.amount) - (t.refundedAmount ? minor(t.refundedAmount) : 0n);
}

/** Whether this history entry is money received by a transfer that can still be sent back. */
export function isRefundable(t: Transaction): boolean {
  return t.type === 'TRANSFER_IN' && t.status === 'SUCCESS' && !t.refundOf && remainingMinor(t) > 0n;
}

/**
 * A "Refund" button for a received transfer, and its dialog: send back all that is left, or a part,
 * with an optional note; nothing moves until the person confirms.
 */
export function RefundAction({ transaction: t }: { transaction: Transaction }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const refund = useRefund();
  const idempotency = useIdempotentAction();
  const amount = useAmountField(t.currency);
  const [whole, setWhole] = useState(true);
  const [description, setDescription] = useState('');
  const currency = findCurrency(t.currency);
  const left = currency ? formatMinor(remainingMinor(t), currency) : '0';
  const leftText = formatMoney(Number(left), t.currency);

  function close() {
    dialog.current?.close();
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
        success: close,
        finalError: (error) => {
          if (!whole) amount.setError(error.detail);
        },
      }),
    );
  }

  const title = `refund-title-${t.id}`;
  return (
    <>
      <Button
        variant="secondary"
        className="mt-2 min-h-8 px-3 py-1"
        onClick={() => dialog.current?.showModal()}
        aria-label={`Refund ${formatMoney(t.amount, t.currency)} received`}
      >
        <Undo2 aria-hidden="true" size={14} /> Refund
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={title}
        className="m-auto w-full max-w-md rounded-xl border border-slate-200 bg-white p-6 text-slate-900 backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
        onClose={close}
      >
        <form onSubmit={submit} className="grid gap-4">
          <h3 id={title} className="text-lg font-semibold">
            Send money back
          </h3>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            It goes back to the wallet it came from. {leftText} is left to refund.
          </p>
          <fieldset className="grid gap-2">
            <legend className="text-sm font-medium">How much</legend>
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" name="how-much" checked={whole} onChange={() => setWhole(true)} />
              All that is left ({leftText})
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" name="how-much" checked={!whole} onChange={() => setWhole(false)} />
              Part of it
            </label>
          </fieldset>
          {whole ? null : <AmountField label={`Amount to refund (${t.currency})`} amount={amount} />}
          <TextField
            label="Description (optional)"
            value={description}
            maxLength={140}
            onChange={(e) => setDescription(e.target.value)}
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={refund.isPending}>
              {refund.isPending ? 'Refunding…' : 'Confirm refund'}
            </Button>
            <Button variant="secondary" onClick={close}>
              Cancel
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
