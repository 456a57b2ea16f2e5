import type { Wallet } from '@wallet/contract';
import { Snowflake } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { SendingLimits } from './sending-limits';
import { TransferForm } from './transfer-form';

/**
 * Sending money, disclosed progressively: with two wallets or more the form is there; with one, a
 * button opens it for paying someone else's wallet.
 */
export function SendMoneyCard({ source, wallets }: { source: Wallet; wallets: Wallet[] }) {
  const [paying, setPaying] = useState(false);
  if (source.frozen) return <FrozenNotice />;
  if (wallets.length < 2 && !paying) {
    return (
      <div>
        <Button variant="secondary" onClick={() => setPaying(true)}>
          Pay someone else's wallet
        </Button>
      </div>
    );
  }
  return (
    <Card aria-labelledby="transfer-heading">
      <h2 id="transfer-heading" className="mb-2 text-lg font-semibold">
        Send money
      </h2>
      <SendingLimits currency={source.currency} />
      <TransferForm key={source.id} source={source} wallets={wallets} />
    </Card>
  );
}

/**
 * A frozen wallet (an operator froze it) sends nothing, so there is no form to fill in: what still works,
 * said calmly, and who can help. The API would decline a transfer with WALLET_FROZEN anyway.
 */
function FrozenNotice() {
  return (
    <Card aria-labelledby="frozen-heading" role="status" data-testid="frozen-notice">
      <h2 id="frozen-heading" className="flex items-center gap-2 text-lg font-semibold">
        <Snowflake aria-hidden="true" size={18} className="text-sky-700 dark:text-sky-300" />
        Frozen
      </h2>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        Our team has paused sending from this wallet. Your balance is safe, and you can still receive money
        and add funds; you can send again once the wallet is unfrozen. If you did not expect this, contact
        support.
      </p>
      <div className="mt-4">
        <Button disabled aria-describedby="frozen-heading">
          Send money
        </Button>
      </div>
    </Card>
  );
}
