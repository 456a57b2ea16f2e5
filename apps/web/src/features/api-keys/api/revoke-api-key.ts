import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiKey } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** DELETE /api-keys/:id: the key stops working at once, on every server. */
export function revokeApiKey(id: string): Promise<ApiKey> {
  return apiRequest<ApiKey>(`/api-keys/${id}`, { method: 'DELETE' });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeApiKey,
    meta: {
      action: 'Revoking the key',
      successMessage: (data) => `${(data as ApiKey).name} no longer works`,
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.apiKeys }),
  });
}
