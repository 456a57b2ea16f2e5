import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WebhookDelivery } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** POST /webhook-endpoints/:id/test: a signed webhook.test event, queued for this endpoint. */
export function sendWebhookTestEvent(endpointId: string): Promise<WebhookDelivery> {
  return apiRequest<WebhookDelivery>(`/webhook-endpoints/${endpointId}/test`, { method: 'POST' });
}

/** Sends a test event; the endpoint's deliveries are asked again, so the new one shows. */
export function useSendTestEvent(endpointId: string, onSent: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => sendWebhookTestEvent(endpointId),
    meta: { action: 'Sending a test event', successMessage: () => 'Test event sent: see its delivery below' },
    onSuccess: onSent,
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.webhookDeliveries(endpointId) }),
  });
}
