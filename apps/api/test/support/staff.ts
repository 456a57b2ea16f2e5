import type { TestApp } from './app';
import type { TestUser } from './users';

export type TestStaffRole = 'support' | 'finance' | 'admin';

/**
 * A new user made staff with `role`, as `pnpm ops:grant` does (a row in staff_roles, written here as the
 * owner). Their `browser` is a signed-in session that can use the operator routes.
 */
export async function newStaff(t: TestApp, role: TestStaffRole): Promise<TestUser> {
  const user = await t.newUser();
  await grantRole(t, user, role);
  return user;
}

export async function grantRole(t: TestApp, user: TestUser, role: TestStaffRole): Promise<void> {
  await t.db.query(
    `INSERT INTO staff_roles (user_id, role) VALUES ($1, $2)
     ON CONFLICT (user_id) DO UPDATE SET role = EXCLUDED.role`,
    [user.id, role],
  );
}
