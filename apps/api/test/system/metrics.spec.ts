import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../../src/config/config';
import { createTestDatabase } from '../support/app';
import { expectLedgerConsistent } from '../support/ledger';
import { freePort, type Product, startProduct } from '../support/product';
import { createUser, type TestUser } from '../support/users';

/**
 * /metrics on the built product with two workers: traffic moves the counters by exactly what it did,
 * the primary adds both workers up, and the endpoint is only on its own port, behind its token.
 */

const TOKEN = `metrics-${randomBytes(12).toString('hex')}`;
const POOL_SIZE = 4;
const RATE_LIMIT = 20;

let database: { url: string; drop(): Promise<void> };
let product: Product;
let metricsUrl: string;
let db: pg.Client;

beforeAll(async () => {
  database = await createTestDatabase();
  const metricsPort = await freePort();
  metricsUrl = `http://127.0.0.1:${metricsPort}/metrics`;
  product = await startProduct(database.url, {
    WEB_CONCURRENCY: '2',
    DB_POOL_SIZE: String(POOL_SIZE),
    RATE_LIMIT_PER_MINUTE: String(RATE_LIMIT),
    METRICS_PORT: String(metricsPort),
    METRICS_TOKEN: TOKEN,
  });
  db = new pg.Client({ connectionString: database.url });
  await db.connect();
});

afterAll(async () => {
  expect(await product?.stop()).toBe(0);
  await db?.end();
  await database?.drop();
});

it('counts requests per route, money movements, replays and 429s, summed over the workers', async () => {
  const before = await scrape();
  const user = await createUser(product.base);
  const source = (await call(user, 'POST', '/api/v1/wallets', {})).body.id as string;
  const destination = (await call(user, 'POST', '/api/v1/wallets', {})).body.id as string;
  const fundKey = randomUUID();
  expect((await call(user, 'POST', `/api/v1/wallets/${source}/fund`, { amount: 100 }, fundKey)).status).toBe(
    201,
  );
  const replay = await call(user, 'POST', `/api/v1/wallets/${source}/fund`, { amount: 100 }, fundKey);
  expect(replay.headers.get('idempotent-replayed')).toBe('true');
  const transfer = { sourceWalletId: source, destinationWalletId: destination };
  expect((await call(user, 'POST', '/api/v1/wallets/transfer', { ...transfer, amount: 30 })).status).toBe(
    201,
  );
  const refused = await call(user, 'POST', '/api/v1/wallets/transfer', { ...transfer, amount: 1000 });
  expect(refused.status).toBe(422);
  expect(refused.body.code).toBe('INSUFFICIENT_FUNDS');

  // Another user, past the per-user limit: every 429 is counted under the limit that refused it.
  const greedy = await createUser(product.base);
  let tooMany = 0;
  for (let i = 0; i < RATE_LIMIT * 3; i++) {
    if ((await call(greedy, 'GET', '/api/v1/wallets')).status === 429) tooMany++;
  }
  expect(tooMany).toBeGreaterThan(0);

  await expectLedgerConsistent(db);
  const after = await scrape();
  const moved = (name: string, labels: Labels = {}) =>
    value(after, name, labels) - value(before, name, labels);

  const fund = { method: 'POST', route: '/api/v1/wallets/:id/fund' };
  expect(moved('http_requests_total', { ...fund, status_code: '201' })).toBe(2);
  expect(moved('http_request_duration_seconds_count', { ...fund, status_code: '201' })).toBe(2);
  expect(moved('http_request_duration_seconds_bucket', { ...fund, status_code: '201', le: '+Inf' })).toBe(2);
  expect(moved('http_requests_total', { method: 'GET', route: '/api/v1/wallets', status_code: '429' })).toBe(
    tooMany,
  );
  expect(
    moved('http_request_errors_total', {
      route: '/api/v1/wallets/transfer',
      status_code: '422',
      code: 'INSUFFICIENT_FUNDS',
    }),
  ).toBe(1);
  expect(moved('http_request_errors_total', { status_code: '500' })).toBe(0);

  expect(moved('wallet_money_movements_total', { type: 'fund', outcome: 'succeeded' })).toBe(1);
  expect(moved('wallet_money_movements_total', { type: 'transfer', outcome: 'succeeded' })).toBe(1);
  expect(
    moved('wallet_money_movements_total', {
      type: 'transfer',
      outcome: 'declined',
      reason: 'INSUFFICIENT_FUNDS',
    }),
  ).toBe(1);
  expect(moved('wallet_money_movements_total')).toBe(3);
  expect(moved('wallet_idempotent_replays_total', { operation: 'fundWallet' })).toBe(1);
  expect(moved('wallet_idempotent_replays_total')).toBe(1);
  expect(moved('wallet_rate_limited_total', { limit: 'api' })).toBe(tooMany);
  expect(moved('wallet_rate_limited_total')).toBe(tooMany);

  // Labels are patterns, never ids.
  const text = await scrapeText();
  expect(text).not.toContain(source);
  expect(text).not.toContain(destination);
});

it('shows the pool and the database of every worker, the latest ledger check and process metrics', async () => {
  await expectLedgerConsistent(db);
  const { rows } = await db.query(
    `SELECT extract(epoch FROM finished_at)::float8 AS finished, rows_checked::int, wallets_checked, discrepancies
     FROM ledger_checks ORDER BY id DESC LIMIT 1`,
  );
  const latest = rows[0];
  const samples = await scrape();

  // Two workers' pools, added up by the primary.
  expect(value(samples, 'wallet_db_pool_max_connections')).toBe(2 * POOL_SIZE);
  expect(value(samples, 'wallet_db_pool_connections')).toBeGreaterThanOrEqual(1);
  expect(value(samples, 'wallet_db_pool_connections')).toBeLessThanOrEqual(2 * POOL_SIZE);
  expect(value(samples, 'wallet_db_pool_idle_connections')).toBeLessThanOrEqual(
    value(samples, 'wallet_db_pool_connections'),
  );
  expect(value(samples, 'wallet_db_pool_waiting_clients')).toBe(0);
  expect(value(samples, 'wallet_database_available')).toBe(1);

  expect(value(samples, 'wallet_ledger_check_last_finished_timestamp_seconds')).toBeCloseTo(
    latest.finished,
    3,
  );
  expect(value(samples, 'wallet_ledger_check_rows_checked')).toBe(latest.rows_checked);
  expect(value(samples, 'wallet_ledger_check_wallets_checked')).toBe(latest.wallets_checked);
  expect(value(samples, 'wallet_ledger_check_discrepancies')).toBe(0);
  expect(latest.rows_checked).toBeGreaterThan(0);

  expect(value(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
  expect(value(samples, 'nodejs_heap_size_total_bytes')).toBeGreaterThan(0);
});

it('shows a ledger check that found discrepancies at the next scrape, and the clean one after it', async () => {
  // What a check records (ledger_checks) is what the metrics port reads at each scrape, and what the
  // WalletBooksDiscrepancy and WalletBooksCheckStale alerts watch (ops/prometheus/alerts.yml).
  const before = await scrape();
  const record = (discrepancies: number) =>
    db.query(
      `INSERT INTO ledger_checks (mode, started_at, wallets_checked, rows_checked, discrepancies, report)
       VALUES ('incremental', clock_timestamp(), 3, 7, $1, '[]') RETURNING extract(epoch FROM finished_at)::float8 AS finished`,
      [discrepancies],
    );
  const found = (await record(2)).rows[0].finished as number;
  const withDiscrepancies = await scrape();
  expect(value(withDiscrepancies, 'wallet_ledger_check_discrepancies')).toBe(2);
  expect(value(withDiscrepancies, 'wallet_ledger_check_last_finished_timestamp_seconds')).toBeCloseTo(
    found,
    3,
  );
  expect(found).toBeGreaterThan(value(before, 'wallet_ledger_check_last_finished_timestamp_seconds'));

  const clean = (await record(0)).rows[0].finished as number;
  const after = await scrape();
  expect(value(after, 'wallet_ledger_check_discrepancies')).toBe(0);
  expect(value(after, 'wallet_ledger_check_last_finished_timestamp_seconds')).toBeCloseTo(clean, 3);
});

it('serves metrics only on the metrics port, and only with the token', async () => {
  // On the API's port /metrics is no route: 404, or the dashboard's page when a built dashboard is
  // served (its client routes fall back to index.html); never the metrics.
  const publicPort = await fetch(`${product.base}/metrics`);
  expect([200, 404]).toContain(publicPort.status);
  expect(publicPort.headers.get('content-type') ?? '').not.toMatch(/text\/plain/);
  expect(await publicPort.text()).not.toContain('http_requests_total');

  const anonymous = await fetch(metricsUrl);
  expect(anonymous.status).toBe(401);
  expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
  expect(await anonymous.text()).not.toContain('http_requests_total');
  const wrong = await fetch(metricsUrl, { headers: { authorization: `Bearer ${TOKEN}x` } });
  expect(wrong.status).toBe(401);

  const allowed = await fetch(metricsUrl, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(allowed.status).toBe(200);
  expect(allowed.headers.get('content-type')).toContain('text/plain; version=0.0.4');
});

it("has every metric of the product's own in the metrics table (docs/operations.md)", async () => {
  const served = [...(await scrapeText()).matchAll(/^# HELP (wallet_\w+) /gm)].map((match) => match[1]);
  const readme = readFileSync(path.join(__dirname, '..', '..', '..', '..', 'docs', 'operations.md'), 'utf8');
  const documented = new Set(
    [...readme.matchAll(/^\| (`wallet_\w+`(?:, `wallet_\w+`)*) \|/gm)].flatMap((row) =>
      [...(row[1] ?? '').matchAll(/`(wallet_\w+)`/g)].map((name) => name[1]),
    ),
  );
  expect(served.length).toBeGreaterThan(5);
  expect(served.filter((name) => !documented.has(name))).toEqual([]);
});

it('refuses metrics open beyond loopback without a token', () => {
  expect(() => loadConfig({ METRICS_HOST: '0.0.0.0' })).toThrow(/METRICS_TOKEN: is required/);
  expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN: must be at least 16/);
  expect(loadConfig({ METRICS_HOST: '0.0.0.0', METRICS_TOKEN: TOKEN }).metrics.token).toBe(TOKEN);
  expect(loadConfig({ METRICS_HOST: '0.0.0.0', METRICS_PORT: '0' }).metrics.port).toBe(0);
  expect(loadConfig({}).metrics).toEqual({ port: 9464, host: '127.0.0.1', token: undefined });
});

async function call(user: TestUser, method: string, url: string, body?: object, key?: string) {
  const res = await fetch(`${product.base}${url}`, {
    method,
    headers: {
      authorization: `Bearer ${user.key}`,
      ...(body ? { 'content-type': 'application/json', 'idempotency-key': key ?? randomUUID() } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}

type Labels = Record<string, string>;
interface Sample {
  name: string;
  labels: Labels;
  value: number;
}

async function scrapeText(): Promise<string> {
  const res = await fetch(metricsUrl, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(res.status).toBe(200);
  return res.text();
}

async function scrape(): Promise<Sample[]> {
  return parseMetrics(await scrapeText());
}

/** The Prometheus text format's samples: `name{label="value",...} number`, comments skipped. */
function parseMetrics(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`not a sample line: ${line}`);
    const labels: Labels = {};
    for (const [, name, raw] of (match[2] ?? '').matchAll(/([a-zA-Z_]\w*)="((?:[^"\\]|\\.)*)"/g)) {
      labels[name as string] = (raw as string).replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
    }
    samples.push({ name: match[1] as string, labels, value: Number(match[3]) });
  }
  return samples;
}

/** The sum of the samples of `name` whose labels include `labels`; 0 when there are none. */
function value(samples: Sample[], name: string, labels: Labels = {}): number {
  return samples
    .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0);
}
