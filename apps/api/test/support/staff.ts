import { generateSync } from 'otplib';
import type { TestApp } from './app';
import type { TestUser } from './users';

export type TestStaffRole = 'support' | 'finance' | 'admin';

export interface TestStaff extends TestUser {
  /** The TOTP secret of their authenticator (staff must sign in with two-factor). */
  totpSecret: string;
}

/**
 * A new user made staff with `role`, as `pnpm ops:grant` does (a row in staff_roles, written here as the
 * owner), with two-factor sign-in turned on over HTTP as the dashboard does (staff need it for the
 * console). Their `browser` is a signed-in session that can use the operator routes.
 */
export async function newStaff(t: TestApp, role: TestStaffRole): Promise<TestStaff> {
  const user = await t.newUser();
  const totpSecret = await enableTwoFactor(user);
  await grantRole(t, user, role);
  return Object.assign(user, { totpSecret });
}

export async function grantRole(t: TestApp, user: TestUser, role: TestStaffRole): Promise<void> {
  await t.db.query(
    `INSERT INTO staff_roles (user_id, role) VALUES ($1, $2)
     ON CONFLICT (user_id) DO UPDATE SET role = EXCLUDED.role`,
    [user.id, role],
  );
}

/** Turns two-factor sign-in on for `user` (set-up, then a code of the new secret); answers the secret. */
export async function enableTwoFactor(user: TestUser): Promise<string> {
  const setup = await user.browser.post('/api/v1/auth/two-factor/setup');
  if (setup.status !== 201) throw new Error(`two-factor set-up answered ${setup.status}: ${setup.text}`);
  const secret = setup.body.secret as string;
  const enabled = await user.browser
    .post('/api/v1/auth/two-factor/enable')
    .send({ code: generateSync({ secret }) });
  if (enabled.status !== 200)
    throw new Error(`two-factor enable answered ${enabled.status}: ${enabled.text}`);
  return secret;
}
