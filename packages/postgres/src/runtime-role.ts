import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { link, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { repoRoot } from './paths.js';

/**
 * Two database roles. The OWNER owns the schema: migrations (and the job queue's own schema) run as
 * it. The RUNTIME role is what the API and its production CLIs connect as: it owns nothing, so it can
 * neither alter nor drop a table, nor disable a trigger, and it holds only the grants listed in
 * prisma/runtime-grants.sql (which every migration run applies again, so later tables are covered).
 */
export const RUNTIME_ROLE = 'wallet_runtime';

/** The idempotent grants file: written for psql (`-v runtime_role=...`), applied by migrate() as well. */
export function runtimeGrantsFile(): string {
  return path.join(repoRoot(), 'prisma', 'runtime-grants.sql');
}

/** The role a connection string logs in as (decoded), or null when it names none (libpq's default). */
export function roleOfUrl(url: string): string | null {
  try {
    const user = new URL(url).username;
    return user ? decodeURIComponent(user) : null;
  } catch {
    return null;
  }
}

/** The same connection string, logging in as another role. */
export function withCredentials(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(user);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

/**
 * Applies prisma/runtime-grants.sql for `role` on an open connection of the owner, in one transaction:
 * the file first revokes everything the role held, then grants what it lists, so a grant taken out of
 * the file is gone after the next run, and a running API never sees a moment without its grants.
 */
export async function applyRuntimeGrants(client: pg.Client, role: string): Promise<void> {
  const sql = (await readFile(runtimeGrantsFile(), 'utf8')).replaceAll(
    ':"runtime_role"',
    pg.escapeIdentifier(role),
  );
  await client.query('BEGIN');
  try {
    await client.query(sql);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw new Error(`could not grant the runtime role ${role} its privileges: ${(error as Error).message}`);
  }
}

/** Where the embedded cluster keeps the runtime role's generated password (inside its data folder). */
function passwordFile(dataDir: string): string {
  return path.join(dataDir, `${RUNTIME_ROLE}.password`);
}

/**
 * The runtime role's password in an embedded cluster: read from the data folder, or generated and
 * written there once. Two processes starting at once agree: the file appears whole (link of a written
 * temporary file) or not at all, and the loser reads the winner's. `fresh` says this call wrote it.
 */
async function runtimePassword(dataDir: string): Promise<{ password: string; fresh: boolean }> {
  const file = passwordFile(dataDir);
  if (existsSync(file)) return { password: readFileSync(file, 'utf8').trim(), fresh: false };
  const password = randomBytes(24).toString('base64url');
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(temporary, `${password}\n`, { mode: 0o600 });
  try {
    await link(temporary, file);
    return { password, fresh: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { password: readFileSync(file, 'utf8').trim(), fresh: false };
  } finally {
    await unlink(temporary).catch(() => {});
  }
}

/**
 * Makes sure the embedded cluster has the runtime role, able to log in with the password kept in the
 * data folder, and answers that password. `ownerUrl` connects as the cluster's superuser.
 */
export async function ensureEmbeddedRuntimeRole(ownerUrl: string, dataDir: string): Promise<string> {
  const { password, fresh } = await runtimePassword(dataDir);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const role = pg.escapeIdentifier(RUNTIME_ROLE);
    const attributes = `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${pg.escapeLiteral(password)}`;
    try {
      await client.query(`CREATE ROLE ${role} ${attributes}`);
    } catch (error) {
      // Created already (by an earlier start, or by a process starting at the same moment).
      const code = (error as { code?: string }).code;
      if (code !== '42710' && code !== '23505') throw error;
      if (fresh) await client.query(`ALTER ROLE ${role} ${attributes}`);
    }
  } finally {
    await client.end();
  }
  return password;
}
