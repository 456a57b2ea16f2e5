import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { WalletPage } from '@wallet/contract';
import { useEffect } from 'react';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { walletsOf } from '../../../lib/wallet-cache';

/** The API's largest page. */
export const WALLET_PAGE_SIZE = 100;
/** A bound on what the dashboard holds in memory: 50 pages, 5,000 wallets. */
export const MAX_WALLET_PAGES = 50;

/** GET /wallets: one page of the person's wallets, oldest first. */
export function getWallets(cursor: string | null, signal?: AbortSignal): Promise<WalletPage> {
  const query = new URLSearchParams({ limit: String(WALLET_PAGE_SIZE) });
  if (cursor) query.set('cursor', cursor);
  return apiRequest<WalletPage>(`/wallets?${query}`, { signal });
}

/** One definition for the hook and the route loader. */
export function getWalletsQueryOptions() {
  return infiniteQueryOptions({
    queryKey: queryKeys.walletList(),
    queryFn: ({ pageParam, signal }) => getWallets(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last, pages) => (pages.length < MAX_WALLET_PAGES ? last.nextCursor : null),
  });
}

/**
 * Every wallet, a page at a time: the first page shows at once and the rest load behind it, so the
 * search, the currency filter, the totals and the transfer's picker see all of them.
 */
export function useWallets() {
  const query = useInfiniteQuery(getWalletsQueryOptions());
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage]);
  return {
    wallets: walletsOf(query.data),
    isPending: query.isPending,
    isError: query.isError,
    error: query.error,
    hasData: query.data !== undefined,
    /** More pages are still on their way. */
    isLoadingMore: hasNextPage || isFetchingNextPage,
    refetch: query.refetch,
  };
}
