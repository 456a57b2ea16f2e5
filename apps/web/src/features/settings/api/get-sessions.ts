import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SessionList } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /auth/sessions: the person's signed-in browsers, newest first (never their tokens). */
export function getSessions(signal?: AbortSignal) {
  return apiRequest<SessionList>('/auth/sessions', { signal }).then((list) => list.data);
}

/** One definition for the hook and the route loader. */
export function getSessionsQueryOptions() {
  return queryOptions({ queryKey: queryKeys.sessions, queryFn: ({ signal }) => getSessions(signal) });
}

export function useSessions() {
  return useQuery(getSessionsQueryOptions());
}
