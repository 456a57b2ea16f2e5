import type { Wallet } from '@wallet/contract';
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
