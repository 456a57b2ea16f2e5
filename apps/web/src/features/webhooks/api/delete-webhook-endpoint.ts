import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** DELETE /webhook-endpoints/:id: nothing more is sent to it. */
export function deleteWebhookEndpoint(id: string): Promise<void> {
  return apiRequest<void>(`/webhook-endpoints/${id}`, { method: 'DELETE' });
}

/** `onDeleted` runs here, not as mutate()'s callback: that one is dropped when the deleted row unmounts. */
export function useDeleteWebhookEndpoint(onDeleted?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteWebhookEndpoint,
    meta: { action: 'Deleting the endpoint', successMessage: () => 'Endpoint deleted' },
    onSuccess: () => onDeleted?.(),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.webhookEndpoints }),
  });
}
