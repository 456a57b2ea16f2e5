import { spawnSync } from 'node:child_process';
import path from 'node:path';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app';
import { expectLedgerConsistent } from '../support/ledger';

const CLI = path.join(__dirname, '..', '..', 'dist', 'cli', 'demo.js');

function runDemo(databaseUrl: string, env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [CLI], {
    env: { ...process.env, NODE_ENV: 'development', ...env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('pnpm demo', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const counts = async () =>
    (
      await t.db.query(`SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM wallets)::int AS wallets,
                               (SELECT count(*) FROM transactions)::int AS rows,
                               (SELECT sum(balance_minor) FROM wallets)::text AS money`)
    ).rows[0];

  it('writes a demo user with three currencies and weeks of history that balances, once', async () => {
    const before = await counts();
    const first = runDemo(t.databaseUrl);
    expect(first.err).not.toMatch(/failed/);
    expect(first.code).toBe(0);
    const login = /as (\S+@\S+) with the password "([^"]+)"/.exec(first.out);
    expect(login).not.toBeNull();
    const after = await counts();
    expect(after.users - before.users).toBe(2);

    const again = runDemo(t.databaseUrl);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/already there; nothing changed/);
    expect(await counts()).toEqual(after);

    // The printed login works, and what it shows is the story the demo tells.
    const browser = request.agent(t.baseUrl);
    const signedIn = await browser
      .post('/api/v1/auth/login')
      .send({ email: login?.[1], password: login?.[2] });
    expect(signedIn.status).toBe(200);
    const wallets = await browser.get('/api/v1/wallets');
    expect(wallets.status).toBe(200);
    const currencies = new Set(wallets.body.data.map((w: { currency: string }) => w.currency));
    expect([...currencies].sort()).toEqual(['EUR', 'JPY', 'USD']);

    const { rows } = await t.db.query(
      `SELECT min(t.created_at) AS first, max(t.created_at) AS last,
              count(*) FILTER (WHERE t.status = 'FAILED')::int AS declined,
              count(DISTINCT t.transfer_id)::int AS transfers
       FROM transactions t JOIN wallets w ON w.id = t.wallet_id JOIN users u ON u.id = w.owner_id
       WHERE u.email = $1`,
      [login?.[1]],
    );
    const spanDays = (rows[0].last.getTime() - rows[0].first.getTime()) / 86_400_000;
    expect(spanDays).toBeGreaterThan(14);
    expect(rows[0].last.getTime()).toBeLessThan(Date.now());
    expect(rows[0].declined).toBe(2);
    expect(rows[0].transfers).toBeGreaterThan(5);
    await expectLedgerConsistent(t.db);
  });

  it('names the address the server will have: its PORT, or DASHBOARD_URL (pnpm dev: Vite)', () => {
    const onPort = runDemo(t.databaseUrl, { PORT: '4321', DASHBOARD_URL: '' });
    expect(onPort.code).toBe(0);
    expect(onPort.out).toMatch(/Sign in at http:\/\/localhost:4321 as demo@example\.com /);
    const onVite = runDemo(t.databaseUrl, { PORT: '4321', DASHBOARD_URL: 'http://localhost:5173' });
    expect(onVite.out).toMatch(/Sign in at http:\/\/localhost:5173 as demo@example\.com /);
  });

  it('refuses a production database', () => {
    const refused = runDemo(t.databaseUrl, { NODE_ENV: 'production' });
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/not on a production database/);
  });
});
