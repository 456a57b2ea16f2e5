import type { Wallet } from '@wallet/contract';
import { type FormEvent, useState } from 'react';
import { useAmountField } from '../../../hooks/use-amount-field';
import { useIdempotentAction } from '../../../lib/idempotency';
import { availableMinor } from '../../../lib/wallet-cache';
import { useCreateHold } from '../api/create-hold';

/** How far ahead a hold may end (the API's limit). */
export const MAX_HOLD_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * The expiry as typed in a datetime-local field (the person's own time), as an ISO instant; an error
 * when it is not in the future or more than 30 days ahead; undefined when left empty.
 */
export function expiryOf(text: string, now = Date.now()): { iso?: string; error?: string } {
  if (text === '') return {};
  const at = new Date(text).getTime();
  if (Number.isNaN(at)) return { error: 'Enter a date and time' };
  if (at <= now) return { error: 'Pick a time in the future' };
  if (at - now > MAX_HOLD_DAYS * DAY_MS) return { error: `Pick a time within ${MAX_HOLD_DAYS} days` };
  return { iso: new Date(at).toISOString() };
}

/** The Hold money form: the amount (at most what is available), an optional expiry and description. */
export function useHoldForm(wallet: Wallet, onDone: () => void) {
  const create = useCreateHold();
  const idempotency = useIdempotentAction();
  const amount = useAmountField(wallet.currency);
  const [expires, setExpires] = useState('');
  const [expiresError, setExpiresError] = useState<string | undefined>();
  const [description, setDescription] = useState('');
  const [descriptionError, setDescriptionError] = useState<string | undefined>();

  function submit(event: FormEvent) {
    event.preventDefault();
    const valid = amount.validate();
    const expiry = expiryOf(expires);
    setExpiresError(expiry.error);
    const memo = description.trim();
    setDescriptionError(memo.length > 140 ? 'Keep the description to 140 characters' : undefined);
    if (!valid || expiry.error || memo.length > 140) return;
    if (valid.amountMinor > availableMinor(wallet)) {
      amount.setError('That is more than this wallet has available');
      return;
    }
    const action = {
      walletId: wallet.id,
      amount: valid.amount,
      ...(expiry.iso ? { expiresAt: expiry.iso } : {}),
      ...(memo ? { description: memo } : {}),
    };
    create.mutate(
      { ...action, amountMinor: valid.amountMinor, idempotencyKey: idempotency.keyFor(action) },
      idempotency.settleOn({
        success: onDone,
        finalError: (error) => {
          if (error.fieldErrors.some((f) => f.field === 'expiresAt')) setExpiresError(error.detail);
          else amount.setError(error.detail);
        },
      }),
    );
  }

  return {
    amount,
    expires,
    setExpires: (value: string) => {
      setExpires(value);
      setExpiresError(undefined);
    },
    expiresError,
    description,
    setDescription,
    descriptionError,
    submit,
    isPending: create.isPending,
  };
}
