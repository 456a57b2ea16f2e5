import type { Wallet } from '@wallet/contract';
import { SelectField, TextField } from '../../../components/ui/field';
import { formatMoney } from '../../../lib/money';
import { SEARCH_FROM, SOMEONE_ELSE, type useDestination } from '../hooks/use-destination';

/** "To": the person's own wallets (with a search when there are many), or someone else's. */
export function DestinationPicker({
  source,
  destination: d,
}: {
  source: Wallet;
  destination: ReturnType<typeof useDestination>;
}) {
  const needle = d.search.trim();
  return (
    <>
      {d.own.length > SEARCH_FROM ? (
        <div className="sm:col-span-2">
          <TextField
            label="Find a wallet to send to"
            type="search"
            value={d.search}
            autoComplete="off"
            onChange={(e) => d.setSearch(e.target.value)}
            hint={
              needle ? `${d.shown.length} of ${d.own.length} ${source.currency} wallets match` : undefined
            }
          />
        </div>
      ) : null}
      <SelectField label="To" value={d.choice} onChange={(e) => d.setChoice(e.target.value)}>
        {d.shown.map((w) => (
          <option key={w.id} value={w.id}>
            {w.name} ({formatMoney(w.balance, w.currency)})
          </option>
        ))}
        <option value={SOMEONE_ELSE}>Someone else's wallet…</option>
      </SelectField>
    </>
  );
}
