import type { Wallet } from '@wallet/contract';
import { Send, ShieldAlert } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { SelectField, TextField } from '../../../components/ui/field';
import { useIdempotentAction } from '../../../lib/idempotency';
import { formatMoney } from '../../../lib/money';
import { balanceMinor } from '../api/optimistic';
import { useTransfer } from '../api/transfer';
import { useAmountField } from '../hooks/use-amount';
import { type MemoValues, useMemoFields } from '../hooks/use-memo-fields';
import { AmountField } from './amount-field';
import { MemoFields } from './memo-fields';

const SOMEONE_ELSE = 'someone-else';
/** With more of the person's own wallets than this, the picker gets a search field. */
const SEARCH_FROM = 6;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

interface Pending {
  destinationWalletId: string;
  amount: string;
  amountMinor: bigint;
  note: MemoValues;
}

/**
 * Moves money to one of the person's own wallets of the same currency, or to anyone else's wallet by
 * its id, which needs an explicit confirmation: the person cannot see that wallet, and it cannot be undone.
 */
export function TransferForm({ source, wallets }: { source: Wallet; wallets: Wallet[] }) {
  const send = useTransfer();
  const idempotency = useIdempotentAction();
  const amount = useAmountField(source.currency);
  const memo = useMemoFields();
  const own = wallets.filter((w) => w.id !== source.id && w.currency === source.currency);
  const [choice, setChoice] = useState(own[0]?.id ?? SOMEONE_ELSE);
  const [search, setSearch] = useState('');
  const needle = search.trim().toLowerCase();
  const shown = needle
    ? own.filter((w) => w.name.toLowerCase().includes(needle) || w.id.startsWith(needle))
    : own;
  const [otherId, setOtherId] = useState('');
  const [otherError, setOtherError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState<Pending | null>(null);
  const toSomeoneElse = choice === SOMEONE_ELSE || !shown.some((w) => w.id === choice);
  const destination = own.find((w) => w.id === choice);

  function perform(pending: Pending) {
    const action = {
      sourceWalletId: source.id,
      destinationWalletId: pending.destinationWalletId,
      amount: pending.amount,
      ...pending.note,
    };
    send.mutate(
      { ...action, amountMinor: pending.amountMinor, idempotencyKey: idempotency.keyFor(action) },
      idempotency.settleOn({
        success: () => {
          amount.reset();
          memo.reset();
          setOtherId('');
        },
        finalError: (error) => amount.setError(error.detail),
      }),
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const valid = amount.validate();
    const note = memo.validate();
    let destinationWalletId = destination?.id;
    if (toSomeoneElse) {
      const id = otherId.trim();
      if (!UUID.test(id)) {
        setOtherError('Paste the wallet ID the other person gave you (it looks like 3f0c9c5e-8a54-…)');
        return;
      }
      if (id.toLowerCase() === source.id) {
        setOtherError('That is this wallet');
        return;
      }
      setOtherError(undefined);
      destinationWalletId = id.toLowerCase();
    }
    if (!valid || !note || !destinationWalletId) return;
    // Known to be more than the wallet holds: say so now, in plain words, instead of sending a decline.
    if (valid.amountMinor > balanceMinor(source)) {
      amount.setError(`You have ${formatMoney(source.balance, source.currency)} in ${source.name}`);
      return;
    }
    const pending = { destinationWalletId, amount: valid.amount, amountMinor: valid.amountMinor, note };
    if (toSomeoneElse) setConfirming(pending);
    else perform(pending);
  }

  if (confirming) {
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
          {formatMoney(Number(confirming.amount), source.currency)} will leave {source.name} for wallet{' '}
          <code className="break-all">{confirming.destinationWalletId}</code>. It belongs to another person:
          you will not see its balance, and a transfer cannot be undone. Check the ID with them first.
        </p>
        <div className="flex flex-wrap gap-2">
          <Button
            autoFocus
            onClick={() => {
              perform(confirming);
              setConfirming(null);
            }}
          >
            <Send aria-hidden="true" size={16} /> Yes, send{' '}
            {formatMoney(Number(confirming.amount), source.currency)}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(null)}>
            Cancel
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form onSubmit={submit} className="grid gap-3 sm:grid-cols-2" aria-label="Send money">
      {own.length > SEARCH_FROM ? (
        <div className="sm:col-span-2">
          <TextField
            label="Find a wallet to send to"
            type="search"
            value={search}
            autoComplete="off"
            onChange={(e) => {
              setSearch(e.target.value);
              const first = own.find((w) =>
                w.name.toLowerCase().includes(e.target.value.trim().toLowerCase()),
              );
              if (first) setChoice(first.id);
            }}
            hint={needle ? `${shown.length} of ${own.length} ${source.currency} wallets match` : undefined}
          />
        </div>
      ) : null}
      <SelectField
        label="To"
        value={toSomeoneElse ? SOMEONE_ELSE : choice}
        onChange={(e) => setChoice(e.target.value)}
      >
        {shown.map((w) => (
          <option key={w.id} value={w.id}>
            {w.name} ({formatMoney(w.balance, w.currency)})
          </option>
        ))}
        <option value={SOMEONE_ELSE}>Someone else's wallet…</option>
      </SelectField>
      <AmountField label={`Amount to send (${source.currency})`} amount={amount} />
      {toSomeoneElse ? (
        <div className="sm:col-span-2">
          <TextField
            label="Their wallet ID"
            value={otherId}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setOtherId(e.target.value)}
            error={otherError}
            hint={`Ask them for the ID of a ${source.currency} wallet. Yours is ${source.id}.`}
          />
        </div>
      ) : null}
      <MemoFields memo={memo} className="sm:col-span-2" />
      <div className="sm:col-span-2">
        <Button type="submit" disabled={send.isPending}>
          <Send aria-hidden="true" size={16} />
          {send.isPending
            ? 'Sending…'
            : destination && !toSomeoneElse
              ? `Send to ${destination.name}`
              : 'Review and send'}
        </Button>
      </div>
    </form>
  );
}
