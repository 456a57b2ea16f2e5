import type { Wallet } from '@wallet/contract';
import { findCurrency, toMinorUnits } from '@wallet/money';
import { Send } from 'lucide-react';
import { type FormEvent, useId, useState } from 'react';
import { AmountField } from '../../../components/amount-field';
import { Button } from '../../../components/ui/button';
import { SelectField, TextField } from '../../../components/ui/field';
import { useAmountField } from '../../../hooks/use-amount-field';
import { useIdempotentAction } from '../../../lib/idempotency';
import { formatMoney } from '../../../lib/money';
import { useCaptureHold } from '../api/capture-hold';
import type { Hold } from '../api/holds-cache';

const OTHER = 'other';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Pays a hold: to one of the person's other wallets of its currency, or to any wallet by its id; all of
 * it, or a part (the rest is released).
 */
export function CaptureHoldForm({
  hold,
  wallets,
  onDone,
}: {
  hold: Hold;
  wallets: Wallet[];
  onDone: () => void;
}) {
  const capture = useCaptureHold();
  const idempotency = useIdempotentAction();
  const mine = wallets.filter((w) => w.id !== hold.walletId && w.currency === hold.currency);
  const [choice, setChoice] = useState(mine[0]?.id ?? OTHER);
  const [other, setOther] = useState('');
  const [otherError, setOtherError] = useState<string | undefined>();
  const amount = useAmountField(hold.currency);
  const heading = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const destinationWalletId = choice === OTHER ? other.trim() : choice;
    const destinationOk = UUID.test(destinationWalletId) && destinationWalletId !== hold.walletId;
    setOtherError(destinationOk ? undefined : 'Paste the id of the wallet to pay');
    const part = amount.text.trim() === '' ? null : amount.validate();
    if (!destinationOk || (amount.text.trim() !== '' && !part)) return;
    const currency = findCurrency(hold.currency);
    if (part && currency && part.amountMinor > toMinorUnits(hold.amount, currency)) {
      amount.setError(`At most ${formatMoney(hold.amount, hold.currency)}`);
      return;
    }
    const action = { holdId: hold.id, destinationWalletId, ...(part ? { amount: part.amount } : {}) };
    capture.mutate(
      { ...action, walletId: hold.walletId, idempotencyKey: idempotency.keyFor(action) },
      idempotency.settleOn({ success: onDone, finalError: (error) => amount.setError(error.detail) }),
    );
  }

  return (
    <form
      onSubmit={submit}
      aria-labelledby={heading}
      className="mt-3 grid gap-3 rounded-xl bg-slate-50 p-3 dark:bg-slate-800/60"
    >
      <h4 id={heading} className="text-sm font-semibold text-slate-900 dark:text-slate-100">
        Pay {formatMoney(hold.amount, hold.currency)} held
      </h4>
      <SelectField label="Pay to" value={choice} onChange={(e) => setChoice(e.target.value)}>
        {mine.map((w) => (
          <option key={w.id} value={w.id}>
            {w.name} ({formatMoney(w.balance, w.currency)})
          </option>
        ))}
        <option value={OTHER}>Another wallet, by its id</option>
      </SelectField>
      {choice === OTHER ? (
        <TextField
          label="Wallet id"
          value={other}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => {
            setOther(e.target.value);
            setOtherError(undefined);
          }}
          error={otherError}
        />
      ) : null}
      <AmountField label={`Amount (${hold.currency}, optional: all of it if empty)`} amount={amount} />
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" disabled={capture.isPending}>
          <Send aria-hidden="true" size={16} />
          {capture.isPending ? 'Paying…' : 'Pay'}
        </Button>
      </div>
    </form>
  );
}
