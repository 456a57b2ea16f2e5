import request from 'supertest';
import { CREDENTIAL_CACHE_MS } from '../../src/auth/credential-cache';
import { startTestApp, type TestApp } from '../support/app';
import { within } from '../support/poll';
import { expectProblem } from '../support/problems';

/**
 * Credentials are remembered by each process for a few seconds (CREDENTIAL_CACHE_MS); a revocation on one
 * process must stop them on every other at once, through the database's notification, not when the
 * other's memory of them runs out. (Milliseconds on a quiet machine; the tests allow for a loaded one,
 * but fail if only the cache's expiry could have done it.)
 */
let a: TestApp;
let b: TestApp;
beforeAll(async () => {
  a = await startTestApp();
  b = await startTestApp({}, { databaseUrl: a.databaseUrl });
});
afterAll(async () => {
  await b?.close();
  await a?.close();
});

it('a key revoked on one process stops working on the other before its memory of it runs out', async () => {
  const { id, key } = await a.user.keyWith(['wallets:read']);
  const onB = () => request(b.baseUrl).get('/api/v1/wallets').set('Authorization', `Bearer ${key}`);
  // Used twice on B, so B remembers it.
  const cachedAt = Date.now();
  expect((await onB()).status).toBe(200);
  expect((await onB()).status).toBe(200);
  expect((await a.user.browser.delete(`/api/v1/api-keys/${id}`)).status).toBe(200);
  await within(CREDENTIAL_CACHE_MS, async () => (await onB()).status === 401);
  expect(Date.now() - cachedAt).toBeLessThan(CREDENTIAL_CACHE_MS);
  expectProblem(await onB(), 401, 'UNAUTHENTICATED');
});

it('a session ended on one process stops working on the other before its memory of it runs out', async () => {
  const user = await a.newUser();
  const login = await request(a.baseUrl)
    .post('/api/v1/auth/login')
    .send({ email: user.email, password: user.password });
  const session = ([] as string[])
    .concat(login.headers['set-cookie'] ?? [])
    .find((c) => c.startsWith('wallet_session='))
    ?.split(';')[0];
  expect(session).toBeDefined();
  const csrf = /wallet_csrf=([^;]+)/.exec(
    ([] as string[]).concat(login.headers['set-cookie'] ?? []).join(';'),
  )?.[1];
  const onB = () =>
    request(b.baseUrl)
      .get('/api/v1/auth/me')
      .set('Cookie', session ?? '');
  const cachedAt = Date.now();
  expect((await onB()).status).toBe(200);
  expect((await onB()).status).toBe(200);
  const logout = await request(a.baseUrl)
    .post('/api/v1/auth/logout')
    .set('Cookie', `${session}; wallet_csrf=${csrf}`)
    .set('X-CSRF-Token', csrf ?? '');
  expect(logout.status).toBe(204);
  await within(CREDENTIAL_CACHE_MS, async () => (await onB()).status === 401);
  expect(Date.now() - cachedAt).toBeLessThan(CREDENTIAL_CACHE_MS);
});

it('a new key works at once, on a process that has never seen it', async () => {
  const { key } = await a.user.keyWith(['wallets:read']);
  expect((await request(b.baseUrl).get('/api/v1/wallets').set('Authorization', `Bearer ${key}`)).status).toBe(
    200,
  );
});
