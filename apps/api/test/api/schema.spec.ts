import { createHash, randomBytes } from 'node:crypto';
import { migrate, RUNTIME_ROLE } from '@wallet/postgres';
import pg from 'pg';
import request from 'supertest';
import { createTestDatabase, startTestApp, withDatabase } from '../support/app';
import { testDatabase } from '../support/test-database';

describe('the test databases', () => {
  it('leaves the cloned test databases fully migrated', async () => {
    const db = await createTestDatabase();
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    await client.end();
    await db.drop();
    expect(rows.map((r: { table_name: string }) => r.table_name)).toEqual([
      '_prisma_migrations',
      'api_keys',
      'idempotency_keys',
      'ledger_check_wallets',
      'ledger_checks',
      'rate_limits',
      'sessions',
      'transactions',
      'users',
      'wallets',
      'webhook_deliveries',
      'webhook_endpoints',
      'webhook_events',
    ]);
  });
});

describe('migrating data', () => {
  const CSRF_HASHED = '20261207010000_csrf_token_hashed';
  const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

  it(`hashes the CSRF tokens of existing sessions (${CSRF_HASHED}), which stay signed in`, async () => {
    const { adminUrl, runId } = testDatabase();
    const name = `wallet_test_${runId}_csrf_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = withDatabase(adminUrl, name);
    const db = new pg.Client({ connectionString: url });
    try {
      await migrate(url, { only: (migration) => migration < CSRF_HASHED });
      await db.connect();
      // A session signed in before the migration: its CSRF token was stored in clear.
      const token = randomBytes(32).toString('base64url');
      const csrf = randomBytes(32).toString('base64url');
      const {
        rows: [user],
      } = await db.query(
        "INSERT INTO users (email, password_hash) VALUES ('before@example.com', 'x') RETURNING id",
      );
      await db.query(
        `INSERT INTO sessions (user_id, token_hash, csrf_token, expires_at)
         VALUES ($1, $2, $3, now() + interval '1 day')`,
        [user.id, sha256(token), csrf],
      );

      expect(await migrate(url, { runtimeRole: RUNTIME_ROLE })).toContain(CSRF_HASHED);
      const { rows } = await db.query('SELECT csrf_token, csrf_token_hash FROM sessions WHERE user_id = $1', [
        user.id,
      ]);
      expect(rows).toEqual([{ csrf_token: null, csrf_token_hash: sha256(csrf) }]);
      // The previous release, serving for a moment during a deployment, still writes the token in clear:
      // it is hashed on the way in, never stored.
      const previous = randomBytes(32).toString('base64url');
      const written = await db.query(
        `INSERT INTO sessions (user_id, token_hash, csrf_token, expires_at)
         VALUES ($1, $2, $3, now() + interval '1 day') RETURNING csrf_token, csrf_token_hash`,
        [user.id, sha256('another session'), previous],
      );
      expect(written.rows).toEqual([{ csrf_token: null, csrf_token_hash: sha256(previous) }]);
      const clear = await db.query('SELECT count(*)::int AS n FROM sessions WHERE csrf_token IS NOT NULL');
      expect(clear.rows[0].n).toBe(0);

      // The browser still holds the token in its cookie: the API takes it, and refuses anything else.
      const t = await startTestApp({}, { databaseUrl: url });
      try {
        const cookie = `wallet_session=${token}; wallet_csrf=${csrf}`;
        const post = (header: string) =>
          request(t.baseUrl)
            .post('/api/v1/wallets')
            .set('Cookie', cookie)
            .set('X-CSRF-Token', header)
            .send({ name: 'after' });
        expect((await post(sha256(csrf))).status).toBe(403);
        expect((await post(csrf)).status).toBe(201);
      } finally {
        await t.close();
      }
    } finally {
      await db.end().catch(() => {});
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
