import type { Wallet } from '@wallet/contract';
import { QrCode } from 'lucide-react';
import { useState } from 'react';
import { CopyButton } from '../../../components/copy-button';
import { Button } from '../../../components/ui/button';

/** What to give someone who wants to pay into this wallet: its id, ready to copy. */
export function ReceiveMoney({ wallet }: { wallet: Wallet }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="mt-4">
      <Button variant="ghost" onClick={() => setOpen((o) => !o)} aria-expanded={open} className="px-2">
        <QrCode aria-hidden="true" size={16} /> Receive money
      </Button>
      {open ? (
        <div className="mt-2 rounded-lg bg-slate-100 p-3 text-sm dark:bg-slate-800">
          <p className="text-slate-700 dark:text-slate-300">
            Give this wallet ID to the person paying you. Only {wallet.currency} can be sent to it.
          </p>
          <div className="mt-2 flex items-center gap-2">
            <code className="break-all font-mono" data-testid="receive-id">
              {wallet.id}
            </code>
            <CopyButton value={wallet.id} label="Copy wallet ID" />
          </div>
        </div>
      ) : null}
    </div>
  );
}
