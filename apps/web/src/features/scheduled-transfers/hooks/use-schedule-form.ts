import type { Wallet } from '@wallet/contract';
import { type FormEvent, useRef, useState } from 'react';
import { useAmountField } from '../../../hooks/use-amount-field';
import { useIdempotentAction } from '../../../lib/idempotency';
import {
  type CreateScheduledTransferBody,
  useCreateScheduledTransfer,
} from '../api/create-scheduled-transfer';
import { dateFieldValue, type RepeatEvery, startAtFrom, untilFrom } from '../utils/schedule-text';

export const ANOTHER_WALLET = 'another';
export type Repeat = 'ONCE' | RepeatEvery;
export type Ending = 'NEVER' | 'UNTIL' | 'COUNT';

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

interface Errors {
  to?: string;
  start?: string;
  until?: string;
  count?: string;
  description?: string;
}

/**
 * The schedule form's state: where to (one of the person's wallets of the currency, or another by its
 * ID), how much, the first day, how it repeats and when it ends; checked as the API would before it is
 * sent, with one Idempotency-Key per submitted schedule.
 */
export function useScheduleForm(source: Wallet, wallets: Wallet[], onDone: () => void) {
  const own = wallets.filter((w) => w.id !== source.id && w.currency === source.currency);
  const create = useCreateScheduledTransfer();
  const idempotency = useIdempotentAction();
  const amount = useAmountField(source.currency);
  const [to, setTo] = useState(own[0]?.id ?? ANOTHER_WALLET);
  const [otherId, setOtherId] = useState('');
  const [start, setStart] = useState(() => dateFieldValue(new Date()));
  const [repeat, setRepeat] = useState<Repeat>('MONTH');
  const [ending, setEnding] = useState<Ending>('NEVER');
  const [until, setUntil] = useState('');
  const [count, setCount] = useState('12');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  /**
   * The body last sent, by what the person asked for: "today" is a new instant at each try, and a
   * resubmission under the same Idempotency-Key must be the same request, so it is sent again as it was.
   */
  const lastSent = useRef<{ action: string; body: CreateScheduledTransferBody } | null>(null);

  function check(now: Date) {
    const next: Errors = {};
    const destinationWalletId = to === ANOTHER_WALLET ? otherId.trim().toLowerCase() : to;
    if (!UUID.test(destinationWalletId))
      next.to = 'Paste the wallet ID you were given (it looks like 3f0c9c5e-8a54-…)';
    else if (destinationWalletId === source.id) next.to = 'That is this wallet';
    const startAt = startAtFrom(start, now);
    if (!startAt) next.start = 'Pick today or a later day';
    const untilAt = repeat !== 'ONCE' && ending === 'UNTIL' ? untilFrom(until) : null;
    if (repeat !== 'ONCE' && ending === 'UNTIL' && (!untilAt || (startAt && untilAt < startAt))) {
      next.until = 'Pick a day on or after the first one';
    }
    const times = Number(count);
    if (repeat !== 'ONCE' && ending === 'COUNT' && (!/^\d{1,4}$/.test(count) || times < 1 || times > 1000)) {
      next.count = 'Enter how many times, from 1 to 1000';
    }
    const memo = description.trim();
    if (memo.length > 140) next.description = 'Keep the description to 140 characters';
    return { next, destinationWalletId, startAt, untilAt, times, memo };
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const valid = amount.validate();
    const { next, destinationWalletId, startAt, untilAt, times, memo } = check(new Date());
    setErrors(next);
    if (!valid || Object.keys(next).length > 0 || !startAt) return;
    const fresh: CreateScheduledTransferBody = {
      sourceWalletId: source.id,
      destinationWalletId,
      amount: valid.amount,
      startAt: startAt.toISOString(),
      ...(repeat === 'ONCE'
        ? {}
        : {
            repeat: {
              every: repeat,
              ...(ending === 'UNTIL' && untilAt ? { until: untilAt.toISOString() } : {}),
              ...(ending === 'COUNT' ? { count: times } : {}),
            },
          }),
      ...(memo ? { description: memo } : {}),
    };
    // The key follows what the person asked for (the day, not the instant "today" became).
    const action = { ...fresh, startAt: start };
    const fingerprint = JSON.stringify(action);
    const body = lastSent.current?.action === fingerprint ? lastSent.current.body : fresh;
    lastSent.current = { action: fingerprint, body };
    create.mutate(
      { ...body, idempotencyKey: idempotency.keyFor(action) },
      idempotency.settleOn({
        success: () => {
          lastSent.current = null;
          onDone();
        },
        finalError: (error) => {
          lastSent.current = null;
          if (error.code === 'WALLET_NOT_FOUND' || error.code === 'CURRENCY_MISMATCH') {
            setErrors({ to: error.detail });
          } else amount.setError(error.detail);
        },
      }),
    );
  }

  return {
    own,
    amount,
    to,
    setTo,
    otherId,
    setOtherId,
    start,
    setStart,
    repeat,
    setRepeat,
    ending,
    setEnding,
    until,
    setUntil,
    count,
    setCount,
    description,
    setDescription,
    errors,
    submit,
    isPending: create.isPending,
    today: dateFieldValue(new Date()),
  };
}
