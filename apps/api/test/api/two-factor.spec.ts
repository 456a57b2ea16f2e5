import { randomBytes } from 'node:crypto';
import { generateSync } from 'otplib';
import request from 'supertest';
import { accountHash } from '../../src/auth/secrets';
import { resealSecrets } from '../../src/common/secrets/reseal';
import { SecretBox, type SecretKey } from '../../src/common/secrets/secret-box';
import type { TestApp } from '../support/app';
import { expectProblem } from '../support/problems';
import { useTestApp } from '../support/suite';
import type { TestUser } from '../support/users';

/**
 * Two-factor sign-in over real HTTP on a real database: set-up, enable with a code otplib computes as an
 * authenticator app would, login with and without the code, replays refused, recovery codes once,
 * regenerate, disable; and the secret is never in the table in clear.
 */
// The API seals under "old"; secrets:rotate's code moves the rows to "new", which the API reads too.
const OLD: SecretKey = { id: 'old', key: randomBytes(32) };
const NEW: SecretKey = { id: 'new', key: randomBytes(32) };
const KEYS = [OLD, NEW].map((k) => `${k.id}:${k.key.toString('base64')}`).join(',');
const app = useTestApp({ checkLedger: false, env: { SECRETS_KEYS: KEYS, SECRETS_KEY_ID: 'old' } });

const now = () => Math.floor(Date.now() / 1000);
/** The code an authenticator shows `stepsAhead` 30-second steps from now (1: the next step's). */
const codeOf = (secret: string, stepsAhead = 0) => generateSync({ secret, epoch: now() + 30 * stepsAhead });

/** A new session of `user`, from a login with `otp` when given; answers the agent and the login's answer. */
async function logIn(t: TestApp, user: TestUser, otp?: string) {
  const agent = request.agent(t.baseUrl);
  const res = await agent
    .post('/api/v1/auth/login')
    .send({ email: user.email, password: user.password, ...(otp === undefined ? {} : { otp }) });
  const csrf = /wallet_csrf=([^;]+)/.exec(([] as string[]).concat(res.headers['set-cookie'] ?? []).join(';'));
  if (csrf?.[1]) agent.set('X-CSRF-Token', csrf[1]);
  return { agent, res };
}

/** Sets up and enables two-factor sign-in for `user`: answers the secret and the recovery codes. */
async function enableTwoFactor(user: TestUser): Promise<{ secret: string; recoveryCodes: string[] }> {
  const setup = await user.browser.post('/api/v1/auth/two-factor/setup');
  expect(setup.status).toBe(201);
  const enabled = await user.browser
    .post('/api/v1/auth/two-factor/enable')
    .send({ code: codeOf(setup.body.secret) });
  expect(enabled.status).toBe(200);
  return { secret: setup.body.secret, recoveryCodes: enabled.body.recoveryCodes };
}

describe('two-factor set-up', () => {
  it('gives a pending secret with its otpauth URL and QR code; login is unchanged until it is enabled', async () => {
    const t = app();
    const user = await t.newUser();
    const setup = await user.browser.post('/api/v1/auth/two-factor/setup');
    expect(setup.status).toBe(201);
    expect(setup.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.body.otpauthUrl).toBe(
      `otpauth://totp/Wallet:${encodeURIComponent(user.email)}?secret=${setup.body.secret}&issuer=Wallet`,
    );
    expect(setup.body.qr).toMatch(/^data:image\/svg\+xml;base64,/);
    const svg = Buffer.from(setup.body.qr.split(',')[1], 'base64').toString('utf8');
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(setup.headers['cache-control']).toBe('no-store');

    expect((await user.browser.get('/api/v1/auth/me')).body.user.twoFactor).toBe(false);
    expect((await logIn(t, user)).res.status).toBe(200);

    // A second set-up replaces the pending secret: a code of the first no longer enables.
    const again = await user.browser.post('/api/v1/auth/two-factor/setup');
    expect(again.body.secret).not.toBe(setup.body.secret);
    const stale = await user.browser
      .post('/api/v1/auth/two-factor/enable')
      .send({ code: codeOf(setup.body.secret) });
    expectProblem(stale, 400, 'VALIDATION_FAILED');
    expect(stale.body.errors).toEqual([{ field: 'code', message: 'is not right' }]);
  });

  it('is refused with an API key, and enable without a set-up is 409', async () => {
    const t = app();
    expectProblem(await t.http.post('/api/v1/auth/two-factor/setup'), 403, 'FORBIDDEN');
    const user = await t.newUser();
    const enable = await user.browser.post('/api/v1/auth/two-factor/enable').send({ code: '123456' });
    expectProblem(enable, 409, 'TWO_FACTOR_NOT_ENABLED');
    const disable = await user.browser
      .post('/api/v1/auth/two-factor/disable')
      .send({ password: user.password, code: '123456' });
    expectProblem(disable, 409, 'TWO_FACTOR_NOT_ENABLED');
  });

  it('stores the secret sealed, never in clear, and the recovery codes only as hashes', async () => {
    const t = app();
    const user = await t.newUser();
    const { secret, recoveryCodes } = await enableTwoFactor(user);
    const stored = await t.db.query<{ secret: string; enabled_at: Date | null; last_used_step: string }>(
      'SELECT secret, enabled_at, last_used_step FROM two_factor_credentials WHERE user_id = $1',
      [user.id],
    );
    const row = stored.rows[0];
    expect(row?.secret).toMatch(/^v1:old:/);
    expect(new SecretBox([OLD], 'old').decrypt(row?.secret ?? '')).toBe(secret);
    expect(row?.secret).not.toContain(secret);
    expect(row?.secret.toUpperCase()).not.toContain(secret.slice(0, 12));
    expect(row?.enabled_at).toBeInstanceOf(Date);
    expect(Number(row?.last_used_step)).toBeGreaterThan(0);

    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}$/);
    const hashes = await t.db.query<{ code_hash: string }>(
      'SELECT code_hash FROM recovery_codes WHERE user_id = $1',
      [user.id],
    );
    expect(hashes.rows).toHaveLength(10);
    const dump = JSON.stringify(hashes.rows);
    for (const code of recoveryCodes) expect(dump).not.toContain(code.replaceAll('-', ''));

    // The database itself refuses a plaintext secret.
    await expect(
      t.db.query('UPDATE two_factor_credentials SET secret = $1 WHERE user_id = $2', [secret, user.id]),
    ).rejects.toThrow(/two_factor_credentials_secret_sealed/);
  });
});

describe('login with two-factor sign-in', () => {
  it('asks for the code (OTP_REQUIRED), refuses a wrong one as a failed login, and accepts a right one once', async () => {
    const t = app();
    const user = await t.newUser();
    const { secret } = await enableTwoFactor(user);
    expect((await user.browser.get('/api/v1/auth/me')).body.user.twoFactor).toBe(true);

    const bare = await logIn(t, user);
    expectProblem(bare.res, 401, 'OTP_REQUIRED');
    expect(bare.res.body.detail).toMatch(/two-factor/);
    expect(bare.res.headers['set-cookie']).toBeUndefined();

    const failures = async () => {
      const { rows } = await t.db.query<{ hits: number }>('SELECT hits FROM rate_limits WHERE key = $1', [
        `auth-email:${accountHash(user.email)}`,
      ]);
      return rows[0]?.hits ?? 0;
    };
    expect(await failures()).toBe(0);
    const right = codeOf(secret, 1);
    const wrong = right === '000000' ? '000001' : '000000';
    const refused = await logIn(t, user, wrong);
    expectProblem(refused.res, 401, 'UNAUTHENTICATED');
    expect(refused.res.headers['set-cookie']).toBeUndefined();
    expect(await failures()).toBe(1);

    // The next step's code: the enabling code's step is already used.
    const accepted = await logIn(t, user, right);
    expect(accepted.res.status).toBe(200);
    expect(accepted.res.body.user).toMatchObject({ id: user.id, twoFactor: true });
    expect((await accepted.agent.get('/api/v1/auth/me')).status).toBe(200);

    const replayed = await logIn(t, user, right);
    expectProblem(replayed.res, 401, 'UNAUTHENTICATED');
    // An older step's code is refused too once a later one was used.
    expectProblem((await logIn(t, user, codeOf(secret))).res, 401, 'UNAUTHENTICATED');
    expect(await failures()).toBe(3);
  });

  it('accepts each recovery code once, in any case and with or without dashes', async () => {
    const t = app();
    const user = await t.newUser();
    const { recoveryCodes } = await enableTwoFactor(user);
    const [first = '', second = ''] = recoveryCodes;
    expect((await logIn(t, user, first)).res.status).toBe(200);
    expectProblem((await logIn(t, user, first)).res, 401, 'UNAUTHENTICATED');
    const typed = ` ${second.replaceAll('-', '').toLowerCase()} `;
    expect((await logIn(t, user, typed)).res.status).toBe(200);
    expectProblem((await logIn(t, user, second)).res, 401, 'UNAUTHENTICATED');
    const used = await t.db.query('SELECT 1 FROM recovery_codes WHERE user_id = $1 AND used_at IS NOT NULL', [
      user.id,
    ]);
    expect(used.rowCount).toBe(2);
  });

  it('lets one of three parallel logins with the same code in, never two', async () => {
    const t = app();
    const user = await t.newUser();
    const { secret } = await enableTwoFactor(user);
    const code = codeOf(secret, 1);
    const answers = await Promise.all([logIn(t, user, code), logIn(t, user, code), logIn(t, user, code)]);
    expect(answers.map((a) => a.res.status).sort()).toEqual([200, 401, 401]);
  });
});

describe('recovery codes and turning two-factor off', () => {
  it('regenerates the recovery codes for a code: the old ones stop working', async () => {
    const t = app();
    const user = await t.newUser();
    const { recoveryCodes } = await enableTwoFactor(user);
    const wrong = await user.browser.post('/api/v1/auth/two-factor/recovery-codes').send({ code: 'nope' });
    expectProblem(wrong, 400, 'VALIDATION_FAILED');
    const renewed = await user.browser
      .post('/api/v1/auth/two-factor/recovery-codes')
      .send({ code: recoveryCodes[0] });
    expect(renewed.status).toBe(200);
    expect(renewed.body.recoveryCodes).toHaveLength(10);
    expect(renewed.body.recoveryCodes).not.toContain(recoveryCodes[1]);
    expectProblem((await logIn(t, user, recoveryCodes[1])).res, 401, 'UNAUTHENTICATED');
    expect((await logIn(t, user, renewed.body.recoveryCodes[0])).res.status).toBe(200);
  });

  it('turns off with the password and a code; a wrong one of either is refused and spends nothing', async () => {
    const t = app();
    const user = await t.newUser();
    const { secret } = await enableTwoFactor(user);
    const code = codeOf(secret, 1);

    const badPassword = await user.browser
      .post('/api/v1/auth/two-factor/disable')
      .send({ password: 'not the password at all', code });
    expectProblem(badPassword, 400, 'VALIDATION_FAILED');
    expect(badPassword.body.errors).toEqual([{ field: 'password', message: 'is not right' }]);
    const badCode = await user.browser
      .post('/api/v1/auth/two-factor/disable')
      .send({ password: user.password, code: 'AAAA-AAAA-AAAA-AAAA' });
    expectProblem(badCode, 400, 'VALIDATION_FAILED');
    expect(badCode.body.errors).toEqual([{ field: 'code', message: 'is not right' }]);
    expect((await user.browser.get('/api/v1/auth/me')).body.user.twoFactor).toBe(true);

    // The code refused with the wrong password was not spent.
    const off = await user.browser
      .post('/api/v1/auth/two-factor/disable')
      .send({ password: user.password, code });
    expect(off.status).toBe(204);
    expect((await user.browser.get('/api/v1/auth/me')).body.user.twoFactor).toBe(false);
    expect((await logIn(t, user)).res.status).toBe(200);
    const left = await t.db.query(
      'SELECT (SELECT count(*) FROM two_factor_credentials WHERE user_id = $1)::int AS secrets, (SELECT count(*) FROM recovery_codes WHERE user_id = $1)::int AS codes',
      [user.id],
    );
    expect(left.rows[0]).toEqual({ secrets: 0, codes: 0 });
  });
});

describe('key rotation', () => {
  it('re-seals the TOTP secrets under the new key (pnpm secrets:rotate), and their codes still sign in', async () => {
    const t = app();
    const user = await t.newUser();
    const { secret } = await enableTwoFactor(user);
    const counts = await resealSecrets(
      {
        rows: async (sql, params) => (await t.db.query<{ id: string; value: string }>(sql, params)).rows,
        execute: async (sql, params) => (await t.db.query(sql, params)).rowCount ?? 0,
      },
      new SecretBox([OLD, NEW], 'new'),
    );
    expect(counts.reencrypted).toBeGreaterThanOrEqual(1);
    expect(counts.unreadable).toBe(0);
    const { rows } = await t.db.query<{ secret: string }>(
      'SELECT secret FROM two_factor_credentials WHERE user_id = $1',
      [user.id],
    );
    expect(rows[0]?.secret).toMatch(/^v1:new:/);
    expect(new SecretBox([NEW], 'new').decrypt(rows[0]?.secret ?? '')).toBe(secret);
    expect((await logIn(t, user, codeOf(secret, 1))).res.status).toBe(200);
  });
});

interface AuditRow {
  action: string;
  actor_id: string | null;
  user_id: string | null;
  subject_type: string | null;
  subject_id: string | null;
  address: string | null;
  request_id: string | null;
  after: Record<string, unknown> | null;
}

/** The audit trail's sign-in rows about `userId` (auth.*), oldest first (read as the owner). */
async function auditOf(t: TestApp, userId: string): Promise<AuditRow[]> {
  const { rows } = await t.db.query<AuditRow>(
    `SELECT action, actor_id, user_id, subject_type, subject_id, address, request_id, after
     FROM audit_events WHERE user_id = $1 AND action LIKE 'auth.%' ORDER BY seq`,
    [userId],
  );
  return rows;
}

describe('the audit trail of sign-ins and two-factor changes', () => {
  it('records logins, failed ones, logout and every two-factor change with the address and request id', async () => {
    const t = app();
    const user = await t.newUser();
    const { secret, recoveryCodes } = await enableTwoFactor(user);
    const wrong = await logIn(t, user, 'ZZZZ-ZZZZ-ZZZZ-ZZZZ');
    expect(wrong.res.status).toBe(401);
    await t.anonymous.post('/api/v1/auth/login').send({ email: user.email, password: 'wrong password!' });
    const signedIn = await request(t.baseUrl)
      .post('/api/v1/auth/login')
      .set('X-Request-Id', 'req-2fa-login')
      .send({ email: user.email, password: user.password, otp: codeOf(secret, 1) });
    expect(signedIn.status).toBe(200);
    const viaRecovery = await logIn(t, user, recoveryCodes[0]);
    expect(viaRecovery.res.status).toBe(200);
    expect((await viaRecovery.agent.post('/api/v1/auth/logout')).status).toBe(204);
    await user.browser.post('/api/v1/auth/two-factor/recovery-codes').send({ code: recoveryCodes[1] });
    await user.browser
      .post('/api/v1/auth/two-factor/disable')
      .send({ password: user.password, code: recoveryCodes[2] });

    const rows = await auditOf(t, user.id);
    expect(rows.map((r) => r.action)).toEqual([
      'auth.two_factor_enabled',
      'auth.login_failed',
      'auth.login_failed',
      'auth.login',
      'auth.two_factor_recovery_code_used',
      'auth.login',
      'auth.logout',
      'auth.two_factor_recovery_code_used',
      'auth.two_factor_recovery_codes_regenerated',
      // The renewed codes replaced the old: the third one was refused, so nothing was turned off.
    ]);
    for (const row of rows) {
      expect(row.address).toBe('127.0.0.1');
      expect(row.request_id).toEqual(expect.any(String));
      expect(JSON.stringify(row)).not.toContain(secret);
    }
    expect(rows.filter((r) => r.action === 'auth.login_failed').map((r) => r.after)).toEqual([
      { reason: 'two_factor' },
      { reason: 'password' },
    ]);
    const login = rows.find((r) => r.request_id === 'req-2fa-login');
    expect(login).toMatchObject({ action: 'auth.login', actor_id: user.id, subject_type: 'session' });
    expect(login?.after).toEqual({ twoFactor: 'totp' });
    expect(rows[5]?.after).toEqual({ twoFactor: 'recovery' });
    expect(rows[6]?.subject_id).toBe(rows[5]?.subject_id);
  });

  it('records a failed login of an unknown email without a user, and a disable', async () => {
    const t = app();
    const email = `nobody-${randomBytes(4).toString('hex')}@example.com`;
    const res = await t.anonymous.post('/api/v1/auth/login').send({ email, password: 'some password here' });
    expectProblem(res, 401, 'UNAUTHENTICATED');
    const { rows } = await t.db.query<AuditRow>(
      "SELECT * FROM audit_events WHERE action = 'auth.login_failed' AND subject_id = $1",
      [accountHash(email).slice(0, 12)],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ user_id: null, actor_id: null, subject_type: 'account' });
    expect(JSON.stringify(rows[0])).not.toContain(email);

    const user = await t.newUser();
    const { secret } = await enableTwoFactor(user);
    const off = await user.browser
      .post('/api/v1/auth/two-factor/disable')
      .send({ password: user.password, code: codeOf(secret, 1) });
    expect(off.status).toBe(204);
    expect((await auditOf(t, user.id)).map((r) => [r.action, r.after])).toEqual([
      ['auth.two_factor_enabled', { otherSessionsEnded: 0 }],
      ['auth.two_factor_disabled', { with: 'totp' }],
    ]);
  });
});
