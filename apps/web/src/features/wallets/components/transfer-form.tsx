import type { Wallet } from '@wallet/contract';
import { Send } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { SelectField, TextField } from '../../../components/ui/field';
import { useIdempotentAction } from '../../../lib/idempotency';
import { formatMoney } from '../../../lib/money';
import { useTransfer } from '../api/transfer';
import { useAmountField } from '../hooks/use-amount';

export function TransferForm({ source, wallets }: { source: Wallet; wallets: Wallet[] }) {
  const send = useTransfer();
  const idempotency = useIdempotentAction();
  const amount = useAmountField(source.currency);
  const destinations = wallets.filter((w) => w.id !== source.id && w.currency === source.currency);
  const [destinationId, setDestinationId] = useState('');
  const destination = destinations.find((w) => w.id === destinationId) ?? destinations[0];

  if (!destination) {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Transfers move money between wallets of one currency. Create another {source.currency} wallet to send
        money from this one.
      </p>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const valid = amount.validate();
    if (!valid || !destination) return;
    const action = { sourceWalletId: source.id, destinationWalletId: destination.id, amount: valid.amount };
    send.mutate(
      { ...action, amountMinor: valid.amountMinor, idempotencyKey: idempotency.keyFor(action) },
      idempotency.settleOn({ success: amount.reset, finalError: (error) => amount.setError(error.detail) }),
    );
  }

  return (
    <form onSubmit={submit} className="grid gap-3 sm:grid-cols-2" aria-label="Send money">
      <SelectField label="To" value={destination.id} onChange={(e) => setDestinationId(e.target.value)}>
        {destinations.map((w) => (
          <option key={w.id} value={w.id}>
            {w.name} ({formatMoney(w.balance, w.currency)})
          </option>
        ))}
      </SelectField>
      <TextField
        label={`Amount to send (${source.currency})`}
        value={amount.text}
        inputMode={amount.inputMode}
        autoComplete="off"
        placeholder={amount.placeholder}
        onChange={(e) => amount.onChange(e.target.value)}
        error={amount.error}
      />
      <div className="sm:col-span-2">
        <Button type="submit" disabled={send.isPending}>
          <Send aria-hidden="true" size={16} />
          {send.isPending ? 'Sending…' : `Send to ${destination.name}`}
        </Button>
      </div>
    </form>
  );
}
