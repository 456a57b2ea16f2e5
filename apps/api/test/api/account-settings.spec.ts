import request from 'supertest';
import type { TestApp } from '../support/app';
import { expectProblem, MISSING_ID } from '../support/problems';
import { useTestApp } from '../support/suite';
import type { TestUser } from '../support/users';

/** The settings of one's own account over real HTTP: the password, and the list of signed-in browsers. */
const app = useTestApp({ checkLedger: false });

/** Another signed-in browser of `user` (a new session), with its CSRF token set. */
async function anotherBrowser(t: TestApp, user: TestUser, password = user.password) {
  const agent = request.agent(t.baseUrl);
  const res = await agent.post('/api/v1/auth/login').send({ email: user.email, password });
  expect(res.status).toBe(200);
  const csrf = /wallet_csrf=([^;]+)/.exec(([] as string[]).concat(res.headers['set-cookie'] ?? []).join(';'));
  agent.set('X-CSRF-Token', csrf?.[1] ?? '');
  return agent;
}

describe('changing the password', () => {
  it('refuses a wrong current password (a failed login), then changes it and ends the other sessions', async () => {
    const t = app();
    const user = await t.newUser();
    const other = await anotherBrowser(t, user);
    const newPassword = 'a brand new passphrase';

    const wrong = await user.browser
      .post('/api/v1/auth/password')
      .send({ currentPassword: 'not my password at all', newPassword });
    expectProblem(wrong, 400, 'VALIDATION_FAILED');
    expect(wrong.body.errors).toEqual([{ field: 'currentPassword', message: 'is not right' }]);
    expect((await other.get('/api/v1/auth/me')).status).toBe(200);

    const short = await user.browser
      .post('/api/v1/auth/password')
      .send({ currentPassword: user.password, newPassword: 'short' });
    expectProblem(short, 400, 'VALIDATION_FAILED');
    expect(short.body.errors).toEqual([{ field: 'newPassword', message: 'must be at least 10 characters' }]);

    const changed = await user.browser
      .post('/api/v1/auth/password')
      .send({ currentPassword: user.password, newPassword });
    expect(changed.status).toBe(204);
    // This browser stays signed in, the other is signed out; API keys keep working.
    expect((await user.browser.get('/api/v1/auth/me')).status).toBe(200);
    expectProblem(await other.get('/api/v1/auth/me'), 401, 'UNAUTHENTICATED');
    expect((await t.asUser(user).get('/api/v1/auth/me')).status).toBe(200);

    const oldLogin = await t.anonymous
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: user.password });
    expectProblem(oldLogin, 401, 'UNAUTHENTICATED');
    await anotherBrowser(t, user, newPassword);
  });

  it('is for a signed-in browser only, with its CSRF token', async () => {
    const t = app();
    const body = { currentPassword: t.user.password, newPassword: 'another good passphrase' };
    expectProblem(await t.http.post('/api/v1/auth/password').send(body), 403, 'FORBIDDEN');
    const noCsrf = request.agent(t.baseUrl);
    await noCsrf.post('/api/v1/auth/login').send({ email: t.user.email, password: t.user.password });
    expectProblem(await noCsrf.post('/api/v1/auth/password').send(body), 403, 'FORBIDDEN');
  });
});

describe('password changes are limited like logins', () => {
  const limited = useTestApp({ checkLedger: false, env: { AUTH_RATE_LIMIT_PER_EMAIL: '2' } });

  it('answers 429 once the wrong current passwords reach the per-email limit, even for the right one', async () => {
    const t = limited();
    const user = await t.newUser();
    const attempt = (currentPassword: string) =>
      user.browser
        .post('/api/v1/auth/password')
        .send({ currentPassword, newPassword: 'a brand new passphrase' });
    expectProblem(await attempt('wrong password one'), 400, 'VALIDATION_FAILED');
    expectProblem(await attempt('wrong password two'), 400, 'VALIDATION_FAILED');
    const refused = await attempt(user.password);
    expectProblem(refused, 429, 'RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('sessions', () => {
  it('lists the live sessions without tokens, marks the current one, and revokes one', async () => {
    const t = app();
    const user = await t.newUser();
    const other = await anotherBrowser(t, user);
    const listed = await user.browser.get('/api/v1/auth/sessions');
    expect(listed.status).toBe(200);
    expect(listed.body.data).toHaveLength(2);
    for (const session of listed.body.data) {
      expect(Object.keys(session).sort()).toEqual(['createdAt', 'current', 'expiresAt', 'id']);
    }
    const current = listed.body.data.filter((s: { current: boolean }) => s.current);
    expect(current).toHaveLength(1);
    const otherId = listed.body.data.find((s: { current: boolean }) => !s.current).id as string;
    const fromOther = await other.get('/api/v1/auth/sessions');
    expect(fromOther.body.data.find((s: { current: boolean }) => s.current).id).toBe(otherId);

    const revoked = await user.browser.delete(`/api/v1/auth/sessions/${otherId}`);
    expect(revoked.status).toBe(204);
    expectProblem(await other.get('/api/v1/auth/me'), 401, 'UNAUTHENTICATED');
    expect((await user.browser.get('/api/v1/auth/sessions')).body.data).toHaveLength(1);
    // An ended session is gone: a second revoke is 404.
    expectProblem(await user.browser.delete(`/api/v1/auth/sessions/${otherId}`), 404, 'NOT_FOUND');
  });

  it("answers 404 for another user's session, which keeps working, and for an unknown id", async () => {
    const t = app();
    const alice = await t.newUser();
    const bob = await t.newUser();
    const bobs = (await bob.browser.get('/api/v1/auth/sessions')).body.data[0].id as string;
    expectProblem(await alice.browser.delete(`/api/v1/auth/sessions/${bobs}`), 404, 'NOT_FOUND');
    expect((await bob.browser.get('/api/v1/auth/me')).status).toBe(200);
    expectProblem(await alice.browser.delete(`/api/v1/auth/sessions/${MISSING_ID}`), 404, 'NOT_FOUND');
    expectProblem(await alice.browser.delete('/api/v1/auth/sessions/nope'), 400, 'VALIDATION_FAILED');
    expectProblem(await t.http.get('/api/v1/auth/sessions'), 403, 'FORBIDDEN');
  });
});

describe('the audit trail of account changes', () => {
  it('records a password change, a session revoked, and API keys created and revoked', async () => {
    const t = app();
    const user = await t.newUser();
    const other = await anotherBrowser(t, user);
    const otherId = (await other.get('/api/v1/auth/sessions')).body.data.find(
      (s: { current: boolean }) => s.current,
    ).id as string;
    expect((await user.browser.delete(`/api/v1/auth/sessions/${otherId}`)).status).toBe(204);
    const key = await user.keyWith(['wallets:read']);
    expect((await user.browser.delete(`/api/v1/api-keys/${key.id}`)).status).toBe(200);
    // Revoking it again changes nothing, and records nothing.
    expect((await user.browser.delete(`/api/v1/api-keys/${key.id}`)).status).toBe(200);
    await anotherBrowser(t, user);
    const changed = await user.browser
      .post('/api/v1/auth/password')
      .set('X-Request-Id', 'req-password')
      .send({ currentPassword: user.password, newPassword: 'a brand new passphrase' });
    expect(changed.status).toBe(204);

    const { rows } = await t.db.query<{
      action: string;
      actor_id: string;
      subject_id: string;
      address: string;
      request_id: string;
      after: unknown;
    }>(
      `SELECT action, actor_id, subject_id, address, request_id, after FROM audit_events
       WHERE user_id = $1 AND action <> 'auth.login' ORDER BY seq`,
      [user.id],
    );
    const secretOf = (agentKey: string) => rows.some((r) => JSON.stringify(r).includes(agentKey));
    expect(rows.map((r) => [r.action, r.subject_id])).toEqual([
      ['api_key.created', expect.any(String)], // the key every test user gets
      ['auth.session_revoked', otherId],
      ['api_key.created', key.id],
      ['api_key.revoked', key.id],
      ['auth.password_changed', user.id],
    ]);
    expect(rows[2]?.after).toEqual({
      name: expect.any(String),
      prefix: key.key.slice(0, 10),
      scopes: ['wallets:read'],
      mode: 'live',
      apiVersion: '2026-12-08',
      expiresAt: null,
    });
    expect(secretOf(key.key)).toBe(false);
    expect(rows.at(-1)).toMatchObject({ request_id: 'req-password', after: { otherSessionsEnded: 1 } });
    for (const row of rows) expect(row).toMatchObject({ actor_id: user.id, address: '127.0.0.1' });
  });
});
