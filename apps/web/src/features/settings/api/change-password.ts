import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordRequest } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** POST /auth/password: a new password, given the current one; every other session ends. */
export function changePassword(request: ChangePasswordRequest): Promise<void> {
  return apiRequest<void>('/auth/password', { method: 'POST', body: request });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    meta: {
      action: 'Changing the password',
      successMessage: () => 'Password changed. Your other sessions are signed out.',
    },
    // A wrong current password counts against the login limits: never sent again on its own.
    retry: false,
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.sessions }),
  });
}
