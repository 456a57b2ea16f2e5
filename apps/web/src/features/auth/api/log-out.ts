import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { forgetOtherUsersData } from './sign-in';

/** POST /auth/logout: the session is revoked on every server. */
export function logOut(): Promise<void> {
  return apiRequest<void>('/auth/logout', { method: 'POST' });
}

export function useLogOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logOut,
    meta: { action: 'Logging out' },
    onSettled: () => {
      queryClient.setQueryData(queryKeys.me, null);
      forgetOtherUsersData(queryClient);
    },
  });
}
