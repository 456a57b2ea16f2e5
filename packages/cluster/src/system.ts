import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { track } from './children.js';

/** What `pnpm cluster` needs from Debian, and the packages that have it. */
export const DEBIAN_PACKAGES = ['postgresql-15', 'pgbouncer', 'nginx-light'] as const;

export function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** The newest PostgreSQL server installed from Debian's packages that has pg_basebackup. */
export function findPostgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => /^\d+$/.test(v) && existsSync(path.join(root, v, 'bin', 'pg_basebackup')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const [newest] = versions;
  if (!newest || !existsSync(path.join(root, newest, 'bin', 'postgres'))) {
    throw new MissingPackagesError();
  }
  return path.join(root, newest, 'bin');
}

/** Which of the programs the cluster runs are missing. */
export function missingPrograms(): string[] {
  const missing: string[] = [];
  try {
    findPostgresBin();
  } catch {
    missing.push('PostgreSQL server (postgresql-15)');
  }
  if (!existsSync('/usr/sbin/pgbouncer')) missing.push('pgbouncer');
  if (!existsSync('/usr/sbin/nginx')) missing.push('nginx');
  return missing;
}

export class MissingPackagesError extends Error {
  constructor() {
    super(
      `pnpm cluster runs Debian's PostgreSQL, PgBouncer and nginx. Install them with:\n  sudo apt install -y ${DEBIAN_PACKAGES.join(' ')}`,
    );
    this.name = 'MissingPackagesError';
  }
}

/**
 * Fails, saying what to install, when a program the cluster runs is missing. It installs nothing itself:
 * installing is for the person or the CI script that prepares the machine (.ci/run does, as root).
 */
export function ensurePrograms(): void {
  if (missingPrograms().length > 0) throw new MissingPackagesError();
}

/** The postgres system user's ids (Debian's postgresql package creates it). */
export function postgresIds(): { uid: number; gid: number } {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (uid === undefined || gid === undefined)
    throw new Error('there is no postgres user: install postgresql-15');
  return { uid: Number(uid), gid: Number(gid) };
}

/** Runs a program to its end; its output is kept for the error when it fails. */
export function run(command: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = track(
      spawn(command, args, {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, ...env },
        // Daemons (pg_ctl's postgres, pgbouncer -d, nginx) keep no tie to this process.
        detached: false,
      }),
    );
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(command)} ${args.join(' ')} exited with ${code}:\n${output}`));
    });
  });
}

/** PostgreSQL and PgBouncer refuse to run as root: as root, they run as the postgres user. */
export function runAsPostgres(command: string, args: string[]): Promise<void> {
  return isRoot() ? run('runuser', ['-u', 'postgres', '--', command, ...args]) : run(command, args);
}

/** Runs `work` as the postgres superuser on a local server of ours (loopback, trust for that user). */
export async function asSuperuser<T>(
  port: number,
  database: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({
    host: '127.0.0.1',
    port,
    user: 'postgres',
    database,
    connectionTimeoutMillis: 2_000,
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}
