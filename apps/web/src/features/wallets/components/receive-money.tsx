import type { Wallet } from '@wallet/contract';
import { CopyButton } from '../../../components/copy-button';
import { Button } from '../../../components/ui/button';

/** The Receive dialog's content: the wallet's id, ready to copy, to give someone who will pay into it. */
export function ReceiveMoney({ wallet, onDone }: { wallet: Wallet; onDone?: () => void }) {
  return (
    <div className="grid gap-3 text-sm">
      <p className="text-slate-700 dark:text-slate-300">
        Give this wallet ID to the person paying you. Only {wallet.currency} can be sent to it. They see the
        display name you chose in Settings, never your email.
      </p>
      <div className="flex items-center gap-2 rounded-lg bg-slate-100 p-3 dark:bg-slate-800">
        <code className="min-w-0 flex-1 break-all font-mono" data-testid="receive-id">
          {wallet.id}
        </code>
        <CopyButton value={wallet.id} label="Copy wallet ID" />
      </div>
      {onDone ? (
        <Button variant="secondary" onClick={onDone} className="justify-self-end">
          Done
        </Button>
      ) : null}
    </div>
  );
}
