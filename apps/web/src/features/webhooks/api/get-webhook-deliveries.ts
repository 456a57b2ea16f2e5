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

/** One definition for the hook and a route loader. */
export function getWebhookDeliveriesQueryOptions(endpointId: string) {
  return queryOptions({
    queryKey: queryKeys.webhookDeliveries(endpointId),
    queryFn: ({ signal }) => getWebhookDeliveries(endpointId, signal),
  });
}

export function useWebhookDeliveries(endpointId: string) {
  return useQuery(getWebhookDeliveriesQueryOptions(endpointId));
}
