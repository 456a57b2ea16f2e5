import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { components } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export type SecurityEvent = components['schemas']['SecurityEventView'];
type SecurityEventPage = components['schemas']['SecurityEventPage'];

export const SECURITY_HISTORY_PAGE_SIZE = 20;

/** GET /auth/security-history: one page of the person's own security history, newest first. */
export function getSecurityHistory(cursor: string | null, signal?: AbortSignal): Promise<SecurityEventPage> {
  const query = new URLSearchParams({ limit: String(SECURITY_HISTORY_PAGE_SIZE) });
  if (cursor) query.set('cursor', cursor);
  return apiRequest<SecurityEventPage>(`/auth/security-history?${query}`, { signal });
}

export function getSecurityHistoryQueryOptions() {
  return infiniteQueryOptions({
    queryKey: queryKeys.securityHistory,
    queryFn: ({ pageParam, signal }) => getSecurityHistory(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useSecurityHistory() {
  return useInfiniteQuery(getSecurityHistoryQueryOptions());
}
