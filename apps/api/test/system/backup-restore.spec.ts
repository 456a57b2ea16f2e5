import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createGunzip, gunzip, gzip } from 'node:zlib';
import { ensureDatabase, migrate, RUNTIME_ROLE, readMigrations } from '@wallet/postgres';
import pg from 'pg';
import { type BackupHeader, FrameReader } from '../../src/backup/backup-archive';
import { startTestApp, type TestApp, withDatabase } from '../support/app';
import { expectLedgerConsistent } from '../support/ledger';
import { deployedAs, testDatabase } from '../support/test-database';
import { newWallet } from '../support/wallets';

const CLI = path.join(__dirname, '..', '..', 'dist', 'cli');

/**
 * `pnpm db:backup` / `pnpm db:restore` as an operator runs them, without blocking this process's API, on
 * DATABASE_URL (a string) or with the given settings.
 */
function runCli(
  name: 'db-backup' | 'db-restore',
  target: string | Record<string, string>,
  ...args: string[]
) {
  return new Promise<{ code: number | null; out: string; err: string }>((resolve, reject) => {
    // Deployed with two roles: backup reads as the runtime role, restore writes as the owner.
    const settings = typeof target === 'string' ? deployedAs(target) : target;
    const child = spawn(process.execPath, [path.join(CLI, `${name}.js`), ...args], {
      env: { ...process.env, ...settings },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 120_000,
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

const created: string[] = [];

/** A database with nothing in it, not even the schema: what an operator creates to restore into. */
async function emptyDatabase(): Promise<string> {
  const { adminUrl, runId } = testDatabase();
  const name = `wallet_test_${runId}_restore_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  created.push(name);
  return withDatabase(adminUrl, name);
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

async function readHeader(file: string): Promise<BackupHeader> {
  const gunzipped = createReadStream(file).pipe(createGunzip());
  const header = JSON.parse((await new FrameReader(gunzipped[Symbol.asyncIterator]()).next()).toString());
  gunzipped.destroy();
  return header;
}

/** Rows inserted by a database transaction that the given snapshot sees (xmin widened to a full xid8). */
const visibleIn = (snapshot: string) =>
  `pg_visible_in_snapshot(((pg_current_xact_id()::text::bigint >> 32 << 32) + xmin::text::bigint)::text::xid8,
                          '${snapshot}'::pg_snapshot)`;

async function one<T>(db: pg.Client, sql: string, params: unknown[] = []): Promise<T> {
  return (await db.query(sql, params)).rows[0] as T;
}

describe('db:backup and db:restore', () => {
  let source: TestApp;
  let work: string;
  beforeAll(async () => {
    source = await startTestApp();
    work = await mkdtemp(path.join(os.tmpdir(), 'wallet-backup-test-'));
  });
  afterAll(async () => {
    await source.close();
    await rm(work, { recursive: true, force: true });
    const admin = await connect(testDatabase().adminUrl);
    for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  const transfer = (from: string, to: string, amount: string, key = randomUUID()) =>
    source.http
      .post('/api/v1/wallets/transfer')
      .set('Idempotency-Key', key)
      .send({ sourceWalletId: from, destinationWalletId: to, amount });

  it('restores a backup taken while money moves into a new database whose books balance', async () => {
    // History: two users with API keys, wallets in two currencies, funds, transfers, a decline, keys.
    const other = await source.newUser();
    await other.keyWith(['wallets:read']);
    const a = await newWallet(source, 'USD', '500.00');
    const b = await newWallet(source, 'USD', '20.00');
    const e = await newWallet(source, 'EUR', '75.50');
    const f = await newWallet(source, 'EUR');
    const theirs = await other.api.post('/api/v1/wallets').send({ currency: 'USD' });
    expect(theirs.status).toBe(201);
    expect((await transfer(a.id, b.id, '12.34')).status).toBe(201);
    expect((await transfer(e.id, f.id, '0.50')).status).toBe(201);
    expect((await transfer(b.id, theirs.body.id, '5.00')).status).toBe(201);
    const declined = await transfer(f.id, e.id, '99.00');
    expect(declined.status).toBe(422);
    expect(declined.body.code).toBe('INSUFFICIENT_FUNDS');

    // Money that waits: a hold still active (its money reserved, its states hash-chained) and one captured.
    const hold = (walletId: string, amount: string) =>
      source.http
        .post(`/api/v1/wallets/${walletId}/holds`)
        .set('Idempotency-Key', randomUUID())
        .send({ amount });
    const active = await hold(e.id, '10.00');
    expect(active.status).toBe(201);
    const captured = await hold(a.id, '3.00');
    expect(captured.status).toBe(201);
    const capture = await source.http
      .post(`/api/v1/holds/${captured.body.id}/capture`)
      .set('Idempotency-Key', randomUUID())
      .send({ destinationWalletId: b.id, amount: '1.00' });
    expect(capture.status).toBe(201);

    // A ledger check on record, so the restore's own check must take the next id.
    await expectLedgerConsistent(source.db);

    // Money keeps moving in both directions while the backup runs.
    let moving = true;
    let moved = 0;
    const movers = [
      [a.id, b.id],
      [b.id, a.id],
    ].map(async ([from = '', to = '']) => {
      while (moving) {
        expect((await transfer(from, to, '0.01')).status).toBe(201);
        moved++;
      }
    });
    while (moved < 10) await new Promise((resolve) => setTimeout(resolve, 20));
    const file = path.join(work, 'while-moving.backup');
    const backup = await runCli('db-backup', source.databaseUrl, file);
    const movedDuringBackup = moved;
    while (moved < movedDuringBackup + 10) await new Promise((resolve) => setTimeout(resolve, 20));
    moving = false;
    await Promise.all(movers);
    expect(backup.err).toMatch(/db:backup wrote/);
    expect(backup.code).toBe(0);
    expect(backup.out.trim()).toBe(file);

    const target = await emptyDatabase();
    const restore = await runCli('db-restore', target, file);
    expect(restore.err).toMatch(/full ledger check/);
    expect(restore.out).toMatch(/restored, and the books balance/);
    expect(restore.code).toBe(0);

    const header = await readHeader(file);
    expect(header.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['wallets', 'transactions']));
    expect(header.tables.findIndex((t) => t.name === 'wallets')).toBeLessThan(
      header.tables.findIndex((t) => t.name === 'transactions'),
    );
    const restored = await connect(target);
    try {
      await expectSnapshotRestored(source.db, restored, header.snapshot);
      await expectLedgerConsistent(restored);
      // The holds, their record and the money the active one reserves come back as they were.
      const holds = 'SELECT id, wallet_id, status, amount_minor, captured_minor FROM holds ORDER BY id';
      expect((await restored.query(holds)).rows).toEqual((await source.db.query(holds)).rows);
      const events = 'SELECT count(*)::int AS n FROM hold_events';
      expect((await restored.query(events)).rows).toEqual((await source.db.query(events)).rows);
      const reserved = await restored.query('SELECT reserved_minor::text AS r FROM wallets WHERE id = $1', [
        e.id,
      ]);
      expect(reserved.rows).toEqual([{ r: '1000' }]);
      await expectGuardsBack(restored, a.id);
      await expectPostingsContinue(restored, target, source.user.key, a.id, b.id);
      await expectLedgerConsistent(restored);
    } finally {
      await restored.end();
    }
  });

  async function expectSnapshotRestored(db: pg.Client, restored: pg.Client, snapshot: string) {
    // The ledger: exactly the rows the snapshot saw, column for column; the movers wrote more after it.
    const ledger = "md5(string_agg(t::text, '|' ORDER BY seq)) AS digest, count(*)::int AS n";
    const atSnapshot = await one<{ digest: string; n: number }>(
      db,
      `SELECT ${ledger} FROM transactions t WHERE ${visibleIn(snapshot)}`,
    );
    const now = await one<{ n: number }>(db, 'SELECT count(*)::int AS n FROM transactions');
    expect(await one(restored, `SELECT ${ledger} FROM transactions t`)).toEqual(atSnapshot);
    expect(now.n).toBeGreaterThan(atSnapshot.n);

    // Wallets: the same ones, each at the balance its newest ledger row in the snapshot ends at.
    const walletsAt = `SELECT w.id, w.seq::text, w.owner_id, w.name, w.currency, w.created_at,
        COALESCE((SELECT balance_after_minor FROM transactions t WHERE t.wallet_id = w.id AND ${visibleIn(snapshot)}
                  ORDER BY seq DESC LIMIT 1), 0)::text AS balance FROM wallets w ORDER BY w.seq`;
    const restoredWallets = await restored.query(
      'SELECT id, seq::text, owner_id, name, currency, created_at, balance_minor::text AS balance FROM wallets ORDER BY seq',
    );
    expect(restoredWallets.rows).toEqual((await db.query(walletsAt)).rows);

    // Idempotency keys as the snapshot saw them (the movers added more).
    const keys = 'SELECT scope, key, outcome FROM idempotency_keys';
    expect((await restored.query(`${keys} ORDER BY 1, 2`)).rows).toEqual(
      (await db.query(`${keys} WHERE ${visibleIn(snapshot)} ORDER BY 1, 2`)).rows,
    );
    // What nothing changed while the backup ran comes back whole.
    for (const sql of [
      'SELECT id, email, password_hash, created_at FROM users ORDER BY id',
      'SELECT id, user_id, token_hash, expires_at, revoked_at FROM sessions ORDER BY id',
      'SELECT id, user_id, prefix, secret_hash, scopes, revoked_at FROM api_keys ORDER BY id',
    ]) {
      const [want, got] = await Promise.all([db.query(sql), restored.query(sql)]);
      expect(got.rows.length).toBeGreaterThan(0);
      expect(got.rows).toEqual(want.rows);
    }
    // The restore's full check is recorded after the checks the source had, with the next id.
    const checks =
      'SELECT id::int, mode, wallets_checked, rows_checked::int, discrepancies FROM ledger_checks ORDER BY id';
    const [sourceChecks, restoredChecks] = await Promise.all([db.query(checks), restored.query(checks)]);
    expect(restoredChecks.rows.slice(0, -1)).toEqual(sourceChecks.rows);
    expect(restoredChecks.rows.at(-1)).toMatchObject({
      id: sourceChecks.rows.length + 1,
      mode: 'full',
      discrepancies: 0,
    });
  }

  async function expectGuardsBack(restored: pg.Client, walletId: string) {
    await expect(
      restored.query('UPDATE wallets SET balance_minor = balance_minor + 1 WHERE id = $1', [walletId]),
    ).rejects.toThrow(/a balance changes only by a posting/);
    await expect(restored.query('UPDATE transactions SET amount_minor = amount_minor')).rejects.toThrow(
      /append-only/,
    );
  }

  async function expectPostingsContinue(restored: pg.Client, url: string, key: string, a: string, b: string) {
    const before = await one<{ wallet: string; ledger: string }>(
      restored,
      'SELECT (SELECT max(seq) FROM wallets)::text AS wallet, (SELECT max(seq) FROM transactions)::text AS ledger',
    );
    const api = await startTestApp({}, { databaseUrl: url });
    try {
      const owner = api.anonymous.get('/api/v1/wallets').set('Authorization', `Bearer ${key}`);
      expect((await owner).status).toBe(200);
      const moved = await api.anonymous
        .post('/api/v1/wallets/transfer')
        .set('Authorization', `Bearer ${key}`)
        .set('Idempotency-Key', randomUUID())
        .send({ sourceWalletId: a, destinationWalletId: b, amount: '1.00' });
      expect(moved.status).toBe(201);
      const fresh = await newWallet(api, 'USD', '3.00');
      const after = await one<{ wallet: string; ledger: string }>(
        restored,
        'SELECT (SELECT seq FROM wallets WHERE id = $1)::text AS wallet, max(seq)::text AS ledger FROM transactions',
        [fresh.id],
      );
      expect(BigInt(after.wallet)).toBe(BigInt(before.wallet) + 1n);
      expect(BigInt(after.ledger)).toBe(BigInt(before.ledger) + 3n);
    } finally {
      await api.close();
    }
  }

  it('refuses a target that holds data, a damaged file and a backup newer than the code', async () => {
    await newWallet(source, 'USD', '1.00');
    const file = path.join(work, 'refusals.backup');
    expect((await runCli('db-backup', source.databaseUrl, file)).code).toBe(0);
    const wallets = await one(source.db, 'SELECT count(*)::int AS n FROM wallets');

    const intoItself = await runCli('db-restore', source.databaseUrl, file);
    expect(intoItself.code).toBe(2);
    expect(intoItself.err).toMatch(/refused: the target database already holds data \(in .*wallets/);
    expect(await one(source.db, 'SELECT count(*)::int AS n FROM wallets')).toEqual(wallets);

    const bytes = await readFile(file);
    const flipped = Buffer.from(bytes);
    const at = Math.floor(bytes.length / 2);
    flipped[at] = (flipped[at] ?? 0) ^ 0xff;
    const damaged = path.join(work, 'damaged.backup');
    await writeFile(damaged, flipped);
    const target = await emptyDatabase();
    const fromDamaged = await runCli('db-restore', target, damaged);
    expect(fromDamaged.code).toBe(2);
    expect(fromDamaged.err).toMatch(/refused: the backup file is damaged/);
    const left = await connect(target);
    try {
      // The damaged file was refused before anything was written: the target is as it was (not even the
      // schema), and takes a good backup.
      expect(await one(left, "SELECT to_regclass('wallets') IS NULL AS untouched")).toEqual({
        untouched: true,
      });
      expect((await runCli('db-restore', target, file)).code).toBe(0);
      expect(await one(left, 'SELECT count(*)::int AS n FROM wallets')).toEqual(wallets);
    } finally {
      await left.end();
    }

    // A backup whose database had a migration this code does not know.
    const plain = await promisify(gunzip)(bytes);
    const headerLength = plain.readUInt32BE(0);
    const header = JSON.parse(plain.subarray(4, 4 + headerLength).toString());
    header.migrations.push({ name: '29991231000000_from_the_future', checksum: '0'.repeat(64) });
    const newHeader = Buffer.from(JSON.stringify(header));
    const length = Buffer.alloc(4);
    length.writeUInt32BE(newHeader.length);
    const future = path.join(work, 'future.backup');
    await writeFile(
      future,
      await promisify(gzip)(Buffer.concat([length, newHeader, plain.subarray(4 + headerLength)])),
    );
    const fromFuture = await runCli('db-restore', await emptyDatabase(), future);
    expect(fromFuture.code).toBe(2);
    expect(fromFuture.err).toMatch(
      /refused: this backup is newer than this code: .*29991231000000_from_the_future/,
    );
  });

  it('restores into a new embedded database when no DATABASE_URL is given (DATA_DIR)', async () => {
    await newWallet(source, 'USD', '2.50');
    const file = path.join(work, 'embedded.backup');
    expect((await runCli('db-backup', source.databaseUrl, file)).code).toBe(0);
    const counts =
      'SELECT (SELECT count(*) FROM wallets)::int AS wallets, (SELECT count(*) FROM transactions)::int AS ledger';
    const expected = await one(source.db, counts);
    const dataDir = path.join(work, 'embedded-data');
    const restore = await runCli('db-restore', { DATABASE_URL: '', DATA_DIR: dataDir }, file);
    expect(restore.code).toBe(0);
    expect(restore.err).toContain('full ledger check');
    // The embedded server the restore started (and stopped), started again on the same folder.
    const embedded = await ensureDatabase({ databaseUrl: '', dataDir });
    const client = await connect(embedded.url);
    try {
      expect(await one(client, counts)).toEqual(expected);
      await expectLedgerConsistent(client);
    } finally {
      await client.end();
      await embedded.stop();
    }
  });

  it('restores a backup of an older schema, then applies the newer migrations to its data', async () => {
    const old = await emptyDatabase();
    const newest = (await readMigrations()).at(-1)?.name ?? '';
    await migrate(old, { only: (name) => name !== newest, runtimeRole: RUNTIME_ROLE });
    const db = await connect(old);
    try {
      await db.query(
        `WITH w AS (INSERT INTO wallets (name, currency, balance_minor) VALUES ('old', 'JPY', 700) RETURNING id)
         INSERT INTO transactions (wallet_id, type, status, amount_minor, currency, balance_before_minor, balance_after_minor)
         SELECT id, 'FUND', 'SUCCESS', 700, 'JPY', 0, 700 FROM w`,
      );
    } finally {
      await db.end();
    }
    const file = path.join(work, 'older.backup');
    // As the owner: a schema left behind is granted nothing (the grants name today's columns), as a
    // deployment of that older release had its own grants.
    expect((await runCli('db-backup', { DATABASE_URL: old }, file)).code).toBe(0);
    expect((await readHeader(file)).migrations.map((m) => m.name)).not.toContain(newest);
    const target = await emptyDatabase();
    const restore = await runCli('db-restore', target, file);
    expect(restore.err).toContain(`applied migration ${newest}`);
    expect(restore.code).toBe(0);
    const restored = await connect(target);
    try {
      expect(await one(restored, 'SELECT name, balance_minor::int AS b FROM wallets')).toEqual({
        name: 'old',
        b: 700,
      });
      await expectLedgerConsistent(restored);
    } finally {
      await restored.end();
    }
  });
});
