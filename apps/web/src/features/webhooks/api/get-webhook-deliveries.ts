import { queryOptions, useQuery } from '@tanstack/react-query';
import type { WebhookDeliveryPage } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /webhook-endpoints/:id/deliveries: the endpoint's 20 newest deliveries. */
export function getWebhookDeliveries(endpointId: string, signal?: AbortSignal) {
  return apiRequest<WebhookDeliveryPage>(`/webhook-endpoints/${endpointId}/deliveries?limit=20`, {
    signal,
  }).then((page) => page.data);
}

/** How often deliveries are asked again while one is pending. */
const PENDING_REFRESH_MS = 2_000;

/** One definition for the hook and a route loader. */
export function getWebhookDeliveriesQueryOptions(endpointId: string) {
  return queryOptions({
    queryKey: queryKeys.webhookDeliveries(endpointId),
    queryFn: ({ signal }) => getWebhookDeliveries(endpointId, signal),
    // A pending delivery (a test event just sent, a re-send) is asked again until it is decided.
    refetchInterval: (query) =>
      query.state.data?.some((d) => d.status === 'pending') ? PENDING_REFRESH_MS : false,
  });
}

export function useWebhookDeliveries(endpointId: string) {
  return useQuery(getWebhookDeliveriesQueryOptions(endpointId));
}
