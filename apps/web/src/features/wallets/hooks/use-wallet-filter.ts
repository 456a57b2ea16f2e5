import type { Wallet } from '@wallet/contract';
import { useState } from 'react';

/** Wallets shown at a time; "Show more" adds as many again. */
export const LIST_STEP = 50;

/** The list's search by name, its currency filter, and how many of the matches are shown. */
export function useWalletFilter(wallets: Wallet[]) {
  const [search, setSearchText] = useState('');
  const [currency, setCurrency] = useState('');
  const [shownCount, setShownCount] = useState(LIST_STEP);
  const needle = search.trim().toLowerCase();
  const matching = wallets.filter(
    (w) => (!needle || w.name.toLowerCase().includes(needle)) && (!currency || w.currency === currency),
  );
  return {
    search,
    setSearch: (text: string) => {
      setSearchText(text);
      setShownCount(LIST_STEP);
    },
    currency,
    setCurrency,
    currencies: [...new Set(wallets.map((w) => w.currency))],
    filtered: needle !== '' || currency !== '',
    matching,
    shown: matching.slice(0, shownCount),
    showMore: () => setShownCount((n) => n + LIST_STEP),
  };
}
