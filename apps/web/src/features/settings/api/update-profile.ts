import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateProfileRequest, User, UserResult } from '@wallet/contract';
import { apiRequest } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** PATCH /auth/me: the display name the people you pay (and who pay you) see; null removes it. */
export async function updateProfile(request: UpdateProfileRequest): Promise<User> {
  return (await apiRequest<UserResult>('/auth/me', { method: 'PATCH', body: request })).user;
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    meta: {
      action: 'Saving your display name',
      successMessage: (data: unknown) => {
        const name = (data as User).displayName;
        return name ? `People you pay now see “${name}”` : 'Display name removed';
      },
    },
    onSuccess: (user) => queryClient.setQueryData(queryKeys.me, user),
  });
}
