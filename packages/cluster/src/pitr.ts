import { spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { track } from './children.js';
import { archiveSettings, type PitrPaths, type PitrServer, pgbackrestConfig } from './pitr-config.js';
import { findPostgresBin, isRoot, postgresIds } from './system.js';

export const PGBACKREST = '/usr/bin/pgbackrest';

/**
 * Runs a program as the user PostgreSQL runs as (the postgres user when we are root, else ourselves:
 * pgBackRest must run as the server's own user) and gives back what it printed on stdout.
 */
export function runAsServerUser(command: string, args: string[]): Promise<string> {
  const [program, argv] = isRoot()
    ? ['runuser', ['-u', 'postgres', '--', command, ...args]]
    : [command, args];
  return new Promise((resolve, reject) => {
    const child = track(spawn(program, argv, { stdio: ['ignore', 'pipe', 'pipe'] }));
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4_000);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(stdout);
      else
        reject(
          new Error(
            `${path.basename(command)} ${args.join(' ')} exited with ${code}:\n${stderr}${stdout.slice(-2_000)}`,
          ),
        );
    });
  });
}

/** Fails, saying what to install, when Debian's PostgreSQL server or pgBackRest is missing. */
export function ensurePitrPrograms(): void {
  const missing: string[] = [];
  try {
    findPostgresBin();
  } catch {
    missing.push('postgresql-15');
  }
  if (!existsSync(PGBACKREST)) missing.push('pgbackrest');
  if (missing.length > 0) {
    throw new Error(
      `Point-in-time recovery runs Debian's PostgreSQL and pgBackRest. Install them with:\n  sudo apt install -y ${missing.join(' ')}`,
    );
  }
}

/** Creates `dir` (and its parents) for the server's user: as root, owned by postgres, mode 0700. */
export function serverUserDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
  if (!isRoot()) return;
  const { uid, gid } = postgresIds();
  chownSync(dir, uid, gid);
  chmodSync(dir, 0o700);
}

/** pgBackRest on one stanza with one configuration file. */
export class Pgbackrest {
  constructor(
    readonly paths: PitrPaths,
    readonly stanza: string,
  ) {}

  run(command: string, options: string[] = []): Promise<string> {
    return runAsServerUser(PGBACKREST, [
      `--config=${this.paths.config}`,
      `--stanza=${this.stanza}`,
      ...options,
      command,
    ]);
  }

  backup(type: 'full' | 'diff' | 'incr'): Promise<string> {
    return this.run('backup', [`--type=${type}`]);
  }

  /** The backups in the repository, as `pgbackrest info --output=json` lists them. */
  async backups(): Promise<{ label: string; type: string; timestamp: { start: number; stop: number } }[]> {
    const info = JSON.parse(await this.run('info', ['--output=json'])) as {
      backup?: { label: string; type: string; timestamp: { start: number; stop: number } }[];
    }[];
    return info[0]?.backup ?? [];
  }

  /**
   * Restores into `dataDir` (a new, empty directory) what the server held at `target` (a time such as
   * `2026-12-07 16:03:09+00`): pgBackRest picks the newest backup that ended before it and writes the
   * recovery settings; the server, once started, replays archived WAL up to that second and promotes.
   * `archiveMode: 'off'` keeps a scratch copy (a drill) from pushing WAL into the repository.
   */
  restoreToTime(
    dataDir: string,
    target: string,
    archiveMode: 'preserve' | 'off' = 'preserve',
  ): Promise<string> {
    return this.run('restore', [
      `--pg1-path=${dataDir}`,
      '--type=time',
      `--target=${target}`,
      '--target-action=promote',
      `--archive-mode=${archiveMode}`,
    ]);
  }
}

/**
 * Runs SQL through psql as the server's user over its Unix socket (Debian's peer authentication), each
 * statement on its own (ALTER SYSTEM and CREATE DATABASE refuse a transaction block).
 */
export function psql(
  server: Pick<PitrServer, 'port' | 'socketDir'>,
  ...statements: string[]
): Promise<string> {
  return runAsServerUser(path.join(findPostgresBin(), 'psql'), [
    '-X',
    '-q',
    '-A',
    '-t',
    '-v',
    'ON_ERROR_STOP=1',
    '-h',
    server.socketDir,
    '-p',
    String(server.port),
    '-U',
    'postgres',
    '-d',
    'postgres',
    ...statements.flatMap((sql) => ['-c', sql]),
  ]);
}

function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

export interface SetUpOptions {
  paths: PitrPaths;
  server: PitrServer;
  /**
   * Restarts the server when wal_level or archive_mode changed (they take effect only at a start). Not
   * given: setUpPitr stops with RestartNeededError, which says how.
   */
  restart?: () => Promise<void>;
  log?: (line: string) => void;
}

export class RestartNeededError extends Error {
  constructor(settings: string[]) {
    super(
      `${settings.join(' and ')} take effect at the next start of PostgreSQL. Restart it (Debian: ` +
        'sudo pg_ctlcluster 15 main restart), then run the setup again; or pass --restart.',
    );
    this.name = 'RestartNeededError';
  }
}

/**
 * Sets continuous archiving up for one running server, idempotently: writes pgbackrest.conf, turns WAL
 * archiving on (ALTER SYSTEM, so it lives in the data directory's postgresql.auto.conf whatever the
 * distribution's layout), restarts if it must, creates the stanza, checks that a WAL segment reaches
 * the repository, and takes a first full backup when the repository has none.
 */
export async function setUpPitr(options: SetUpOptions): Promise<Pgbackrest> {
  const { paths, server } = options;
  const log = options.log ?? (() => {});
  ensurePitrPrograms();
  for (const dir of [paths.repo, paths.log, paths.lock]) serverUserDir(dir);
  mkdirSync(path.dirname(paths.config), { recursive: true });
  writeFileSync(paths.config, pgbackrestConfig(paths, server), { mode: 0o640 });
  if (isRoot()) chownSync(paths.config, 0, postgresIds().gid);
  log(`wrote ${paths.config}`);

  const settings = archiveSettings(paths, server.stanza);
  const statements = Object.entries(settings).map(
    ([name, value]) => `ALTER SYSTEM SET ${name} = ${literal(value)}`,
  );
  await psql(server, ...statements, 'SELECT pg_reload_conf()');
  // A reload is asynchronous: the settings the server reads are checked again after a moment.
  const pending = await waitForSettings(server, settings);
  if (pending.length > 0) {
    if (!options.restart) throw new RestartNeededError(pending);
    log(`restarting PostgreSQL: ${pending.join(', ')} changed`);
    await options.restart();
    const still = await waitForSettings(server, settings);
    if (still.length > 0) throw new Error(`after the restart, ${still.join(', ')} still differ`);
  }
  log(`WAL archiving on: archive_command = ${settings.archive_command}`);

  const pgbackrest = new Pgbackrest(paths, server.stanza);
  await pgbackrest.run('stanza-create');
  // check forces a WAL switch and waits for that segment to be archived: the whole chain works.
  await pgbackrest.run('check');
  log(`stanza ${server.stanza} created; a WAL segment reached ${paths.repo}`);
  if ((await pgbackrest.backups()).length === 0) {
    log('taking the first full backup');
    await pgbackrest.backup('full');
  }
  return pgbackrest;
}

/**
 * The settings that do not have the wanted value in the running server. After a reload the reloadable
 * ones take a moment to change; one that waits for a restart says so (pending_restart), and then the
 * restart settles the rest too (archive_command reads "(disabled)" until archive_mode is on).
 */
async function waitForSettings(server: PitrServer, wanted: Record<string, string>): Promise<string[]> {
  const names = Object.keys(wanted);
  for (let attempt = 0; ; attempt++) {
    const rows = await psql(
      server,
      `SELECT name, CASE WHEN unit = 's' THEN setting || 's' ELSE setting END, pending_restart FROM pg_settings
        WHERE name IN (${names.map(literal).join(', ')})`,
    );
    const current = new Map(
      rows
        .trim()
        .split('\n')
        .map((line) => line.split('|'))
        .map(([name = '', value = '', pending = '']) => [name, { value, pending: pending === 't' }] as const),
    );
    const differ = names.filter((name) => current.get(name)?.value !== wanted[name]);
    const waitingForRestart = differ.filter((name) => current.get(name)?.pending);
    if (waitingForRestart.length > 0) return waitingForRestart;
    if (differ.length === 0 || attempt >= 20) return differ;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
