import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionInfo } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** DELETE /auth/sessions/:id: that browser is signed out at once, on every server. */
export function revokeSession(id: string): Promise<void> {
  return apiRequest<void>(`/auth/sessions/${id}`, { method: 'DELETE' });
}

/** Optimistic: the row leaves the list at once, and comes back if the server says no. */
export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeSession,
    meta: { action: 'Signing that session out', successMessage: () => 'That session is signed out' },
    onMutate: async (id: string) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.sessions });
      const before = queryClient.getQueryData<SessionInfo[]>(queryKeys.sessions);
      queryClient.setQueryData<SessionInfo[]>(queryKeys.sessions, (list) => list?.filter((s) => s.id !== id));
      return { before };
    },
    onError: (_error, _id, context) => {
      if (context?.before) queryClient.setQueryData(queryKeys.sessions, context.before);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.sessions }),
  });
}
