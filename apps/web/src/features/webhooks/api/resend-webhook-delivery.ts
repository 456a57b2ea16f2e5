import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WebhookDelivery } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** POST /webhook-endpoints/:id/deliveries/:deliveryId/retry: a failed delivery is queued again. */
export function resendWebhookDelivery(endpointId: string, deliveryId: string): Promise<WebhookDelivery> {
  return apiRequest<WebhookDelivery>(`/webhook-endpoints/${endpointId}/deliveries/${deliveryId}/retry`, {
    method: 'POST',
  });
}

export function useResendDelivery(endpointId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) => resendWebhookDelivery(endpointId, deliveryId),
    meta: { action: 'Re-sending the delivery', successMessage: () => 'Delivery queued again' },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.webhookDeliveries(endpointId) }),
  });
}
