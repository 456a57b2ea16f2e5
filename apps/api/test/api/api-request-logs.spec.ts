import { RequestLogRetention } from '../../src/request-logs/request-log-retention';
import type { TestApp } from '../support/app';
import { within } from '../support/poll';
import { expectProblem, MISSING_ID } from '../support/problems';
import { useTestApp } from '../support/suite';
import type { TestUser } from '../support/users';

/**
 * The request log of API keys (GET /api/v1/request-logs, not the process's JSON log lines: see
 * request-log.spec.ts): every request made with a key, written in batches about a second later.
 */
const testApp = useTestApp();
let t: TestApp;
beforeAll(() => {
  t = testApp();
});

interface LogRow {
  id: string;
  apiKeyId: string;
  at: string;
  method: string;
  route: string;
  status: number;
  durationMs: number;
  requestId: string;
  idempotencyKey: string | null;
  problemCode: string | null;
}

/** The user's log as the dashboard reads it (signed in), once it holds `count` rows for `query`. */
async function logOf(user: TestUser, count: number, query: Record<string, string> = {}): Promise<LogRow[]> {
  let rows: LogRow[] = [];
  await within(
    10_000,
    async () => {
      const res = await user.browser.get('/api/v1/request-logs').query({ limit: '100', ...query });
      expect(res.status).toBe(200);
      rows = res.body.data;
      return rows.length >= count;
    },
    `${count} request log rows for ${JSON.stringify(query)}`,
  );
  return rows;
}

it('logs each request made with a key: method, route pattern, status, time, request id, Idempotency-Key, problem', async () => {
  const user = await t.newUser();
  const reader = await user.keyWith(['wallets:read']);
  const created = await user.api
    .post('/api/v1/wallets')
    .set('Idempotency-Key', 'make-main-wallet')
    .set('X-Request-Id', 'req-log-create-1')
    .send({ currency: 'USD' });
  expect(created.status).toBe(201);
  // No such route: refused before any key is checked, so not logged.
  expect((await user.api.get('/api/v1/no-such-route')).status).toBe(404);
  const read = await reader.agent.get(`/api/v1/wallets/${created.body.id}`);
  expect(read.status).toBe(200);
  const refused = await reader.agent.post('/api/v1/wallets').send({ currency: 'USD' });
  expectProblem(refused, 403, 'FORBIDDEN');
  const invalid = await user.api.post(`/api/v1/wallets/${created.body.id}/fund`).send({ amount: 'lots' });
  expectProblem(invalid, 400, 'VALIDATION_FAILED');
  // The dashboard's own requests (a session) are not in the log.
  expect((await user.browser.get('/api/v1/wallets')).status).toBe(200);

  const rows = await logOf(user, 4);
  expect(rows).toHaveLength(4);
  // Newest first.
  expect(rows.map((row) => [row.method, row.route, row.status, row.problemCode])).toEqual([
    ['POST', '/api/v1/wallets/:id/fund', 400, 'VALIDATION_FAILED'],
    ['POST', '/api/v1/wallets', 403, 'FORBIDDEN'],
    ['GET', '/api/v1/wallets/:id', 200, null],
    ['POST', '/api/v1/wallets', 201, null],
  ]);
  const [fund, forbidden, got, create] = rows as [LogRow, LogRow, LogRow, LogRow];
  expect(create).toMatchObject({ requestId: 'req-log-create-1', idempotencyKey: 'make-main-wallet' });
  expect(got.apiKeyId).toBe(reader.id);
  expect(forbidden.apiKeyId).toBe(reader.id);
  expect(fund.requestId).toBe(invalid.headers['x-request-id']);
  expect(fund.idempotencyKey).toBeNull();
  for (const row of rows) {
    expect(row.durationMs).toBeGreaterThanOrEqual(0);
    expect(Number.isNaN(Date.parse(row.at))).toBe(false);
    // No id of a wallet in a route, and nothing of a body anywhere.
    expect(JSON.stringify(row)).not.toContain(created.body.id);
    expect(JSON.stringify(row)).not.toContain('lots');
  }
});

it('filters by key, status (exact or class) and route, pages newest first, and shows nothing of another user', async () => {
  const user = await t.newUser();
  const other = await user.keyWith(['wallets:read']);
  for (let i = 0; i < 3; i += 1) expect((await user.api.get('/api/v1/wallets')).status).toBe(200);
  expectProblem(await user.api.get(`/api/v1/wallets/${MISSING_ID}`), 404, 'WALLET_NOT_FOUND');
  expectProblem(await other.agent.post('/api/v1/wallets').send({}), 403, 'FORBIDDEN');
  const stranger = await t.newUser();
  expect((await stranger.api.get('/api/v1/wallets')).status).toBe(200);
  await logOf(stranger, 1);

  const all = await logOf(user, 5);
  expect(all).toHaveLength(5);
  expect(await logOf(user, 1, { keyId: other.id })).toEqual([all[0]]);
  expect((await logOf(user, 2, { status: '4xx' })).map((row) => row.status)).toEqual([403, 404]);
  expect((await logOf(user, 1, { status: '404' })).map((row) => row.problemCode)).toEqual([
    'WALLET_NOT_FOUND',
  ]);
  expect(await logOf(user, 3, { route: '/api/v1/wallets', status: '2xx' })).toEqual(all.slice(2));
  const none = await user.browser.get('/api/v1/request-logs').query({ status: '5xx' });
  expect(none.body).toEqual({ data: [], nextCursor: null });

  // Pages of 2: the same rows, in the same order, with no repeats.
  const paged: LogRow[] = [];
  let cursor: string | null | undefined;
  do {
    const page = await user.browser
      .get('/api/v1/request-logs')
      .query({ limit: 2, ...(cursor ? { cursor } : {}) });
    expect(page.status).toBe(200);
    paged.push(...page.body.data);
    cursor = page.body.nextCursor;
  } while (cursor);
  expect(paged).toEqual(all);

  // Another user's key is not the caller's: 404, and their rows never show.
  const strangersKey = (await stranger.browser.get('/api/v1/api-keys')).body.data[0].id;
  expectProblem(
    await user.browser.get('/api/v1/request-logs').query({ keyId: strangersKey }),
    404,
    'NOT_FOUND',
  );
  expect(all.every((row) => row.apiKeyId !== strangersKey)).toBe(true);
});

it('shows a key only its own requests, with any scope', async () => {
  const user = await t.newUser();
  const key = await user.keyWith(['transfers:write']);
  expect((await user.api.get('/api/v1/wallets')).status).toBe(200);
  expectProblem(await key.agent.get('/api/v1/wallets'), 403, 'FORBIDDEN');
  await logOf(user, 2);

  const own = await key.agent.get('/api/v1/request-logs');
  expect(own.status).toBe(200);
  expect(own.body.data.map((row: LogRow) => [row.apiKeyId, row.status])).toEqual([[key.id, 403]]);
  expectProblem(
    await key.agent.get('/api/v1/request-logs').query({ keyId: (await user.keyWith(['wallets:read'])).id }),
    404,
    'NOT_FOUND',
  );
  // Its own reads of the log are requests too.
  await logOf(user, 3, { keyId: key.id });
});

it('answers 400 to a filter it cannot read', async () => {
  for (const query of [
    { status: '42' },
    { status: '6xx' },
    { status: '4XX' },
    { route: 'wallets' },
    { keyId: 'not-a-uuid' },
    { cursor: 'nope!' },
    { limit: '0' },
  ]) {
    const res = await t.user.browser.get('/api/v1/request-logs').query(query);
    expectProblem(res, 400, 'VALIDATION_FAILED');
  }
  expectProblem(await t.anonymous.get('/api/v1/request-logs'), 401, 'UNAUTHENTICATED');
});

it('forgets requests 30 days old in the retention sweep, and keeps the rest', async () => {
  const user = await t.newUser();
  expect((await user.api.get('/api/v1/wallets')).status).toBe(200);
  const [recent] = await logOf(user, 1);
  const keyId = recent?.apiKeyId;
  await t.db.query(
    `INSERT INTO api_request_logs (user_id, api_key_id, at, method, route, status, duration_ms, request_id)
     VALUES ($1, $2, now() - interval '31 days', 'GET', '/api/v1/wallets', 200, 3, 'old-one'),
            ($1, $2, now() - interval '29 days', 'GET', '/api/v1/wallets', 200, 3, 'young-one')`,
    [user.id, keyId],
  );
  expect(await t.app.get(RequestLogRetention).sweep()).toBe(1);
  const left = await user.browser.get('/api/v1/request-logs');
  expect(left.body.data.map((row: LogRow) => row.requestId).sort()).toEqual(
    [recent?.requestId, 'young-one'].sort(),
  );
});

it('logs an Idempotency-Key only when it is a valid one (1-255 visible ASCII), never a cut of it', async () => {
  const user = await t.newUser();
  for (const key of ['has space', 'k'.repeat(256), 'valid-key-1']) {
    expect((await user.api.get('/api/v1/wallets').set('Idempotency-Key', key)).status).toBe(200);
  }
  const rows = await logOf(user, 3);
  expect(rows.map((row) => row.idempotencyKey)).toEqual(['valid-key-1', null, null]);
});

it("serves a route or exact status filter from an index, in the list's order (no scan of all rows, no sort)", async () => {
  const key = '22222222-2222-4222-8222-222222222222';
  const user = '11111111-1111-4111-8111-111111111111';
  const plans: string[] = [];
  for (const where of [
    `api_key_id = '${key}' AND route = '/api/v1/wallets'`,
    `user_id = '${user}' AND route = '/api/v1/wallets'`,
    `api_key_id = '${key}' AND status = 429`,
    `user_id = '${user}' AND status = 429`,
  ]) {
    // The planner would rather read a small table whole: tell it not to, and see which index it picks.
    const results = (await t.db.query(
      `BEGIN; SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off;
       EXPLAIN (FORMAT JSON) SELECT id FROM api_request_logs WHERE ${where} ORDER BY id DESC LIMIT 21;
       ROLLBACK;`,
    )) as unknown as { rows: { 'QUERY PLAN': unknown }[] }[];
    plans.push(JSON.stringify(results[3]?.rows[0]?.['QUERY PLAN']));
  }
  const [keyRoute, userRoute, keyStatus, userStatus] = plans as [string, string, string, string];
  expect(keyRoute).toContain('"Index Name":"api_request_logs_api_key_id_route_id_idx"');
  expect(userRoute).toContain('"Index Name":"api_request_logs_user_id_route_id_idx"');
  expect(keyStatus).toContain('"Index Name":"api_request_logs_api_key_id_status_id_idx"');
  expect(userStatus).toContain('"Index Name":"api_request_logs_user_id_status_id_idx"');
  for (const plan of plans) expect(plan).not.toContain('"Node Type":"Sort"');
});
