import type { Wallet } from '@wallet/contract';
import { DEFAULT_CURRENCY_CODE } from '@wallet/money';
import { Plus } from 'lucide-react';
import { Button } from '../../../components/ui/button';
import { SelectField, TextField } from '../../../components/ui/field';
import { useCurrencies } from '../api/get-currencies';
import { useCreateWalletForm } from '../hooks/use-create-wallet-form';

/**
 * Name, currency, Create. One row where the form has room for it (its own width, not the screen's: in
 * the narrow list beside a wallet it stacks), so nothing is cut off.
 */
export function CreateWalletForm({ onCreated }: { onCreated?: (wallet: Wallet) => void }) {
  const currencies = useCurrencies();
  const form = useCreateWalletForm(onCreated);
  return (
    <div className="@container">
      <form
        onSubmit={form.submit}
        className="grid gap-4 @lg:grid-cols-[1fr_10rem_auto] @lg:items-end"
        aria-label="New wallet"
      >
        <TextField
          label="Name (optional)"
          value={form.name}
          maxLength={80}
          placeholder="e.g. Holiday savings"
          onChange={(e) => form.setName(e.target.value)}
          error={form.nameError}
        />
        <SelectField
          label="Currency"
          value={form.currency}
          onChange={(e) => form.setCurrency(e.target.value)}
        >
          {(currencies.data ?? [{ code: DEFAULT_CURRENCY_CODE }]).map((c) => (
            <option key={c.code} value={c.code}>
              {c.code}
            </option>
          ))}
        </SelectField>
        <Button type="submit" disabled={form.isPending}>
          <Plus aria-hidden="true" size={16} />
          {form.isPending ? 'Creating…' : 'Create wallet'}
        </Button>
      </form>
    </div>
  );
}
