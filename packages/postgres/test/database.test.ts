import { readFileSync, statSync } from 'node:fs';
import { mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type DatabaseHandle, ensureDatabase } from '../src/embedded.js';
import { migrate } from '../src/migrate.js';
import { migrationsDir } from '../src/paths.js';
import { RUNTIME_ROLE } from '../src/runtime-role.js';

let server: DatabaseHandle;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'wallet-db-test-'));
  server = await ensureDatabase({
    databaseUrl: undefined,
    dataDir,
    ephemeral: true,
    databaseName: 'postgres',
  });
});

afterAll(async () => {
  await server.stop();
});

async function freshDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: server.ownerUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server.ownerUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

describe('ensureDatabase', () => {
  it('starts a real PostgreSQL when no DATABASE_URL is given', async () => {
    expect(server.startedHere).toBe(true);
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    const { rows } = await client.query('SHOW server_version');
    await client.end();
    expect(rows[0].server_version).toMatch(/^\d+/);
  });

  it('shares a server already running on the same data folder instead of starting another', async () => {
    const second = await ensureDatabase({ databaseUrl: undefined, dataDir, databaseName: 'wallet_shared' });
    expect(second.startedHere).toBe(false);
    expect(new URL(second.url).port).toBe(new URL(server.url).port);
    const client = new pg.Client({ connectionString: second.url });
    await client.connect();
    await client.query('SELECT 1');
    await client.end();
    await second.stop();
    // Stopping the borrower leaves the owner's server running.
    const again = new pg.Client({ connectionString: server.url });
    await again.connect();
    await again.end();
  });

  it('uses DATABASE_URL as given and starts nothing', async () => {
    const handle = await ensureDatabase({
      databaseUrl: 'postgresql://u:p@db.invalid:5432/x',
      ownerUrl: undefined,
    });
    expect([handle.url, handle.startedHere]).toEqual(['postgresql://u:p@db.invalid:5432/x', false]);
    // Without an owner's URL, migrations run as DATABASE_URL's role, as before there were two.
    expect([handle.ownerUrl, handle.runtimeRole]).toEqual(['postgresql://u:p@db.invalid:5432/x', 'u']);
    const two = await ensureDatabase({
      databaseUrl: 'postgresql://app:p@db.invalid:5432/x',
      ownerUrl: 'postgresql://owner:q@db.invalid:5432/x',
    });
    expect([two.url, two.ownerUrl, two.runtimeRole]).toEqual([
      'postgresql://app:p@db.invalid:5432/x',
      'postgresql://owner:q@db.invalid:5432/x',
      'app',
    ]);
  });

  it('hands out the runtime role, with its generated password kept in the data folder, and the owner apart', async () => {
    expect(server.runtimeRole).toBe(RUNTIME_ROLE);
    expect(new URL(server.url).username).toBe(RUNTIME_ROLE);
    expect(new URL(server.ownerUrl).username).toBe('postgres');
    const file = path.join(dataDir, `${RUNTIME_ROLE}.password`);
    expect(decodeURIComponent(new URL(server.url).password)).toBe(readFileSync(file, 'utf8').trim());
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    const { rows } = await client.query(
      'SELECT current_user AS me, rolsuper, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname = current_user',
    );
    await client.end();
    expect(rows).toEqual([{ me: RUNTIME_ROLE, rolsuper: false, rolcreatedb: false, rolcreaterole: false }]);
    // A second process on the same folder logs in the same way.
    const second = await ensureDatabase({ databaseUrl: undefined, dataDir, databaseName: 'postgres' });
    expect(second.url).toBe(server.url);
  });
});

describe('migrate', () => {
  it('applies every migration once, even when several processes boot together', async () => {
    const url = await freshDatabase('migrate_race');
    const expected = (await readdir(migrationsDir(), { withFileTypes: true })).filter((e) =>
      e.isDirectory(),
    ).length;
    const runs = await Promise.all([migrate(url), migrate(url), migrate(url)]);
    expect(runs.flat()).toHaveLength(expected);
    expect(await migrate(url)).toEqual([]);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query(
      'SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM _prisma_migrations',
    );
    const tables = await client.query(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
    );
    await client.end();
    expect(rows).toHaveLength(expected);
    for (const row of rows) {
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
      expect(row.rolled_back_at).toBeNull();
    }
    expect(tables.rows.map((r) => r.tablename)).toEqual([
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
      'wallets',
      'webhook_deliveries',
      'webhook_endpoints',
      'webhook_events',
    ]);
  });

  it('grants the runtime role what prisma/runtime-grants.sql lists, and nothing on the ledger beyond adding', async () => {
    const url = await freshDatabase('migrate_grants');
    await migrate(url, { runtimeRole: RUNTIME_ROLE });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const may = async (sql: string) => (await client.query(`SELECT ${sql} AS ok`)).rows[0].ok;
    try {
      expect(await may(`has_table_privilege('${RUNTIME_ROLE}', 'transactions', 'INSERT')`)).toBe(true);
      expect(await may(`has_table_privilege('${RUNTIME_ROLE}', 'transactions', 'UPDATE')`)).toBe(false);
      expect(await may(`has_table_privilege('${RUNTIME_ROLE}', 'transactions', 'DELETE')`)).toBe(false);
      expect(await may(`has_column_privilege('${RUNTIME_ROLE}', 'wallets', 'balance_minor', 'UPDATE')`)).toBe(
        true,
      );
      expect(await may(`has_column_privilege('${RUNTIME_ROLE}', 'wallets', 'owner_id', 'UPDATE')`)).toBe(
        false,
      );
      expect(await may(`has_schema_privilege('${RUNTIME_ROLE}', 'public', 'CREATE')`)).toBe(false);
      expect(await may(`has_table_privilege('${RUNTIME_ROLE}', 'pgboss.job', 'INSERT')`)).toBe(true);
      // Run again after a right is taken away by hand: the file's list is what the role ends up with.
      await client.query(`GRANT UPDATE ON transactions TO ${RUNTIME_ROLE}`);
      await migrate(url, { runtimeRole: RUNTIME_ROLE });
      expect(await may(`has_table_privilege('${RUNTIME_ROLE}', 'transactions', 'UPDATE')`)).toBe(false);
    } finally {
      await client.end();
    }
    // As the runtime role itself: an up-to-date database passes (a boot without the owner's URL)...
    const asRuntime = new URL(url);
    const fromServer = new URL(server.url);
    asRuntime.username = fromServer.username;
    asRuntime.password = fromServer.password;
    expect(await migrate(asRuntime.toString())).toEqual([]);
    // ...and a pending migration is refused, saying what to set.
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wallet-migrations-'));
    const { cp, mkdir, writeFile } = await import('node:fs/promises');
    await cp(migrationsDir(), dir, { recursive: true });
    await mkdir(path.join(dir, '29990101000000_later'));
    await writeFile(path.join(dir, '29990101000000_later', 'migration.sql'), 'CREATE TABLE later (id int);');
    await expect(migrate(asRuntime.toString(), { dir })).rejects.toThrow(/DATABASE_OWNER_URL/);
  });

  it('grants nothing while a run leaves the schema behind (a restore), and grants once it is complete', async () => {
    const url = await freshDatabase('migrate_partial');
    const names = (await readdir(migrationsDir(), { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    // Up to before the hash chain, whose column ledger_check_wallets.last_hash the grants name.
    const chain = names.findIndex((name) => name.endsWith('_ledger_hash_chain'));
    expect(chain).toBeGreaterThan(0);
    const older = new Set(names.slice(0, chain));
    await migrate(url, { runtimeRole: RUNTIME_ROLE, only: (name) => older.has(name) });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const may = async (sql: string) => (await client.query(`SELECT ${sql} AS ok`)).rows[0].ok;
    try {
      expect(await may(`has_table_privilege('${RUNTIME_ROLE}', 'transactions', 'INSERT')`)).toBe(false);
      await migrate(url, { runtimeRole: RUNTIME_ROLE, only: (name) => !older.has(name) });
      expect(await may(`has_table_privilege('${RUNTIME_ROLE}', 'transactions', 'INSERT')`)).toBe(true);
      expect(
        await may(`has_column_privilege('${RUNTIME_ROLE}', 'ledger_check_wallets', 'last_hash', 'UPDATE')`),
      ).toBe(true);
    } finally {
      await client.end();
    }
  });

  it('rolls a failing migration back whole and reports which one failed', async () => {
    const url = await freshDatabase('migrate_broken');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wallet-migrations-'));
    const { mkdir, writeFile } = await import('node:fs/promises');
    await mkdir(path.join(dir, '20260101000000_ok'));
    await writeFile(path.join(dir, '20260101000000_ok', 'migration.sql'), 'CREATE TABLE ok (id int);');
    await mkdir(path.join(dir, '20260102000000_broken'));
    await writeFile(
      path.join(dir, '20260102000000_broken', 'migration.sql'),
      'CREATE TABLE half (id int); SELECT nope;',
    );
    await expect(migrate(url, { dir })).rejects.toThrow(/20260102000000_broken failed/);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
    );
    await client.end();
    expect(rows.map((r) => r.tablename)).toEqual(['_prisma_migrations', 'ok']);
  });
});
