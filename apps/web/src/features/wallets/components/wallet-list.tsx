import type { Wallet } from '@wallet/contract';
import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { SelectField, TextField } from '../../../components/ui/field';
import { formatMoney } from '../../../lib/money';

/** Wallets shown at a time; "Show more" adds as many again. */
export const LIST_STEP = 50;

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
  const [search, setSearch] = useState('');
  const [currency, setCurrency] = useState('');
  const [shownCount, setShownCount] = useState(LIST_STEP);
  const currencies = [...new Set(wallets.map((w) => w.currency))];
  const needle = search.trim().toLowerCase();
  const matching = wallets.filter(
    (w) => (!needle || w.name.toLowerCase().includes(needle)) && (!currency || w.currency === currency),
  );
  const shown = matching.slice(0, shownCount);

  return (
    <div className="grid gap-3">
      {wallets.length > 1 ? (
        <div className="grid grid-cols-[1fr_7rem] gap-2">
          <TextField
            label="Search wallets"
            type="search"
            value={search}
            autoComplete="off"
            onChange={(e) => {
              setSearch(e.target.value);
              setShownCount(LIST_STEP);
            }}
          />
          <SelectField label="Currency" value={currency} onChange={(e) => setCurrency(e.target.value)}>
            <option value="">All</option>
            {currencies.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </SelectField>
        </div>
      ) : null}
      <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
        {needle || currency ? `${matching.length} of ${wallets.length} match` : `${wallets.length} wallets`}
        {loadingMore ? ', loading more…' : ''}
      </p>
      <ul className="grid gap-2" aria-label="Your wallets">
        {shown.map((wallet) => {
          const selected = wallet.id === selectedId;
          return (
            <li key={wallet.id}>
              <Link
                to={`/wallets/${wallet.id}`}
                aria-current={selected ? 'page' : undefined}
                className={`flex w-full items-center justify-between gap-3 rounded-xl border px-4 py-3 text-left transition-colors ${
                  selected
                    ? 'border-indigo-600 bg-indigo-50 dark:border-indigo-400 dark:bg-indigo-950'
                    : 'border-slate-200 bg-white hover:bg-slate-100 dark:border-slate-800 dark:bg-slate-900 dark:hover:bg-slate-800'
                }`}
              >
                <span className="min-w-0">
                  <span className="block truncate font-medium">{wallet.name}</span>
                  <span className="block text-xs text-slate-600 dark:text-slate-400">{wallet.currency}</span>
                </span>
                <span className="font-semibold tabular-nums" data-testid={`list-balance-${wallet.id}`}>
                  {formatMoney(wallet.balance, wallet.currency)}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
      {matching.length > shown.length ? (
        <Button variant="secondary" onClick={() => setShownCount((n) => n + LIST_STEP)}>
          Show more wallets ({matching.length - shown.length} more)
        </Button>
      ) : null}
    </div>
  );
}
