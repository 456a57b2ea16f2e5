import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { API_BASE, apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { AuditEventPage } from './types';

export const AUDIT_PAGE_SIZE = 50;

/** What the trail can be searched by; every one optional (empty: not filtered), and they combine. */
export const AUDIT_FILTERS = ['action', 'actorId', 'userId', 'subjectId', 'from', 'to'] as const;
export type AuditFilter = Partial<Record<(typeof AUDIT_FILTERS)[number], string>>;

function filterQuery(filter: AuditFilter): URLSearchParams {
  const query = new URLSearchParams();
  for (const name of AUDIT_FILTERS) {
    const value = filter[name]?.trim();
    if (value) query.set(name, value);
  }
  return query;
}

/** GET /ops/audit: one page of the trail, newest first. */
export function searchAudit(filter: AuditFilter, cursor: string | null, signal?: AbortSignal) {
  const query = filterQuery(filter);
  query.set('limit', String(AUDIT_PAGE_SIZE));
  if (cursor) query.set('cursor', cursor);
  return apiRequest<AuditEventPage>(`/ops/audit?${query}`, { signal });
}

export function searchAuditQueryOptions(filter: AuditFilter) {
  const key = Object.fromEntries(filterQuery(filter));
  return infiniteQueryOptions({
    queryKey: queryKeys.opsAudit(key),
    queryFn: ({ pageParam, signal }) => searchAudit(filter, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useAuditTrail(filter: AuditFilter) {
  return useInfiniteQuery(searchAuditQueryOptions(filter));
}

/**
 * GET /ops/audit/export: every matching entry, oldest first, as a download. A plain link: the browser
 * sends the session cookie, and the API names the file.
 */
export function auditExportHref(filter: AuditFilter, format: 'csv' | 'jsonl'): string {
  const query = filterQuery(filter);
  query.set('format', format);
  return `${API_BASE}/ops/audit/export?${query}`;
}
