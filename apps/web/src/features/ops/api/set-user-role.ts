import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { ROLE_LABELS } from '../../../lib/staff';
import type { SetRoleRequest, StaffUser, UserPage } from './types';

/** PUT /ops/users/:id/role (admin): grants a staff role, or takes it away with `user`. */
export function setUserRole(userId: string, role: SetRoleRequest['role']): Promise<StaffUser> {
  return apiRequest<StaffUser>(`/ops/users/${encodeURIComponent(userId)}/role`, {
    method: 'PUT',
    body: { role } satisfies SetRoleRequest,
  });
}

export function useSetUserRole(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (role: SetRoleRequest['role']) => setUserRole(userId, role),
    meta: {
      action: 'Changing the role',
      successMessage: (data) => {
        const user = data as StaffUser;
        return `${user.email} is now ${ROLE_LABELS[user.role ?? 'user'].toLowerCase()}`;
      },
    },
    // The user's page is patched, not refetched: each fetch of it is recorded as staff opening it.
    onSuccess: (user) => {
      queryClient.setQueryData<UserPage>(queryKeys.opsUser(userId), (page) =>
        page ? { ...page, user } : page,
      );
      void queryClient.invalidateQueries({ queryKey: ['ops', 'users', 'search'] });
      void queryClient.invalidateQueries({ queryKey: ['ops', 'audit'] });
    },
  });
}
