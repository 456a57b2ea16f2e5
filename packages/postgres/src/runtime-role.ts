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

export class RuntimeRoleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RuntimeRoleError';
  }
}

/** One of the URLs the runtime connects with, and the setting that gave it (for the message). */
export interface RuntimeUrl {
  variable: string;
  url: string;
}

/**
 * The role the runtime logs in as, asked of the server: a URL's user name says nothing when the user is
 * given as `?user=`, left to PGUSER, or left out. Refuses (RuntimeRoleError) any of `runtimeUrls` that
 * logs in as the owner's role (`ownerUrl`'s current_user), as a member of it, as a superuser, or as a
 * role that owns any table or other object of the database: then the runtime role's limits would not
 * hold. Answers the role of the first URL, the one to grant the runtime's rights to.
 */
export async function checkRuntimeRole(ownerUrl: string, runtimeUrls: RuntimeUrl[]): Promise<string> {
  const owner = await asksAs(ownerUrl, async (client) => {
    const { rows } = await client.query<{ me: string }>('SELECT current_user AS me');
    return rows[0]?.me as string;
  });
  const roles: string[] = [];
  for (const { variable, url } of runtimeUrls) {
    const found = await asksAs(url, async (client) => {
      const { rows } = await client.query<{
        me: string;
        superuser: boolean;
        member: boolean;
        owned: number;
      }>(
        `SELECT current_user AS me,
                (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
                pg_has_role(current_user, $1, 'MEMBER') AS member,
                (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
                    AND pg_has_role(c.relowner, 'USAGE')) AS owned`,
        [owner],
      );
      return rows[0] as { me: string; superuser: boolean; member: boolean; owned: number };
    });
    const problem =
      found.me === owner
        ? 'the same role as DATABASE_OWNER_URL'
        : found.superuser
          ? 'a superuser'
          : found.member
            ? `a member of DATABASE_OWNER_URL's role ${owner}`
            : found.owned > 0
              ? `a role that owns ${found.owned} of the database's tables, sequences or indexes`
              : null;
    if (problem) {
      throw new RuntimeRoleError(
        `${variable} logs in as ${found.me}, ${problem}: it must log in as the runtime role, which owns ` +
          `nothing (${RUNTIME_ROLE} made by prisma/runtime-role.sql; docs/operations.md, "Database roles")`,
      );
    }
    roles.push(found.me);
  }
  return roles[0] as string;
}

async function asksAs<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}
