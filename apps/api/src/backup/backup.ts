import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupHeader,
  countRows,
  FRAME_TARGET_BYTES,
  frame,
  ident,
  type TableSummary,
} from './backup-archive';

export interface BackupResult {
  file: string;
  bytes: number;
  header: BackupHeader;
  tables: TableSummary[];
}

/**
 * Writes every application table of the client's database to `file`, from one snapshot: a REPEATABLE
 * READ, READ ONLY transaction, so money that moves while it runs is either wholly in the backup (both
 * legs of a transfer, the balances they end at) or wholly not. The tables are locked in ACCESS SHARE mode,
 * as pg_dump does, so no migration can change them under the export; postings are not blocked.
 * The file appears under its name only once it is complete.
 */
export async function takeBackup(client: pg.ClientBase, file: string): Promise<BackupResult> {
  const partial = `${file}.partial`;
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
  try {
    // A large table may take minutes to read; a timeout meant for API queries must not cut it short.
    await client.query('SET LOCAL statement_timeout = 0');
    const header = await describe(client);
    const tables: TableSummary[] = [];
    await pipeline(
      archive(client, header, tables),
      createGzip({ level: 3 }),
      createWriteStream(partial, { flags: 'wx' }),
    );
    await client.query('COMMIT');
    await rename(partial, file);
    return { file, bytes: (await stat(file)).size, header, tables };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    await rm(partial, { force: true });
    throw error;
  }
}

async function* archive(
  client: pg.ClientBase,
  header: BackupHeader,
  summaries: TableSummary[],
): AsyncGenerator<Buffer> {
  const headerBytes = Buffer.from(JSON.stringify(header));
  yield* frame(headerBytes);
  for (const table of header.tables) {
    const hash = createHash('sha256');
    const summary = { name: table.name, rows: 0, bytes: 0, sha256: '' };
    const copy = client.query(
      copyTo(`COPY ${ident(table.name)} (${table.columns.map(ident).join(', ')}) TO STDOUT`),
    );
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    for await (const chunk of copy as AsyncIterable<Buffer>) {
      hash.update(chunk);
      summary.rows += countRows(chunk);
      summary.bytes += chunk.length;
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes >= FRAME_TARGET_BYTES) {
        yield* frame(Buffer.concat(pending, pendingBytes));
        pending = [];
        pendingBytes = 0;
      }
    }
    if (pendingBytes > 0) yield* frame(Buffer.concat(pending, pendingBytes));
    yield* frame(Buffer.alloc(0));
    // Rows counted in the stream must be the rows PostgreSQL says it sent.
    if (summary.rows !== copy.rowCount) {
      throw new Error(`${table.name}: counted ${summary.rows} rows, PostgreSQL sent ${copy.rowCount}`);
    }
    summary.sha256 = hash.digest('hex');
    summaries.push(summary);
  }
  const headerSha256 = createHash('sha256').update(headerBytes).digest('hex');
  yield* frame(Buffer.from(JSON.stringify({ headerSha256, tables: summaries })));
}

/** What the snapshot holds: migrations, tables in foreign-key order, their columns. Locks the tables. */
async function describe(client: pg.ClientBase): Promise<BackupHeader> {
  const about = await client.query<{ version: string; database: string; snapshot: string }>(
    `SELECT current_setting('server_version') AS version, current_database() AS database,
            pg_current_snapshot()::text AS snapshot`,
  );
  const tables = await applicationTables(client);
  if (tables.length > 0) {
    await client.query(`LOCK TABLE ${tables.map((t) => ident(t.name)).join(', ')} IN ACCESS SHARE MODE`);
  }
  const migrations = await appliedMigrations(client);
  const info = about.rows[0];
  if (!info) throw new Error('the database did not say what it is');
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    serverVersion: info.version,
    database: info.database,
    snapshot: info.snapshot,
    migrations,
    tables,
  };
}

async function appliedMigrations(client: pg.ClientBase): Promise<BackupHeader['migrations']> {
  const exists = await client.query<{ found: boolean }>(
    "SELECT to_regclass('_prisma_migrations') IS NOT NULL AS found",
  );
  if (!exists.rows[0]?.found) {
    throw new Error('this database has no _prisma_migrations table: it was never migrated (pnpm db:migrate)');
  }
  await client.query('LOCK TABLE _prisma_migrations IN ACCESS SHARE MODE');
  const { rows } = await client.query<{ name: string; checksum: string; finished: boolean }>(
    `SELECT migration_name AS name, checksum, finished_at IS NOT NULL AS finished
     FROM _prisma_migrations WHERE rolled_back_at IS NULL ORDER BY migration_name`,
  );
  const unfinished = rows.filter((row) => !row.finished).map((row) => row.name);
  if (unfinished.length > 0) {
    throw new Error(`migration ${unfinished.join(', ')} failed or is still running; resolve it first`);
  }
  return rows.map(({ name, checksum }) => ({ name, checksum }));
}

/**
 * The tables of the current schema (the migrations' bookkeeping aside: a restore rebuilds it by
 * migrating), each after every table it references, so a restore can load them in this order.
 */
async function applicationTables(client: pg.ClientBase): Promise<BackupHeader['tables']> {
  const { rows } = await client.query<{ name: string; columns: string[]; parents: string[] }>(
    `SELECT c.relname AS name,
            ARRAY(SELECT a.attname FROM pg_attribute a
                  WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
                  ORDER BY a.attnum)::text[] AS columns,
            ARRAY(SELECT DISTINCT p.relname FROM pg_constraint k JOIN pg_class p ON p.oid = k.confrelid
                  WHERE k.conrelid = c.oid AND k.contype = 'f' AND k.confrelid <> c.oid)::text[] AS parents
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> '_prisma_migrations'
     ORDER BY c.relname`,
  );
  return inForeignKeyOrder(rows).map(({ name, columns }) => ({ name, columns }));
}

/** Orders tables so that each comes after its parents (ties by name, so the order is stable). */
export function inForeignKeyOrder<T extends { name: string; parents: string[] }>(tables: T[]): T[] {
  const names = new Set(tables.map((t) => t.name));
  const placed = new Set<string>();
  const ordered: T[] = [];
  let left = tables;
  while (left.length > 0) {
    const ready = left.filter((t) => t.parents.every((p) => placed.has(p) || !names.has(p)));
    if (ready.length === 0) {
      throw new Error(`tables reference one another in a cycle: ${left.map((t) => t.name).join(', ')}`);
    }
    for (const t of ready) placed.add(t.name);
    ordered.push(...ready);
    left = left.filter((t) => !placed.has(t.name));
  }
  return ordered;
}
