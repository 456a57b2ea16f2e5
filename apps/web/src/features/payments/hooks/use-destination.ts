import type { Wallet } from '@wallet/contract';
import { useState } from 'react';

export const SOMEONE_ELSE = 'someone-else';
/** With more of the person's own wallets than this, the picker gets a search field. */
export const SEARCH_FROM = 6;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * Where a transfer goes: one of the person's own wallets in the same currency (found by name when
 * there are many), or someone else's, by the ID they gave.
 */
export function useDestination(source: Wallet, wallets: Wallet[]) {
  const own = wallets.filter((w) => w.id !== source.id && w.currency === source.currency);
  const [choice, setChoice] = useState(own[0]?.id ?? SOMEONE_ELSE);
  const [search, setSearchText] = useState('');
  const [otherId, setOtherId] = useState('');
  const [otherError, setOtherError] = useState<string | undefined>();
  const needle = search.trim().toLowerCase();
  const shown = needle
    ? own.filter((w) => w.name.toLowerCase().includes(needle) || w.id.startsWith(needle))
    : own;
  const toSomeoneElse = choice === SOMEONE_ELSE || !shown.some((w) => w.id === choice);

  function setSearch(text: string) {
    setSearchText(text);
    const first = own.find((w) => w.name.toLowerCase().includes(text.trim().toLowerCase()));
    if (first) setChoice(first.id);
  }

  /** The destination's id, or null after saying what is wrong with the one typed. */
  function validate(): string | null {
    if (!toSomeoneElse) return own.find((w) => w.id === choice)?.id ?? null;
    const id = otherId.trim().toLowerCase();
    const problem = !UUID.test(id)
      ? 'Paste the wallet ID the other person gave you (it looks like 3f0c9c5e-8a54-…)'
      : id === source.id
        ? 'That is this wallet'
        : undefined;
    setOtherError(problem);
    return problem ? null : id;
  }

  return {
    own,
    shown,
    choice: toSomeoneElse ? SOMEONE_ELSE : choice,
    setChoice,
    search,
    setSearch,
    otherId,
    setOtherId,
    otherError,
    toSomeoneElse,
    /** The person's own wallet chosen, if that is where the money goes. */
    ownChoice: toSomeoneElse ? undefined : own.find((w) => w.id === choice),
    validate,
    resetOther: () => setOtherId(''),
  };
}
