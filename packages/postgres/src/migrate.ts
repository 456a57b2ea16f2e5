import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { installJobQueues } from './job-queue.js';
import { migrationsDir } from './paths.js';
import { applyRuntimeGrants } from './runtime-role.js';

/**
 * Applies prisma/migrations/<timestamp>_<name>/migration.sql in order and records each in Prisma's own
 * `_prisma_migrations` table (same columns, sha256 checksum), so `prisma migrate deploy` and
 * `prisma migrate status` stay valid wherever Prisma's native engine can run. The native engine cannot
 * be downloaded on our machines, which is why this runner exists.
 *
 * Safe with many processes booting at once: a session advisory lock serialises runners, and each
 * migration is applied in its own transaction together with its record.
 *
 * `only` limits the run to the migrations it accepts: a restore builds the schema its backup was taken
 * on, loads the data, and only then applies the migrations that came later, to the data as it was.
 *
 * `databaseUrl` should connect as the schema's owner. After the migrations it installs the job queue's
 * schema (job-queue.ts) and, when `runtimeRole` names a role other than the one connected, applies
 * prisma/runtime-grants.sql to it (runtime-role.ts), every run, so tables added later are covered.
 * Connected as the runtime role itself (no owner URL given), a database already up to date passes,
 * and a pending migration fails with what to set.
 */
export async function migrate(
  databaseUrl: string,
  options: {
    dir?: string;
    log?: (message: string) => void;
    only?: (name: string) => boolean;
    runtimeRole?: string | null;
  } = {},
): Promise<string[]> {
  const dir = options.dir ?? migrationsDir();
  const log = options.log ?? (() => {});
  const only = options.only ?? (() => true);
  const onDisk = await readMigrations(dir);
  const migrations = onDisk.filter((migration) => only(migration.name));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    // Only when missing: CREATE ... IF NOT EXISTS still needs the right to create, which the runtime
    // role lacks, and that role may run this to find the database up to date.
    const table = await client.query("SELECT to_regclass('_prisma_migrations') IS NOT NULL AS found");
    if (!table.rows[0]?.found) await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
    }>('SELECT migration_name, checksum, finished_at FROM _prisma_migrations WHERE rolled_back_at IS NULL');
    const done = new Map(rows.map((row) => [row.migration_name, row]));
    for (const migration of migrations) {
      const record = done.get(migration.name);
      if (record?.finished_at) {
        if (record.checksum !== migration.checksum) {
          log(`warning: migration ${migration.name} was changed after it was applied`);
        }
        continue;
      }
      if (record) {
        throw new Error(`migration ${migration.name} failed earlier; resolve it before migrating again`);
      }
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        // 42501: insufficient privilege, as when the runtime role is asked to change the schema.
        const hint =
          (error as { code?: string }).code === '42501'
            ? ' (this role may not change the schema: run migrations as the owner, DATABASE_OWNER_URL)'
            : '';
        throw new Error(`migration ${migration.name} failed: ${(error as Error).message}${hint}`);
      }
      log(`applied migration ${migration.name}`);
      applied.push(migration.name);
    }
    await installJobQueues(databaseUrl);
    // Without a role of its own for the API (one role owns the schema and runs the API), nothing to grant.
    const runtimeRole = options.runtimeRole;
    const { rows: who } = await client.query<{ me: string }>('SELECT current_user AS me');
    // The grants name today's columns: a run that leaves the schema behind (`only`, as a restore does
    // before loading its data) grants nothing; the run that completes the schema does.
    const complete = onDisk.every((m) => done.get(m.name)?.finished_at || applied.includes(m.name));
    if (complete && runtimeRole && runtimeRole !== who[0]?.me) await applyRuntimeGrants(client, runtimeRole);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
    await client.end();
  }
  return applied;
}

// An arbitrary constant that names "the migration runner" among advisory locks.
const MIGRATION_LOCK_KEY = 72_707_369;

// Prisma's own definition of its bookkeeping table.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface Migration {
  name: string;
  sql: string;
  /** sha256 of migration.sql, as `_prisma_migrations.checksum` records it. */
  checksum: string;
}

/** The migrations in a folder (prisma/migrations by default), in the order they apply. */
export async function readMigrations(dir: string = migrationsDir()): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}
