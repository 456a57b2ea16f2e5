import { Snowflake } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { TextField } from '../../../components/ui/field';
import { formatDateTime } from '../../../lib/money';
import { useSetWalletFrozen, useWalletFreeze } from '../api/wallet-freeze';
import { type ConsoleStaff, movesMoney } from './staff';

const REASON_MAX = 500;

/**
 * Freeze or unfreeze one wallet, with a reason, for the console's wallet and user pages. A frozen wallet
 * sends nothing (its owner's transfers and refunds out are declined) but still receives transfers and
 * funding, and approved adjustments still apply. Support sees the state; finance and admins change it.
 */
export function WalletFreezeControl({ walletId, staff }: { walletId: string; staff: ConsoleStaff }) {
  const state = useWalletFreeze(walletId);
  const change = useSetWalletFrozen();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const wallet = state.data;
  const headingId = `freeze-${walletId}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!wallet) return;
    const text = reason.trim();
    if (text.length === 0 || text.length > REASON_MAX) {
      setError(`Say why, in 1 to ${REASON_MAX} characters.`);
      return;
    }
    change.mutate({ walletId, frozen: !wallet.frozen, reason: text }, { onSuccess: () => setReason('') });
  }

  return (
    <Card aria-labelledby={headingId} data-testid="wallet-freeze-control">
      <h2 id={headingId} className="flex items-center gap-2 text-lg font-semibold">
        <Snowflake aria-hidden="true" size={18} />
        Freeze
      </h2>
      {state.isPending ? (
        <p className="mt-2 text-sm">Loading…</p>
      ) : !wallet ? (
        <p className="mt-2 text-sm" role="alert">
          The wallet's freeze could not be loaded.
        </p>
      ) : (
        <>
          <p className="mt-2 text-sm" role="status">
            {wallet.frozen && wallet.frozenAt
              ? `Frozen since ${formatDateTime(wallet.frozenAt)}: ${wallet.frozenReason ?? ''}`
              : 'Not frozen: the wallet sends and receives.'}
          </p>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            A frozen wallet sends nothing (transfers and refunds out are declined, and recorded), but still
            receives transfers and funding, and approved adjustments still apply. Its owner sees that it is
            frozen, not why.
          </p>
          {movesMoney(staff) ? (
            <form
              onSubmit={submit}
              className="mt-4 grid gap-3"
              aria-label={wallet.frozen ? 'Unfreeze' : 'Freeze'}
            >
              <TextField
                label={wallet.frozen ? 'Why unfreeze it' : 'Why freeze it'}
                value={reason}
                maxLength={REASON_MAX}
                onChange={(e) => {
                  setReason(e.target.value);
                  setError(undefined);
                }}
                error={error}
                hint="Kept in the audit trail."
              />
              <div>
                <Button
                  type="submit"
                  variant={wallet.frozen ? 'secondary' : 'primary'}
                  disabled={change.isPending}
                >
                  {wallet.frozen ? 'Unfreeze wallet' : 'Freeze wallet'}
                </Button>
              </div>
            </form>
          ) : null}
        </>
      )}
    </Card>
  );
}
