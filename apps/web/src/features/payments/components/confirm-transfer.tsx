import type { Wallet } from '@wallet/contract';
import { Send, ShieldAlert } from 'lucide-react';
import { Button } from '../../../components/ui/button';
import { formatMoney } from '../../../lib/money';
import type { PendingTransfer } from '../hooks/use-transfer-form';

/** The explicit yes a payment into someone else's wallet waits for. */
export function ConfirmTransfer({
  source,
  pending,
  onConfirm,
  onCancel,
}: {
  source: Wallet;
  pending: PendingTransfer;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const amount = formatMoney(Number(pending.amount), source.currency);
  return (
    <div
      role="alertdialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      className="grid gap-3"
    >
      <p id="confirm-title" className="flex items-center gap-2 font-semibold">
        <ShieldAlert aria-hidden="true" size={18} className="text-amber-700 dark:text-amber-400" /> Send to
        someone else's wallet?
      </p>
      <p id="confirm-body" className="text-sm text-slate-700 dark:text-slate-300">
        {amount} will leave {source.name} for wallet{' '}
        <code className="break-all">{pending.destinationWalletId}</code>. It belongs to another person: you
        will not see its balance, and a transfer cannot be undone. Check the ID with them first.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button autoFocus onClick={onConfirm}>
          <Send aria-hidden="true" size={16} /> Yes, send {amount}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
