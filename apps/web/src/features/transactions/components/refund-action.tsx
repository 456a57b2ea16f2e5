import type { Transaction } from '@wallet/contract';
import { Undo2 } from 'lucide-react';
import { useRef } from 'react';
import { AmountField } from '../../../components/amount-field';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { formatMoney } from '../../../lib/money';
import { useRefundForm } from '../hooks/use-refund-form';

/**
 * A "Refund" button for a received transfer, and its dialog: send back all that is left, or a part,
 * with an optional note; nothing moves until the person confirms.
 */
export function RefundAction({ transaction: t }: { transaction: Transaction }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const close = () => dialog.current?.close();
  const form = useRefundForm(t, close);
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
        onClose={form.reset}
      >
        <form onSubmit={form.submit} className="grid gap-4">
          <h3 id={title} className="text-lg font-semibold">
            Send money back
          </h3>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            It goes back to the wallet it came from. {form.leftText} is left to refund.
          </p>
          <fieldset className="grid gap-2">
            <legend className="text-sm font-medium">How much</legend>
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" name="how-much" checked={form.whole} onChange={() => form.setWhole(true)} />
              All that is left ({form.leftText})
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="how-much"
                checked={!form.whole}
                onChange={() => form.setWhole(false)}
              />
              Part of it
            </label>
          </fieldset>
          {form.whole ? null : (
            <AmountField label={`Amount to refund (${t.currency})`} amount={form.amount} />
          )}
          <TextField
            label="Description (optional)"
            value={form.description}
            maxLength={140}
            onChange={(e) => form.setDescription(e.target.value)}
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={form.isPending}>
              {form.isPending ? 'Refunding…' : 'Confirm refund'}
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
