import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { components } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export type RequestLog = components['schemas']['RequestLogView'];
type RequestLogPage = components['schemas']['RequestLogPage'];

/** What the person narrowed a key's log to: '' is "any". */
export interface RequestLogFilter {
  /** An exact status (422) or a class (4xx). */
  status: string;
  /** A route pattern exactly as the log shows it. */
  route: string;
}

export const REQUEST_LOG_PAGE_SIZE = 20;

/** GET /request-logs?keyId=: one page of a key's requests, newest first. */
export function getRequestLogs(
  keyId: string,
  filter: RequestLogFilter,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<RequestLogPage> {
  const query = new URLSearchParams({ keyId, limit: String(REQUEST_LOG_PAGE_SIZE) });
  if (filter.status) query.set('status', filter.status);
  if (filter.route) query.set('route', filter.route);
  if (cursor) query.set('cursor', cursor);
  return apiRequest<RequestLogPage>(`/request-logs?${query}`, { signal });
}

export function getRequestLogsQueryOptions(keyId: string, filter: RequestLogFilter) {
  return infiniteQueryOptions({
    queryKey: queryKeys.requestLogs(keyId, filter),
    queryFn: ({ pageParam, signal }) => getRequestLogs(keyId, filter, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useRequestLogs(keyId: string, filter: RequestLogFilter) {
  return useInfiniteQuery(getRequestLogsQueryOptions(keyId, filter));
}
