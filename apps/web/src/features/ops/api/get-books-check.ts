import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { BooksCheckRecord, LatestBooksCheckResult } from './types';

/** GET /ops/books-check: the latest check of the books (null before the first). */
export function getBooksCheck(signal?: AbortSignal): Promise<BooksCheckRecord | null> {
  return apiRequest<LatestBooksCheckResult>('/ops/books-check', { signal }).then((r) => r.latest);
}

export function getBooksCheckQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.opsBooksCheck,
    queryFn: ({ signal }) => getBooksCheck(signal),
    // The schedule checks every few minutes; "checked 2 minutes ago" stays about right.
    refetchInterval: 60_000,
  });
}

export function useBooksCheck() {
  return useQuery(getBooksCheckQueryOptions());
}
