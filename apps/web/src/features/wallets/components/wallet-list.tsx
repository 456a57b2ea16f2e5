import type { Wallet } from '@wallet/contract';
import { Button } from '../../../components/ui/button';
import { SelectField, TextField } from '../../../components/ui/field';
import { plural } from '../../../lib/plural';
import { useWalletFilter } from '../hooks/use-wallet-filter';
import { WalletListItem } from './wallet-list-item';

/** Every wallet, searchable by name and filtered by currency, shown LIST_STEP at a time. */
export function WalletList({
  wallets,
  selectedId,
  loadingMore,
}: {
  wallets: Wallet[];
  selectedId: string | undefined;
  loadingMore: boolean;
}) {
  const filter = useWalletFilter(wallets);
  const more = filter.matching.length - filter.shown.length;
  return (
    <div className="grid gap-3">
      {wallets.length > 1 ? (
        <div className="grid grid-cols-[1fr_7rem] gap-2">
          <TextField
            label="Search wallets"
            type="search"
            value={filter.search}
            autoComplete="off"
            onChange={(e) => filter.setSearch(e.target.value)}
          />
          <SelectField
            label="Currency"
            value={filter.currency}
            onChange={(e) => filter.setCurrency(e.target.value)}
          >
            <option value="">All</option>
            {filter.currencies.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </SelectField>
        </div>
      ) : null}
      <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
        {filter.filtered
          ? `${filter.matching.length} of ${wallets.length} match`
          : plural(wallets.length, { one: 'wallet', other: 'wallets' })}
        {loadingMore ? ', loading more…' : ''}
      </p>
      <ul className="grid gap-2" aria-label="Your wallets">
        {filter.shown.map((wallet) => (
          <WalletListItem key={wallet.id} wallet={wallet} selected={wallet.id === selectedId} />
        ))}
      </ul>
      {more > 0 ? (
        <Button variant="secondary" onClick={filter.showMore}>
          Show more wallets ({more} more)
        </Button>
      ) : null}
    </div>
  );
}
