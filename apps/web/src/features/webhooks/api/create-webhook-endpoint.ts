import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatedWebhookEndpoint, CreateWebhookEndpointRequest } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** POST /webhook-endpoints: a new endpoint, whose signing secret this one answer carries. */
export function createWebhookEndpoint(
  request: CreateWebhookEndpointRequest,
): Promise<CreatedWebhookEndpoint> {
  return apiRequest<CreatedWebhookEndpoint>('/webhook-endpoints', { method: 'POST', body: request });
}

export function useCreateWebhookEndpoint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWebhookEndpoint,
    // Not idempotent: a retried creation whose first answer was lost would make a second, unseen secret.
    meta: { action: 'Adding the endpoint' },
    retry: false,
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.webhookEndpoints }),
  });
}
