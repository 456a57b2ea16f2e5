import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RotatedApiKey } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** POST /api-keys/:id/rotate: a new key (its secret in this answer only); the old one stops after the overlap. */
export function rotateApiKey({
  id,
  overlapHours,
}: {
  id: string;
  overlapHours: number;
}): Promise<RotatedApiKey> {
  return apiRequest<RotatedApiKey>(`/api-keys/${id}/rotate`, { method: 'POST', body: { overlapHours } });
}

export function useRotateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rotateApiKey,
    meta: { action: 'Rotating the key' },
    // Not idempotent: a retried rotation whose first answer was lost would be refused (the key is rotated).
    retry: false,
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.apiKeys }),
  });
}
