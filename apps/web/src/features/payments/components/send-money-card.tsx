import type { Wallet } from '@wallet/contract';
import { Snowflake } from 'lucide-react';
import { SendingLimits } from './sending-limits';
import { TransferForm } from './transfer-form';

/**
 * The Send dialog's content: the sending limits, then the form (to one of the person's own wallets, or
 * someone else's by its id). A frozen wallet sends nothing: it says so instead.
 */
export function SendMoney({
  source,
  wallets,
  onDone,
}: {
  source: Wallet;
  wallets: Wallet[];
  onDone?: () => void;
}) {
  if (source.frozen) return <FrozenNotice />;
  return (
    <div className="grid gap-3">
      <SendingLimits currency={source.currency} />
      <TransferForm key={source.id} source={source} wallets={wallets} onDone={onDone} />
    </div>
  );
}

/**
 * A frozen wallet (an operator froze it) sends nothing, so there is no form to fill in: what still works,
 * said calmly, and who can help. The API would decline a transfer with WALLET_FROZEN anyway.
 */
function FrozenNotice() {
  return (
    <div role="status" data-testid="frozen-notice" className="grid gap-2">
      <p className="flex items-center gap-2 font-semibold">
        <Snowflake aria-hidden="true" size={18} className="text-sky-700 dark:text-sky-300" />
        Frozen
      </p>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Our team has paused sending from this wallet. Your balance is safe, and you can still receive money
        and add funds; you can send again once the wallet is unfrozen. If you did not expect this, contact
        support.
      </p>
    </div>
  );
}
