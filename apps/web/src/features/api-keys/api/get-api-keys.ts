import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiKeyList } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /api-keys: the person's keys, revoked ones too (never their secrets). */
export function getApiKeys(signal?: AbortSignal) {
  return apiRequest<ApiKeyList>('/api-keys', { signal }).then((list) => list.data);
}

/** One definition for the hook and the route loader. */
export function getApiKeysQueryOptions() {
  return queryOptions({ queryKey: queryKeys.apiKeys, queryFn: ({ signal }) => getApiKeys(signal) });
}

export function useApiKeys() {
  return useQuery(getApiKeysQueryOptions());
}
