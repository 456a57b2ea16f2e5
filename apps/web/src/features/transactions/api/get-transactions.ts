import { infiniteQueryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { Transaction, TransactionPage, TransactionType } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const HISTORY_PAGE_SIZE = 20;

export interface HistoryFilter {
  type?: TransactionType | undefined;
  search?: string | undefined;
}

/** GET /wallets/:id/transactions: one page of a wallet's history, newest first. */
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
 * one type, and only entries whose description or reference contains `search`. One definition for the
 * hook and the route loader.
 */
export function getTransactionsQueryOptions(walletId: string, { type, search }: HistoryFilter = {}) {
  return infiniteQueryOptions({
    queryKey: queryKeys.transactions(walletId, type, search),
    queryFn: ({ pageParam, signal }) =>
      getTransactions(walletId, {
        cursor: pageParam,
        ...(type ? { type } : {}),
        ...(search ? { search } : {}),
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useTransactions(walletId: string, filter: HistoryFilter = {}, enabled = true) {
  return useInfiniteQuery({ ...getTransactionsQueryOptions(walletId, filter), enabled });
}

/**
 * The other leg of a transfer between two of the caller's own wallets, looked for among the other
 * wallet's newest movements of the matching type. Null when it is not among them.
 */
export function useCounterpartLeg(leg: Transaction | undefined, enabled: boolean) {
  const otherWalletId = leg?.type === 'TRANSFER_OUT' ? leg.destinationWalletId : leg?.sourceWalletId;
  const type = leg?.type === 'TRANSFER_OUT' ? 'TRANSFER_IN' : 'TRANSFER_OUT';
  return useQuery({
    queryKey: [...queryKeys.transactions(otherWalletId ?? '', type), 'leg', leg?.transferId],
    queryFn: async ({ signal }) => {
      const page = await getTransactions(otherWalletId ?? '', { type, signal });
      return page.data.find((t) => t.transferId === leg?.transferId) ?? null;
    },
    enabled: enabled && Boolean(otherWalletId && leg?.transferId),
  });
}
