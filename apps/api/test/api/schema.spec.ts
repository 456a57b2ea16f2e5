import { createHash, randomBytes } from 'node:crypto';
import { migrate, RUNTIME_ROLE } from '@wallet/postgres';
import pg from 'pg';
import request from 'supertest';
import { checkBooks } from '../../src/transactions/books-check/books-check';
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
      'adjustments',
      'api_keys',
      'api_request_logs',
      'audit_events',
      'balance_alerts',
      'hold_events',
      'holds',
      'idempotency_keys',
      'ledger_check_wallets',
      'ledger_checks',
      'outgoing_totals',
      'payment_requests',
      'rate_limits',
      'recovery_codes',
      'review_rule_sets',
      'scheduled_transfer_occurrences',
      'scheduled_transfers',
      'sessions',
      'staff_roles',
      'tier_limits',
      'tiers',
      'transactions',
      'transfer_reviews',
      'two_factor_credentials',
      'users',
      // A view: what each wallet's reserved money is made of.
      'wallet_reservations',
      'wallets',
      'webhook_deliveries',
      'webhook_endpoints',
      'webhook_events',
    ]);
  });
});

describe('the functions of the schema', () => {
  it('all resolve names in pg_catalog and public, with temporary tables last', async () => {
    const db = await createTestDatabase();
    const client = new pg.Client({ connectionString: db.ownerUrl });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT p.proname AS name, array_to_string(p.proconfig, ',') AS config
         FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace ORDER BY p.proname`,
      );
      expect(rows.length).toBeGreaterThanOrEqual(9);
      for (const row of rows) {
        expect(row).toEqual({ name: row.name, config: 'search_path=pg_catalog, public, pg_temp' });
      }
    } finally {
      await client.end();
      await db.drop();
    }
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

  const HASH_CHAIN = '20261207050000_ledger_hash_chain';

  it(`hashes the existing ledger in each wallet's order (${HASH_CHAIN}), and new rows chain on`, async () => {
    const { adminUrl, runId } = testDatabase();
    const name = `wallet_test_${runId}_chain_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = withDatabase(adminUrl, name);
    const db = new pg.Client({ connectionString: url });
    try {
      await migrate(url, { only: (migration) => migration < HASH_CHAIN });
      await db.connect();
      const {
        rows: [user],
      } = await db.query(
        "INSERT INTO users (email, password_hash) VALUES ('old@example.com', 'x') RETURNING id",
      );
      const { rows: wallets } = await db.query<{ id: string }>(
        `INSERT INTO wallets (owner_id, name, currency) VALUES ($1, 'a', 'USD'), (NULL, 'b', 'USD') RETURNING id`,
        [user.id],
      );
      const [a, b] = wallets.map((w) => w.id);
      // Two wallets' rows interleaved in seq, a memo with the format's own characters, a transfer.
      await db.query(
        `WITH u AS (UPDATE wallets SET balance_minor = 500 WHERE id = $1 RETURNING id)
         INSERT INTO transactions (wallet_id, type, status, amount_minor, currency, balance_before_minor, balance_after_minor, description)
         SELECT id, 'FUND', 'SUCCESS', 500, 'USD', 0, 500, '3:~|é' FROM u`,
        [a],
      );
      await db.query(
        `WITH u AS (UPDATE wallets SET balance_minor = balance_minor + CASE WHEN id = $1 THEN -200 ELSE 200 END
                    WHERE id IN ($1, $2) RETURNING id)
         INSERT INTO transactions (wallet_id, type, status, amount_minor, currency, balance_before_minor, balance_after_minor,
                                   source_wallet_id, destination_wallet_id, transfer_id, reference)
         VALUES ($1, 'TRANSFER_OUT', 'SUCCESS', 200, 'USD', 500, 300, $1, $2, '7d1f8a52-8a0e-4c8e-9d51-7a5d7e1f0b11', 'inv-1'),
                ($2, 'TRANSFER_IN', 'SUCCESS', 200, 'USD', 0, 200, $1, $2, '7d1f8a52-8a0e-4c8e-9d51-7a5d7e1f0b11', NULL)`,
        [a, b],
      );

      expect(await migrate(url)).toContain(HASH_CHAIN);
      const { rows } = await db.query(
        'SELECT hash_version, octet_length(hash) AS bytes FROM transactions ORDER BY seq',
      );
      expect(rows).toEqual(Array(3).fill({ hash_version: 1, bytes: 32 }));
      // The check's own copy of the format agrees with the migration's, and a new row chains on.
      expect(await checkBooks(db, { mode: 'full', whenBusy: 'wait' })).toMatchObject({
        ok: true,
        rowsHashed: 3,
      });
      await db.query(
        `WITH u AS (UPDATE wallets SET balance_minor = 301 WHERE id = $1 RETURNING id)
         INSERT INTO transactions (wallet_id, type, status, amount_minor, currency, balance_before_minor, balance_after_minor)
         SELECT id, 'FUND', 'SUCCESS', 1, 'USD', 300, 301 FROM u`,
        [a],
      );
      expect(await checkBooks(db, { mode: 'incremental', whenBusy: 'wait' })).toMatchObject({
        ok: true,
        rowsHashed: 4,
      });
    } finally {
      await db.end().catch(() => {});
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });

  const HARDENED = '20261207060000_guards_hardened';

  it(`gives checkpoints saved before the chain the hash of the row they name (${HARDENED})`, async () => {
    const { adminUrl, runId } = testDatabase();
    const name = `wallet_test_${runId}_heads_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = withDatabase(adminUrl, name);
    const db = new pg.Client({ connectionString: url });
    try {
      await migrate(url, { only: (migration) => migration < HARDENED });
      await db.connect();
      const { rows: wallets } = await db.query<{ id: string }>(
        `INSERT INTO wallets (name, currency) VALUES ('a', 'USD') RETURNING id`,
      );
      const a = wallets[0]?.id;
      await db.query(
        `WITH u AS (UPDATE wallets SET balance_minor = 500 WHERE id = $1 RETURNING id)
         INSERT INTO transactions (wallet_id, type, status, amount_minor, currency, balance_before_minor, balance_after_minor)
         SELECT id, 'FUND', 'SUCCESS', 500, 'USD', 0, 500 FROM u`,
        [a],
      );
      // A checkpoint as a check before the chain saved it: no hash.
      await db.query(
        `INSERT INTO ledger_check_wallets (wallet_id, last_seq, balance_minor)
         SELECT wallet_id, seq, balance_after_minor FROM transactions WHERE wallet_id = $1`,
        [a],
      );
      expect(await migrate(url)).toContain(HARDENED);
      const { rows } = await db.query(
        `SELECT c.last_hash = t.hash AS same FROM ledger_check_wallets c
         JOIN transactions t ON t.wallet_id = c.wallet_id AND t.seq = c.last_seq`,
      );
      expect(rows).toEqual([{ same: true }]);
      // So an owner's rewrite of that row, hashes recomputed, is caught at once.
      await db.query('ALTER TABLE transactions DISABLE TRIGGER USER');
      await db.query(`UPDATE transactions SET hash = sha256('x') WHERE wallet_id = $1`, [a]);
      await db.query('ALTER TABLE transactions ENABLE TRIGGER USER');
      const report = await checkBooks(db, { mode: 'incremental', whenBusy: 'wait' });
      expect(report?.found.map((f) => f.kind).sort()).toEqual(['CHECKPOINT_MISMATCH', 'HASH_MISMATCH']);
    } finally {
      await db.end().catch(() => {});
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
