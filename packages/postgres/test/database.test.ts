import { mkdtemp, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type DatabaseHandle, ensureDatabase } from '../src/embedded.js';
import { migrate } from '../src/migrate.js';
import { migrationsDir } from '../src/paths.js';

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
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server.url);
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
    const handle = await ensureDatabase({ databaseUrl: 'postgresql://u:p@db.invalid:5432/x' });
    expect([handle.url, handle.startedHere]).toEqual(['postgresql://u:p@db.invalid:5432/x', false]);
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
