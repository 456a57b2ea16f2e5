import type { CreateWalletRequest, Wallet } from '@wallet/contract';
import { DEFAULT_CURRENCY_CODE } from '@wallet/money';
import { Plus } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { SelectField, TextField } from '../../../components/ui/field';
import { useIdempotentAction } from '../../../lib/idempotency';
import { useCreateWallet } from '../api/create-wallet';
import { useCurrencies } from '../api/get-currencies';

export function CreateWalletForm({ onCreated }: { onCreated?: (wallet: Wallet) => void }) {
  const currencies = useCurrencies();
  const create = useCreateWallet();
  const idempotency = useIdempotentAction();
  const [currency, setCurrency] = useState(DEFAULT_CURRENCY_CODE);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed.length > 60) {
      setNameError('Keep the name to 60 characters or fewer');
      return;
    }
    setNameError(undefined);
    // The select offers only the codes GET /currencies listed, which are the contract's enum.
    const code = currency as NonNullable<CreateWalletRequest['currency']>;
    const request: CreateWalletRequest = trimmed ? { currency: code, name: trimmed } : { currency: code };
    create.mutate(
      { request, idempotencyKey: idempotency.keyFor(request) },
      idempotency.settleOn<Wallet>({
        success: (wallet) => {
          setName('');
          onCreated?.(wallet);
        },
        finalError: (error) => {
          const nameProblem = error.fieldErrors.find((e) => e.field === 'name');
          if (nameProblem) setNameError(`The name ${nameProblem.message}`);
        },
      }),
    );
  }

  return (
    <form
      onSubmit={submit}
      className="grid gap-4 sm:grid-cols-[1fr_10rem_auto] sm:items-end"
      aria-label="New wallet"
    >
      <TextField
        label="Name (optional)"
        value={name}
        maxLength={80}
        placeholder="e.g. Holiday savings"
        onChange={(e) => setName(e.target.value)}
        error={nameError}
      />
      <SelectField label="Currency" value={currency} onChange={(e) => setCurrency(e.target.value)}>
        {(currencies.data ?? [{ code: DEFAULT_CURRENCY_CODE }]).map((c) => (
          <option key={c.code} value={c.code}>
            {c.code}
          </option>
        ))}
      </SelectField>
      <Button type="submit" disabled={create.isPending}>
        <Plus aria-hidden="true" size={16} />
        {create.isPending ? 'Creating…' : 'Create wallet'}
      </Button>
    </form>
  );
}
