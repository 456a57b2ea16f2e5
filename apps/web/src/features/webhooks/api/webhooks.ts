import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreatedWebhookEndpoint,
  CreateWebhookEndpointRequest,
  WebhookDelivery,
  WebhookDeliveryPage,
  WebhookEndpointPage,
} from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';

const ENDPOINTS = ['webhook-endpoints'] as const;
const deliveriesKey = (id: string) => ['webhook-endpoints', id, 'deliveries'] as const;

export function useWebhookEndpoints() {
  return useQuery({
    queryKey: ENDPOINTS,
    queryFn: ({ signal }) =>
      apiRequest<WebhookEndpointPage>('/webhook-endpoints?limit=100', { signal }).then((page) => page.data),
  });
}

export function useCreateWebhookEndpoint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateWebhookEndpointRequest) =>
      apiRequest<CreatedWebhookEndpoint>('/webhook-endpoints', { method: 'POST', body: request }),
    // Not idempotent: a retried creation whose first answer was lost would make a second, unseen secret.
    meta: { action: 'Adding the endpoint' },
    retry: false,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ENDPOINTS }),
  });
}

/** `onDeleted` runs here, not as mutate()'s callback: that one is dropped when the deleted row unmounts. */
export function useDeleteWebhookEndpoint(onDeleted?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>(`/webhook-endpoints/${id}`, { method: 'DELETE' }),
    meta: { action: 'Deleting the endpoint', successMessage: () => 'Endpoint deleted' },
    onSuccess: () => onDeleted?.(),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ENDPOINTS }),
  });
}

export function useWebhookDeliveries(endpointId: string) {
  return useQuery({
    queryKey: deliveriesKey(endpointId),
    queryFn: ({ signal }) =>
      apiRequest<WebhookDeliveryPage>(`/webhook-endpoints/${endpointId}/deliveries?limit=20`, {
        signal,
      }).then((page) => page.data),
  });
}

export function useResendDelivery(endpointId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) =>
      apiRequest<WebhookDelivery>(`/webhook-endpoints/${endpointId}/deliveries/${deliveryId}/retry`, {
        method: 'POST',
      }),
    meta: { action: 'Re-sending the delivery', successMessage: () => 'Delivery queued again' },
    onSettled: () => queryClient.invalidateQueries({ queryKey: deliveriesKey(endpointId) }),
  });
}
