import type { Wallet } from '@wallet/contract';
import { Send } from 'lucide-react';
import { AmountField } from '../../../components/amount-field';
import { MemoFields } from '../../../components/memo-fields';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { useTransferForm } from '../hooks/use-transfer-form';
import { ConfirmTransfer } from './confirm-transfer';
import { DestinationPicker } from './destination-picker';

/**
 * Moves money to one of the person's own wallets of the same currency, or to anyone else's wallet by
 * its id, which needs an explicit confirmation: the person cannot see that wallet, and it cannot be undone.
 */
export function TransferForm({
  source,
  wallets,
  onDone,
}: {
  source: Wallet;
  wallets: Wallet[];
  /** Called once the money is sent (the dialog closes). */
  onDone?: () => void;
}) {
  const form = useTransferForm(source, wallets, onDone);
  const { destination } = form;
  if (form.confirming) {
    return (
      <ConfirmTransfer
        source={source}
        pending={form.confirming}
        onConfirm={form.confirm}
        onCancel={form.cancel}
      />
    );
  }
  return (
    <form onSubmit={form.submit} className="grid gap-3" aria-label="Send money">
      <DestinationPicker source={source} destination={destination} />
      <AmountField label={`Amount to send (${source.currency})`} amount={form.amount} />
      {destination.toSomeoneElse ? (
        <div>
          <TextField
            label="Their wallet ID"
            value={destination.otherId}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => destination.setOtherId(e.target.value)}
            error={destination.otherError}
            hint={`Ask them for the ID of a ${source.currency} wallet. Yours is ${source.id}.`}
          />
        </div>
      ) : null}
      <MemoFields memo={form.memo} />
      <div className="sm:justify-self-end">
        <Button type="submit" disabled={form.isPending} className="w-full sm:w-auto">
          <Send aria-hidden="true" size={16} />
          {form.isPending
            ? 'Sending…'
            : destination.ownChoice
              ? `Send to ${destination.ownChoice.name}`
              : 'Review and send'}
        </Button>
      </div>
    </form>
  );
}
