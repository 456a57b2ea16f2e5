import { queryOptions, useQuery } from '@tanstack/react-query';
import type { WebhookEndpointPage } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /webhook-endpoints: the person's endpoints (never their secrets), up to 100. */
export function getWebhookEndpoints(signal?: AbortSignal) {
  return apiRequest<WebhookEndpointPage>('/webhook-endpoints?limit=100', { signal }).then(
    (page) => page.data,
  );
}

/** One definition for the hook and the route loader. */
export function getWebhookEndpointsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.webhookEndpoints,
    queryFn: ({ signal }) => getWebhookEndpoints(signal),
  });
}

export function useWebhookEndpoints() {
  return useQuery(getWebhookEndpointsQueryOptions());
}
