import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiKey, ApiKeyList, CreateApiKeyRequest, CreatedApiKey } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';

const KEYS = ['api-keys'] as const;

export function useApiKeys() {
  return useQuery({
    queryKey: KEYS,
    queryFn: ({ signal }) => apiRequest<ApiKeyList>('/api-keys', { signal }).then((list) => list.data),
  });
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateApiKeyRequest) =>
      apiRequest<CreatedApiKey>('/api-keys', { method: 'POST', body: request }),
    meta: { action: 'Creating the key' },
    // Not idempotent: a retried creation whose first answer was lost would make a second, unseen key.
    retry: false,
    onSettled: () => queryClient.invalidateQueries({ queryKey: KEYS }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<ApiKey>(`/api-keys/${id}`, { method: 'DELETE' }),
    meta: {
      action: 'Revoking the key',
      successMessage: (data) => `${(data as ApiKey).name} no longer works`,
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: KEYS }),
  });
}
