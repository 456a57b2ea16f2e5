import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { migrate, readMigrations } from '@wallet/postgres';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { type BooksReport, checkBooks } from '../transactions/books-check/books-check';
import {
  assertHeader,
  assertTrailer,
  BackupFileError,
  type BackupHeader,
  countRows,
  FrameReader,
  ident,
  parseJson,
  type TableSummary,
} from './backup-archive';

/** The restore would not be safe or could not be right; nothing was loaded. */
export class RestoreRefused extends Error {}

export interface RestoreResult {
  header: BackupHeader;
  tables: TableSummary[];
  /** Migrations newer than the backup, applied to its data after the load. */
  migratedAfter: string[];
  report: BooksReport;
}

type Log = (message: string) => void;

/**
 * Restores `file` into the database at `databaseUrl`, which must hold no data: builds the schema the
 * backup was taken on (its migrations), loads every table in one transaction and checks each table's
 * rows and sha256 before committing, applies any newer migrations, then checks the books from the first
 * ledger row. A damaged file, or a load that does not match the file's own summary, commits nothing.
 * `databaseUrl` connects as the schema's owner; `runtimeRole`, when given, gets its grants at the end.
 */
export async function restoreBackup(
  file: string,
  databaseUrl: string,
  log: Log,
  runtimeRole: string | null = null,
): Promise<RestoreResult> {
  await stat(file).catch(() => {
    throw new RestoreRefused(`no backup file at ${file}`);
  });
  await assertInflates(file);
  const gunzip = createGunzip({ chunkSize: 64 * 1024 });
  const source = createReadStream(file);
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  const reader = new FrameReader(gunzip[Symbol.asyncIterator]());
  try {
    const headerBytes = await reader.next().catch(damaged);
    const header = parseJson(headerBytes, 'header');
    assertHeader(header);
    await refuseUnknownMigrations(header, log);
    await refuseDataInTarget(databaseUrl, header);
    await migrate(databaseUrl, { only: (name) => header.migrations.some((m) => m.name === name), log });
    const tables = await load(databaseUrl, header, headerBytes, reader, log).catch(damaged);
    const migratedAfter = await migrate(databaseUrl, { log, runtimeRole });
    const started = Date.now();
    const report = await check(databaseUrl);
    log(`checked the books from the first ledger row in ${seconds(started)}`);
    return { header, tables, migratedAfter, report };
  } finally {
    source.destroy();
    gunzip.destroy();
  }
}

/**
 * Reads the whole file through gunzip once before the database is touched, so damage anywhere in it
 * (a bad deflate stream, or a checksum that does not match at its end) refuses the file whole. Read
 * only during the load, a damaged stretch can inflate to garbage that reaches COPY first, and the
 * answer is then a type error of some column, not that the file is damaged.
 */
async function assertInflates(file: string): Promise<void> {
  const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
  await pipeline(createReadStream(file), createGunzip({ chunkSize: 64 * 1024 }), discard).catch(damaged);
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** zlib's own errors (bad CRC, bad deflate data, unexpected end) mean a damaged file. */
function damaged(error: unknown): never {
  const code = (error as { code?: string }).code;
  if (typeof code === 'string' && code.startsWith('Z_')) {
    throw new BackupFileError(`the backup file is damaged (${(error as Error).message})`);
  }
  throw error;
}

async function refuseUnknownMigrations(header: BackupHeader, log: Log): Promise<void> {
  const known = new Map((await readMigrations()).map((m) => [m.name, m.checksum]));
  const unknown = header.migrations.filter((m) => !known.has(m.name)).map((m) => m.name);
  if (unknown.length > 0) {
    throw new RestoreRefused(
      `this backup is newer than this code: its database had migration(s) ${unknown.join(', ')}, which ` +
        'prisma/migrations here does not have. Restore it with the version of the product it was taken on, or a newer one.',
    );
  }
  for (const m of header.migrations) {
    if (known.get(m.name) !== m.checksum) log(`warning: migration ${m.name} was changed since the backup`);
  }
}

/** Refuses a target with any row in any table, or with migrations the backup did not have. */
async function refuseDataInTarget(databaseUrl: string, header: BackupHeader): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const filled = await tablesWithRows(client);
    if (filled.length > 0) {
      throw new RestoreRefused(
        `the target database already holds data (in ${filled.join(', ')}): restore only into an empty ` +
          'database. Create one (CREATE DATABASE ...) and point DATABASE_URL at it, or for the embedded ' +
          'PostgreSQL give DATA_DIR a new folder.',
      );
    }
    const bookkept = await client.query(
      "SELECT 1 FROM pg_class WHERE oid = to_regclass('_prisma_migrations')",
    );
    const { rows } = bookkept.rowCount
      ? await client.query<{ name: string }>('SELECT migration_name AS name FROM _prisma_migrations')
      : { rows: [] };
    const ahead = rows
      .filter((row) => !header.migrations.some((m) => m.name === row.name))
      .map((r) => r.name);
    if (ahead.length > 0) {
      throw new RestoreRefused(
        `the target database is already migrated past this backup (${ahead.join(', ')}): restore into an empty database`,
      );
    }
  } finally {
    await client.end();
  }
}

/**
 * Tables whose first rows the migrations write (the tiers and their limits, the review rules' version 1):
 * an empty, migrated target holds them. They do not make a target "not empty"; the backup's own rows
 * replace them (the load empties them first), children before parents.
 */
const SEEDED_BY_MIGRATIONS = ['review_rule_sets', 'tier_limits', 'tiers'];

async function tablesWithRows(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> '_prisma_migrations'
       AND c.relname <> ALL($1::text[])
     ORDER BY c.relname`,
    [SEEDED_BY_MIGRATIONS],
  );
  const filled: string[] = [];
  for (const { name } of rows) {
    const probe = await client.query(`SELECT 1 FROM ${ident(name)} LIMIT 1`);
    if (probe.rowCount) filled.push(name);
  }
  return filled;
}

/** The whole load, in one transaction: triggers off, every table, checks, sequences, triggers on. */
async function load(
  databaseUrl: string,
  header: BackupHeader,
  headerBytes: Buffer,
  reader: FrameReader,
  log: Log,
): Promise<TableSummary[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL statement_timeout = 0');
    await assertLoadable(client, header);
    const names = header.tables.map((t) => ident(t.name));
    // Loaded rows were checked by these triggers when they were first written. Loading a wallet before its
    // ledger rows would trip them, and the insert trigger would restamp updated_at.
    for (const name of names) await client.query(`ALTER TABLE ${name} DISABLE TRIGGER USER`);
    // Checked again under the locks ALTER TABLE took, so nothing can be written in between.
    const filled = await tablesWithRows(client);
    if (filled.length > 0)
      throw new RestoreRefused(`the target database received data (${filled.join(', ')})`);
    // What the migrations seeded gives way to the backup's rows (their triggers are off, as above).
    for (const seeded of SEEDED_BY_MIGRATIONS) {
      if (header.tables.some((t) => t.name === seeded)) await client.query(`DELETE FROM ${ident(seeded)}`);
    }
    const indexes = await dropPlainIndexes(client, header);
    const loaded: TableSummary[] = [];
    let started = Date.now();
    for (const table of header.tables) loaded.push(await loadTable(client, table, reader));
    log(`loaded ${loaded.reduce((rows, t) => rows + t.rows, 0)} rows in ${seconds(started)}`);
    const trailer = parseJson(await reader.next(), 'summary');
    assertTrailer(trailer);
    await reader.expectEnd();
    assertMatches(trailer, headerBytes, loaded);
    // One sorted build per index is many times faster than growing it row by row.
    await client.query("SET LOCAL maintenance_work_mem = '256MB'");
    started = Date.now();
    for (const definition of indexes) await client.query(definition);
    log(`built ${indexes.length} indexes in ${seconds(started)}`);
    await resetSequences(client, header);
    for (const name of names) await client.query(`ALTER TABLE ${name} ENABLE TRIGGER USER`);
    started = Date.now();
    await client.query('COMMIT');
    log(`committed in ${seconds(started)}`);
    return loaded;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}

async function loadTable(
  client: pg.ClientBase,
  table: BackupHeader['tables'][number],
  reader: FrameReader,
): Promise<TableSummary> {
  const hash = createHash('sha256');
  const summary = { name: table.name, rows: 0, bytes: 0, sha256: '' };
  const copy = client.query(
    copyFrom(`COPY ${ident(table.name)} (${table.columns.map(ident).join(', ')}) FROM STDIN`),
  );
  async function* data(): AsyncGenerator<Buffer> {
    for await (const chunk of reader.untilEmpty()) {
      hash.update(chunk);
      summary.rows += countRows(chunk);
      summary.bytes += chunk.length;
      yield chunk;
    }
  }
  await pipeline(Readable.from(data()), copy);
  if (copy.rowCount !== summary.rows) {
    throw new Error(`${table.name}: PostgreSQL loaded ${copy.rowCount} rows of the ${summary.rows} sent`);
  }
  summary.sha256 = hash.digest('hex');
  return summary;
}

/** What was loaded must be what the backup says it wrote, table by table. */
function assertMatches(
  trailer: { headerSha256: string; tables: TableSummary[] },
  headerBytes: Buffer,
  loaded: TableSummary[],
) {
  if (createHash('sha256').update(headerBytes).digest('hex') !== trailer.headerSha256) {
    throw new BackupFileError('the backup file is damaged (its header does not match its checksum)');
  }
  for (const table of loaded) {
    const written = trailer.tables.find((t) => t.name === table.name);
    if (written?.rows !== table.rows || written.sha256 !== table.sha256 || written.bytes !== table.bytes) {
      throw new BackupFileError(
        `the backup file is damaged: table ${table.name} read ${table.rows} rows (sha256 ${table.sha256}), ` +
          `the backup wrote ${written?.rows ?? 'none'} (sha256 ${written?.sha256 ?? 'none'})`,
      );
    }
  }
  if (trailer.tables.length !== loaded.length) {
    throw new BackupFileError('the backup file is damaged (its summary lists other tables than its header)');
  }
}

/** Every table must exist with every column, and load after the tables it references. */
async function assertLoadable(client: pg.ClientBase, header: BackupHeader): Promise<void> {
  const { rows } = await client.query<{ name: string; columns: string[]; parents: string[] }>(
    `SELECT c.relname AS name,
            ARRAY(SELECT a.attname FROM pg_attribute a
                  WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped)::text[] AS columns,
            ARRAY(SELECT DISTINCT p.relname FROM pg_constraint k JOIN pg_class p ON p.oid = k.confrelid
                  WHERE k.conrelid = c.oid AND k.contype = 'f' AND k.confrelid <> c.oid)::text[] AS parents
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind = 'r'`,
  );
  const target = new Map(rows.map((row) => [row.name, row]));
  const order = header.tables.map((t) => t.name);
  for (const [index, table] of header.tables.entries()) {
    const found = target.get(table.name);
    if (!found)
      throw new RestoreRefused(`table ${table.name} is in the backup but not in the migrated schema`);
    const missing = table.columns.filter((column) => !found.columns.includes(column));
    if (missing.length > 0) {
      throw new RestoreRefused(`table ${table.name} has no column ${missing.join(', ')} after migrating`);
    }
    const late = found.parents.filter((parent) => order.indexOf(parent) > index);
    if (late.length > 0)
      throw new RestoreRefused(`table ${table.name} comes before ${late.join(', ')} in the backup`);
  }
}

/**
 * Drops the indexes that back no constraint (primary keys stay: foreign keys need them) and returns the
 * statements that build them again, as pg_restore builds indexes after the data. Unique ones are still
 * checked when they are built, before the commit.
 */
async function dropPlainIndexes(client: pg.ClientBase, header: BackupHeader): Promise<string[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT i.relname AS name, pg_get_indexdef(x.indexrelid) AS definition
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relname = ANY($1::text[])
       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)
     ORDER BY i.relname`,
    [header.tables.map((t) => t.name)],
  );
  for (const row of rows) await client.query(`DROP INDEX ${ident(row.name)}`);
  return rows.map((row) => row.definition);
}

/** Each serial or identity column's sequence continues after the largest value loaded. */
async function resetSequences(client: pg.ClientBase, header: BackupHeader): Promise<void> {
  const { rows } = await client.query<{ table: string; column: string; sequence: string }>(
    `SELECT c.relname AS table, a.attname AS column,
            pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) AS sequence
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
     WHERE n.nspname = current_schema() AND c.relname = ANY($1::text[])
       AND pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) IS NOT NULL`,
    [header.tables.map((t) => t.name)],
  );
  for (const row of rows) {
    await client.query(
      `SELECT setval($1, COALESCE((SELECT max(${ident(row.column)}) FROM ${ident(row.table)}), 0) + 1, false)`,
      [row.sequence],
    );
  }
}

/** Planner statistics for the new rows, then the books from the first ledger row. */
async function check(databaseUrl: string): Promise<BooksReport> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('ANALYZE');
    const report = await checkBooks(client, { mode: 'full', whenBusy: 'wait', maxReported: 1000 });
    if (!report) throw new Error('the ledger check did not run');
    return report;
  } finally {
    await client.end();
  }
}
