import { type FormEvent, useState } from 'react';
import { AmountField } from '../../../components/amount-field';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { SelectField, TextField } from '../../../components/ui/field';
import { useAmountField } from '../../../hooks/use-amount-field';
import { useIdempotentAction } from '../../../lib/idempotency';
import { formatMoney } from '../../../lib/money';
import { useProposeAdjustment } from '../api/propose-adjustment';
import { useWalletFreeze } from '../api/wallet-freeze';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REASON_MAX = 500;

/**
 * Propose a credit or debit of a wallet (finance, admin). Nothing moves until a second staff member, an
 * admin who is not the proposer, approves it; undecided, it expires after 72 hours. The submission keeps
 * one Idempotency-Key across retries, so a lost answer cannot make two proposals.
 */
export function ProposeAdjustmentForm({ walletId: fixedWalletId }: { walletId?: string }) {
  const propose = useProposeAdjustment();
  const idempotency = useIdempotentAction();
  const [walletId, setWalletId] = useState(fixedWalletId ?? '');
  const [direction, setDirection] = useState<'CREDIT' | 'DEBIT'>('CREDIT');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ walletId?: string; reason?: string }>({});
  const validId = UUID.test(walletId.trim());
  const wallet = useWalletFreeze(validId ? walletId.trim().toLowerCase() : '');
  const target = validId ? wallet.data : undefined;
  const amount = useAmountField(target?.currency ?? 'USD');

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: typeof errors = {};
    if (!validId) found.walletId = 'Give the wallet ID (a UUID).';
    else if (wallet.isError) found.walletId = 'No wallet with this ID.';
    const text = reason.trim();
    if (text.length === 0 || text.length > REASON_MAX)
      found.reason = `Say why, in 1 to ${REASON_MAX} characters.`;
    setErrors(found);
    const valid = amount.validate();
    if (!valid || found.walletId || found.reason) return;
    const request = {
      walletId: walletId.trim().toLowerCase(),
      direction,
      amount: valid.amount,
      reason: text,
    };
    propose.mutate(
      { request, idempotencyKey: idempotency.keyFor(request) },
      idempotency.settleOn({
        success: () => {
          amount.reset();
          setReason('');
        },
        finalError: (error) => {
          if (error.code === 'WALLET_NOT_FOUND') setErrors({ walletId: error.detail });
          else if (error.code === 'VALIDATION_FAILED') amount.setError(error.detail);
        },
      }),
    );
  }

  return (
    <Card aria-labelledby="propose-adjustment-heading">
      <h2 id="propose-adjustment-heading" className="text-lg font-semibold">
        Propose an adjustment
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        Nothing moves until another admin approves it. Undecided, it expires after 72 hours.
      </p>
      <form onSubmit={submit} className="mt-4 grid gap-3 sm:grid-cols-2" aria-label="Propose an adjustment">
        {fixedWalletId ? null : (
          <div className="sm:col-span-2">
            <TextField
              label="Wallet ID"
              value={walletId}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => {
                setWalletId(e.target.value);
                setErrors((current) => ({ ...current, walletId: undefined }));
              }}
              error={errors.walletId}
              hint={
                target
                  ? `${target.name}: ${formatMoney(target.balance, target.currency)}${target.frozen ? ', frozen' : ''}`
                  : undefined
              }
            />
          </div>
        )}
        <SelectField
          label="Direction"
          value={direction}
          onChange={(e) => setDirection(e.target.value === 'DEBIT' ? 'DEBIT' : 'CREDIT')}
        >
          <option value="CREDIT">Credit (add to the balance)</option>
          <option value="DEBIT">Debit (take off the balance)</option>
        </SelectField>
        <AmountField label={`Amount (${target?.currency ?? 'the wallet’s currency'})`} amount={amount} />
        <div className="sm:col-span-2">
          <TextField
            label="Reason"
            value={reason}
            maxLength={REASON_MAX}
            onChange={(e) => {
              setReason(e.target.value);
              setErrors((current) => ({ ...current, reason: undefined }));
            }}
            error={errors.reason}
            hint="Seen by the approver and kept in the audit trail."
          />
        </div>
        <div className="sm:col-span-2">
          <Button type="submit" disabled={propose.isPending}>
            {propose.isPending ? 'Proposing…' : 'Propose'}
          </Button>
        </div>
      </form>
    </Card>
  );
}
