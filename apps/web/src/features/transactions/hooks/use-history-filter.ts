import type { TransactionType } from '@wallet/contract';
import { useSearchParams } from 'react-router';

export const FILTERS: { value: '' | TransactionType; label: string }[] = [
  { value: '', label: 'All movements' },
  { value: 'FUND', label: 'Funding' },
  { value: 'TRANSFER_IN', label: 'Received' },
  { value: 'TRANSFER_OUT', label: 'Sent' },
  { value: 'ADJUSTMENT', label: 'Adjustments' },
];

/** What the API searches: 1 to 140 characters of a description or reference. */
export const MAX_SEARCH = 140;

/** The history's filter from an address's query string (?type=TRANSFER_OUT&q=rent). */
export function historyFilterOf(params: URLSearchParams): { type: '' | TransactionType; search: string } {
  const typed = params.get('type') ?? '';
  const type = FILTERS.some((f) => f.value === typed) ? (typed as '' | TransactionType) : '';
  return { type, search: (params.get('q') ?? '').trim().slice(0, MAX_SEARCH) };
}

/**
 * The filter and the search live in the address, so a reload, Back and a shared link keep them. Typing
 * in the search replaces the address instead of adding a step to Back for every pause.
 */
export function useHistoryFilter() {
  const [params, setParams] = useSearchParams();
  const { type, search } = historyFilterOf(params);
  const setParam = (name: 'type' | 'q', value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: name === 'q', preventScrollReset: true },
    );
  return {
    type,
    search,
    narrowed: type !== '' || search !== '',
    setType: (value: string) => setParam('type', value),
    setSearch: (value: string) => setParam('q', value),
  };
}
