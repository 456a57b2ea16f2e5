import { createHash } from 'node:crypto';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app';
import { newWallet } from '../support/wallets';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const completed = (lines: string[]) =>
  lines.map((line) => JSON.parse(line)).filter((entry) => entry.msg === 'request completed');

// One app for the file: nestjs-pino keeps its stream across apps of one process, so a second app's
// lines would go to the first one's stream.
const lines: string[] = [];
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp(
    { LOG_LEVEL: 'info', TRUST_PROXY: 'loopback', AUTH_RATE_LIMIT_PER_EMAIL: '2' },
    { logStream: { write: (line: string) => void lines.push(line) } },
  );
});
afterAll(async () => {
  await t?.close();
});

it('writes one compact JSON line per request: id, method, route pattern, status, time, address, caller, problem', async () => {
  const wallet = await newWallet(t);
  lines.length = 0;
  const ok = await t.http.post(`/api/v1/wallets/${wallet.id}/fund`).send({ amount: 2 });
  const bad = await t.http.post('/api/v1/wallets/transfer').send({ amount: 'x' });
  const done = completed(lines);
  expect(done).toHaveLength(2);
  expect(done[0]).toEqual({
    level: 30,
    time: expect.any(Number),
    pid: process.pid,
    req: { id: ok.headers['x-request-id'], method: 'POST' },
    res: { statusCode: 201 },
    responseTime: expect.any(Number),
    route: '/api/v1/wallets/:id/fund',
    address: '127.0.0.1',
    callerId: t.user.id,
    via: 'api-key',
    apiKeyId: expect.stringMatching(UUID),
    msg: 'request completed',
  });
  expect(done[1]).toMatchObject({
    req: { id: bad.headers['x-request-id'] },
    res: { statusCode: 400 },
    route: '/api/v1/wallets/transfer',
    problem: 'VALIDATION_FAILED',
  });
  for (const line of lines) expect(line.length).toBeLessThan(400);
});

/**
 * The attack this replays: 200 addresses x 5 login attempts locked an account, and the log could not
 * say from where, by whom or against which account. Every line now names the client's address (through
 * a trusted proxy, the one it forwards), the caller and how they came in, and on sign-in the account
 * tried, as a tag of its email: never the email, a password, a key or a session token.
 */
it('names the address and caller of every request, and the account a sign-in tries, never a secret', async () => {
  const owner = await t.newUser();
  const key = await owner.keyWith(['wallets:read']);
  const login = await request(t.baseUrl)
    .post('/api/v1/auth/login')
    .send({ email: owner.email, password: owner.password });
  expect(login.status).toBe(200);
  const cookies = ([] as string[]).concat(login.headers['set-cookie'] ?? []).join(';');
  const session = /wallet_session=([^;]+)/.exec(cookies)?.[1] ?? 'missing-session';
  const csrf = /wallet_csrf=([^;]+)/.exec(cookies)?.[1] ?? 'missing-csrf';
  lines.length = 0;

  await key.agent.get('/api/v1/wallets').set('X-Forwarded-For', '203.0.113.7').expect(200);
  await request(t.baseUrl)
    .get('/api/v1/wallets')
    .set('Cookie', `wallet_session=${session}`)
    .set('X-Forwarded-For', '2001:db8::1')
    .expect(200);
  const wrong = 'not the password at all';
  const attempts: number[] = [];
  for (const address of ['198.51.100.1', '198.51.100.1', '198.51.100.1']) {
    const res = await request(t.baseUrl)
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', address)
      .send({ email: ` ${owner.email.toUpperCase()}`, password: wrong });
    attempts.push(res.status);
  }
  expect(attempts).toEqual([401, 401, 429]);

  const [keyed, browser, ...tries] = completed(lines);
  expect(keyed).toMatchObject({
    address: '203.0.113.7',
    callerId: owner.id,
    via: 'api-key',
    apiKeyId: key.id,
    res: { statusCode: 200 },
  });
  expect(keyed.sessionId).toBeUndefined();
  expect(browser).toMatchObject({
    address: '2001:db8::1',
    callerId: owner.id,
    via: 'session',
    sessionId: expect.stringMatching(UUID),
  });
  expect(browser.apiKeyId).toBeUndefined();
  const account = createHash('sha256').update(owner.email.toLowerCase()).digest('hex').slice(0, 12);
  expect(tries.map((line) => [line.address, line.account, line.problem, line.rateLimit])).toEqual([
    ['198.51.100.1', account, 'UNAUTHENTICATED', undefined],
    ['198.51.100.1', account, 'UNAUTHENTICATED', undefined],
    ['198.51.100.1', account, 'RATE_LIMITED', 'auth-email'],
  ]);
  for (const line of tries) expect(line.callerId).toBeUndefined();

  const all = lines.join('');
  const secrets = [owner.email, owner.email.toUpperCase(), owner.password, wrong, owner.key, key.key];
  for (const secret of [...secrets, session, csrf, owner.csrfToken]) expect(all).not.toContain(secret);
  for (const line of lines) expect(line.length).toBeLessThan(500);
});
