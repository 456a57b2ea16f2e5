import type { User } from '@wallet/contract';

export type StaffRole = NonNullable<User['role']>;

/** Staff see the operator console; everyone else never learns it is there. */
export function staffRoleOf(user: User | null | undefined): StaffRole | null {
  return user?.role ?? null;
}

export const ROLE_LABELS: Record<StaffRole | 'user', string> = {
  user: 'User (not staff)',
  support: 'Support',
  finance: 'Finance',
  admin: 'Admin',
};
