import { useInfiniteQuery } from '@tanstack/react-query';
import type { TransactionPage, TransactionType } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { walletKeys } from './query-keys';

export const HISTORY_PAGE_SIZE = 20;

export function getTransactions(
  walletId: string,
  options: { cursor?: string | null; type?: TransactionType; search?: string; signal?: AbortSignal },
): Promise<TransactionPage> {
  const query = new URLSearchParams({ limit: String(HISTORY_PAGE_SIZE) });
  if (options.cursor) query.set('cursor', options.cursor);
  if (options.type) query.set('type', options.type);
  if (options.search) query.set('q', options.search);
  return apiRequest<TransactionPage>(`/wallets/${walletId}/transactions?${query}`, {
    signal: options.signal,
  });
}

/**
 * A wallet's history, a page at a time ("load more"), never the whole ledger at once; optionally only
 * one type, and only entries whose description or reference contains `search`.
 */
export function useTransactions(
  walletId: string,
  filter: { type?: TransactionType | undefined; search?: string | undefined } = {},
  enabled = true,
) {
  const { type, search } = filter;
  return useInfiniteQuery({
    queryKey: walletKeys.transactions(walletId, type, search),
    queryFn: ({ pageParam, signal }) =>
      getTransactions(walletId, { cursor: pageParam, type, ...(search ? { search } : {}), signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  });
}
