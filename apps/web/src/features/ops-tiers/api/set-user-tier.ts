import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UserTier } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** PUT /ops/users/:id/tier (admin): puts a user on a tier; recorded in the audit trail. */
export function setUserTier({ userId, tier }: { userId: string; tier: string }): Promise<UserTier> {
  return apiRequest<UserTier>(`/ops/users/${userId}/tier`, { method: 'PUT', body: { tier } });
}

export function useSetUserTier() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setUserTier,
    meta: {
      action: 'Changing the tier',
      successMessage: (data) => `Now on the ${(data as UserTier).tier} tier`,
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.opsTiers }),
  });
}
