import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { startTestApp, type TestApp } from '../support/app';
import { enableTwoFactor } from '../support/staff';

const CLI = path.join(__dirname, '..', '..', 'dist', 'cli', 'ops-grant.js');

/** `pnpm ops:grant` as an operator runs it on the server, on this test's database. */
function runCli(t: TestApp, ...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    env: { ...process.env, DATABASE_URL: t.databaseUrl, WALLET_DOTENV: 'off' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('pnpm ops:grant', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('makes the first admin, who can then use the operator routes, and records who ran it', async () => {
    const user = await t.newUser();
    expect((await user.browser.get('/api/v1/ops/audit')).status).toBe(404);

    // Staff sign in with two-factor: an account without it is refused, with what to do.
    const early = runCli(t, user.email, 'admin');
    expect(early.code).toBe(1);
    expect(early.err).toContain('has not turned on two-factor sign-in');
    expect((await t.db.query('SELECT count(*)::int AS n FROM staff_roles')).rows[0].n).toBe(0);
    await enableTwoFactor(user);

    const run = runCli(t, user.email.toUpperCase(), 'admin');
    expect({ code: run.code, out: run.out, err: run.code === 0 ? '' : run.err }).toEqual({
      code: 0,
      err: '',
      out: expect.stringContaining(`${user.email} is now admin`),
    });
    expect((await user.browser.get('/api/v1/auth/me')).body.user.role).toBe('admin');
    // This session turned two-factor on, so it has proved it.
    expect((await user.browser.get('/api/v1/ops/audit')).status).toBe(200);

    const { rows } = await t.db.query(
      "SELECT actor_id, actor_label, subject_id, user_id, before, after FROM audit_events WHERE action = 'role.granted'",
    );
    expect(rows).toEqual([
      {
        actor_id: null,
        actor_label: expect.stringMatching(/^pnpm ops:grant \(.+@.+\)$/),
        subject_id: user.id,
        user_id: user.id,
        before: { role: 'user' },
        after: { role: 'admin' },
      },
    ]);

    const again = runCli(t, user.email, 'admin');
    expect(again.code).toBe(0);
    expect(again.out).toContain('nothing changed');
    const back = runCli(t, user.email, 'user');
    expect(back.code).toBe(0);
    expect((await user.browser.get('/api/v1/ops/audit')).status).toBe(404);
    const count = await t.db.query("SELECT count(*)::int AS n FROM audit_events WHERE action LIKE 'role.%'");
    expect(count.rows[0].n).toBe(2);
  });

  it('says what is wrong with an unknown email or role, and changes nothing', async () => {
    const unknown = runCli(t, 'nobody@example.com', 'admin');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('no user has the email nobody@example.com');
    const user = await t.newUser();
    const badRole = runCli(t, user.email, 'root');
    expect(badRole.code).toBe(2);
    expect(badRole.err).toContain('usage: pnpm ops:grant EMAIL ROLE');
    expect(runCli(t).code).toBe(2);
    const roles = await t.db.query('SELECT count(*)::int AS n FROM staff_roles');
    expect(roles.rows[0].n).toBe(0);
  });
});
