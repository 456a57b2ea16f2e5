import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, closeSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ChildProcesses, stopChildProcess, track } from './children.js';
import { pgHba } from './configs.js';
import { ensurePitrPrograms, type Pgbackrest, psql, serverUserDir, setUpPitr } from './pitr.js';
import { ARCHIVE_TIMEOUT_SECONDS, DEFAULT_STANZA, type PitrPaths } from './pitr-config.js';
import { asSuperuser, findPostgresBin, isRoot, run, runAsPostgres } from './system.js';

/** The books as the database holds them: what a restore to a moment must give back exactly. */
export interface Books {
  /** Every wallet and its balance in minor units (a string: BIGINT), by id. */
  wallets: { id: string; balanceMinor: string }[];
  /** Every ledger row's id, in the ledger's order (seq). */
  ledgerIds: string[];
}

export interface DrillReport {
  /** The moment restored to, to the second (UTC), as given to pgbackrest restore --target. */
  target: string;
  atTarget: Books;
  /** The books when the restore started: everything moved after the target is in them. */
  atEnd: Books;
  restored: Books;
  /** Ledger rows written after the target (in atEnd, so they must not be in restored). */
  afterTarget: string[];
  booksCheck: { ok: boolean; walletsChecked: number; rowsChecked: number };
  /** Where the drill's servers listened: nothing may listen there once it is over. */
  ports: { primary: number; restored: number; api: number };
  /** The backups the drill took, oldest first: the restore starts from the newest before the target. */
  backups: { label: string; type: string }[];
  rpo: {
    /** Seconds after which a quiet server closes and archives its WAL segment. */
    archiveTimeoutSeconds: number;
    /** The last commit until the WAL segment holding it was in the repository. */
    observedMs: number;
    /** A forced switch until that segment was in the repository: the archive-push, one segment. */
    pushMs: number;
    /** archive_timeout + one push: the most committed work a lost server can take with it. */
    worstCaseMs: number;
  };
  rto: {
    /** pgbackrest restore: the backup's files into a new data directory. */
    restoreMs: number;
    /** Start, WAL replay to the target, promotion. */
    recoveryMs: number;
    /** The full books check on the restored database. */
    booksCheckMs: number;
    /** From starting the restore to the restored server answering with its books checked. */
    totalMs: number;
  };
}

export interface DrillOptions {
  /** The repository's root: the built API, its CLIs and the migrations are found from it. */
  root: string;
  log?: (line: string) => void;
  /** Leave the directory (the data, the repository, the logs) in place after the run. */
  keep?: boolean;
}

export class DrillFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DrillFailedError';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The role the product runs as, made by prisma/runtime-role.sql; the database's owner migrates. */
const RUNTIME_ROLE = 'wallet_runtime';
/** In the repository this package is part of (packages/cluster/dist/ is where this file runs). */
const RUNTIME_ROLE_SQL = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'prisma',
  'runtime-role.sql',
);

/** The drill's database, as the product is deployed on it: the owner's URL and the runtime role's. */
export interface DrillUrls {
  owner: string;
  runtime: string;
}

function drillUrls(port: number): DrillUrls {
  return {
    owner: `postgresql://wallet@127.0.0.1:${port}/wallet`,
    runtime: `postgresql://${RUNTIME_ROLE}@127.0.0.1:${port}/wallet`,
  };
}

/**
 * Settings that name a database (or where one is): the drill's children get its own values for these,
 * or none. An operator's shell or .env may hold a real deployment's; the drill must never touch it.
 */
const DATABASE_VARIABLES = new Set([
  'DATABASE_URL',
  'DATABASE_OWNER_URL',
  'DATABASE_URL_UNPOOLED',
  'DATABASE_REPLICA_URL',
  'POSTGRES_URL',
  'POSTGRES_URL_NON_POOLING',
  'DATA_DIR',
  'WALLET_DOTENV',
]);

/**
 * The whole environment a product process the drill starts gets: `env` without any database setting
 * or libpq variable (PGHOST, PGUSER...), then the drill's database as owner and runtime role, and no
 * env file read (WALLET_DOTENV=off), so nothing can fill in a URL left out on purpose.
 */
export function drillEnv(urls: DrillUrls, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && !DATABASE_VARIABLES.has(name) && !/^PG[A-Z]/.test(name)) kept[name] = value;
  }
  return {
    ...kept,
    DATABASE_URL: urls.runtime,
    DATABASE_URL_UNPOOLED: urls.runtime,
    DATABASE_OWNER_URL: urls.owner,
    WALLET_DOTENV: 'off',
  };
}
const USERS = 2;
const WALLETS_PER_USER = 2;

/**
 * The point-in-time recovery drill, from nothing: a Debian PostgreSQL 15 in a temporary directory with
 * WAL archiving to pgBackRest (set up the way `pnpm db:pitr-setup` sets a server up), the product's
 * schema, the built API moving money over HTTP, a backup in the middle, a moment T noted with the books
 * at T, more money moved after T, then a restore to T into a new data directory on another port. The
 * restored books must be exactly those of T and pass the full books check. Measures RPO and RTO. Every
 * process it started is stopped and its directory removed, also when it fails.
 */
export class PitrDrill {
  private dir = '';
  private api: ChildProcess | null = null;
  private readonly servers: string[] = [];
  /** Every program the drill runs (pgbackrest, psql, pg_ctl, the API, its CLIs), to stop them first. */
  private readonly children = new ChildProcesses();
  private readonly log: (line: string) => void;
  private cleaning: Promise<void> | null = null;

  constructor(private readonly options: DrillOptions) {
    this.log = options.log ?? (() => {});
  }

  async run(): Promise<DrillReport> {
    try {
      return await this.children.within(() => this.drill());
    } catch (error) {
      throw new DrillFailedError(`${(error as Error).message}${this.logTails()}`);
    } finally {
      await this.cleanup();
    }
  }

  /**
   * Stops what the drill started and removes its directory (unless kept). Called again (a signal while
   * the drill fails, say), it gives the same promise: whoever waits for it waits for the whole cleanup.
   */
  cleanup(): Promise<void> {
    this.cleaning ??= this.stopAll();
    return this.cleaning;
  }

  /** Nothing more is started once the cleanup has begun (an interrupt while the drill runs). */
  private notStopped(): void {
    if (this.cleaning) throw new Error('the drill was interrupted');
  }

  /**
   * The API first (it drains), then every program still running (a backup, a restore, a migration: all
   * end before their files go), then the servers, then the directory.
   */
  private async stopAll(): Promise<void> {
    await stopChildProcess(this.api, 20_000);
    await this.children.stopAll();
    for (const dataDir of [...this.servers].reverse()) await stopServer(dataDir);
    if (this.dir && !this.options.keep) await rm(this.dir, { recursive: true, force: true });
    if (this.dir && this.options.keep) this.log(`kept ${this.dir}`);
  }

  private async drill(): Promise<DrillReport> {
    const { server, pgbackrest, urls } = await this.prepare();
    const [restoredPort, apiPort] = [await freePort(), await freePort()];
    const bank = await Bank.open(await this.startApi(urls, apiPort), USERS, WALLETS_PER_USER);
    await bank.moveMoney(8);
    this.log('phase A: money moved; taking an incremental backup');
    await pgbackrest.backup('incr');
    await bank.moveMoney(8);

    // T: a whole second after everything of phase B committed and before anything of phase C does.
    const atTarget = await readBooks(server.port);
    const target = await nextSecond(server.port);
    await sleepUntilServerPasses(server.port, target, 1_100);
    this.log(`T = ${target}: ${atTarget.wallets.length} wallets, ${atTarget.ledgerIds.length} ledger rows`);

    await bank.newWallet();
    await bank.moveMoney(8);
    const committedAt = Date.now();
    const segment = (await psql(server, 'SELECT pg_walfile_name(pg_current_wal_lsn())')).trim();
    const atEnd = await readBooks(server.port);
    const afterTarget = atEnd.ledgerIds.filter((id) => !atTarget.ledgerIds.includes(id));
    this.log(
      `phase C: ${afterTarget.length} ledger rows after T; waiting for WAL segment ${segment} to be archived`,
    );
    const archivedAt = await waitArchived(server, segment);
    const pushMs = await measurePush(server);
    await stopChildProcess(this.api, 20_000);
    this.api = null;

    const recovery = await this.restore(
      pgbackrest,
      path.join(server.socketDir, 'restored'),
      restoredPort,
      target,
    );
    const report: DrillReport = {
      target,
      atTarget,
      atEnd,
      restored: recovery.books,
      afterTarget,
      booksCheck: recovery.booksCheck,
      ports: { primary: server.port, restored: restoredPort, api: apiPort },
      backups: (await pgbackrest.backups()).map(({ label, type }) => ({ label, type })),
      rpo: {
        archiveTimeoutSeconds: ARCHIVE_TIMEOUT_SECONDS,
        observedMs: Math.max(0, archivedAt - committedAt),
        pushMs,
        worstCaseMs: ARCHIVE_TIMEOUT_SECONDS * 1_000 + pushMs,
      },
      rto: recovery.rto,
    };
    verify(report);
    this.log('the restored books are exactly those of T');
    return report;
  }

  /** A new PostgreSQL set up as `pnpm db:pitr-setup` does (full backup included), the schema migrated. */
  private async prepare() {
    ensurePitrPrograms();
    this.dir = await mkdtemp(path.join(os.tmpdir(), 'wallet-pitr-'));
    // The server's user reaches its directories in here.
    if (isRoot()) chmodSync(this.dir, 0o755);
    const pgDir = path.join(this.dir, 'pg');
    serverUserDir(pgDir);
    const paths: PitrPaths = {
      config: path.join(this.dir, 'pgbackrest', 'pgbackrest.conf'),
      repo: path.join(this.dir, 'pgbackrest', 'repo'),
      log: path.join(this.dir, 'pgbackrest', 'log'),
      lock: path.join(this.dir, 'pgbackrest', 'lock'),
    };
    const port = await freePort();
    const server = { stanza: DEFAULT_STANZA, dataDir: path.join(pgDir, 'primary'), port, socketDir: pgDir };
    await this.initServer(server.dataDir, port, pgDir);
    await psql(server, 'CREATE ROLE wallet LOGIN', 'CREATE DATABASE wallet OWNER wallet');
    // The runtime role, made the way docs/operations.md tells an operator to (loopback trusts every
    // role here, so its password is never asked for; a throwaway one is set all the same).
    await run(path.join(findPostgresBin(), 'psql'), [
      '-X',
      '-q',
      `postgresql://postgres@127.0.0.1:${port}/wallet`,
      '-v',
      `runtime_password=${randomUUID()}`,
      '-f',
      RUNTIME_ROLE_SQL,
    ]);
    const pgbackrest = await setUpPitr({
      paths,
      server,
      restart: async () => {
        this.notStopped();
        await pgCtl(server.dataDir, ['restart', '-m', 'fast']);
      },
      log: (line) => this.log(`setup: ${line}`),
    });
    const urls = drillUrls(port);
    const migrateDeploy = path.join(
      this.options.root,
      'packages',
      'postgres',
      'dist',
      'cli',
      'migrate-deploy.js',
    );
    await capture(process.execPath, [migrateDeploy], drillEnv(urls));
    this.log(`the product schema migrated as its owner; the API runs as ${RUNTIME_ROLE}`);
    return { server, pgbackrest, urls };
  }

  /**
   * The recovery, timed from the restore's first step to the books checked: restore to `target` into a
   * new data directory, start it on `port`, wait for it to promote, run the full books check.
   */
  private async restore(pgbackrest: Pgbackrest, dataDir: string, port: number, target: string) {
    const started = Date.now();
    serverUserDir(dataDir);
    await pgbackrest.restoreToTime(dataDir, target, 'off');
    const restored = Date.now();
    writeFileSync(path.join(dataDir, 'postgresql.auto.conf'), `port = ${port}\n`, { flag: 'a' });
    this.servers.push(dataDir);
    this.notStopped();
    await pgCtl(dataDir, ['start']);
    await waitPromoted(port);
    const recovered = Date.now();
    const booksCheck = await this.booksCheck(drillUrls(port));
    const checked = Date.now();
    this.log(
      `restored to T and promoted on port ${port}; books check ${booksCheck.ok ? 'passed' : 'FAILED'}`,
    );
    return {
      books: await readBooks(port),
      booksCheck,
      rto: {
        restoreMs: restored - started,
        recoveryMs: recovered - restored,
        booksCheckMs: checked - recovered,
        totalMs: checked - started,
      },
    };
  }

  private async initServer(dataDir: string, port: number, socketDir: string): Promise<void> {
    await runAsPostgres(path.join(findPostgresBin(), 'initdb'), [
      '-D',
      dataDir,
      '-U',
      'postgres',
      '--auth=trust',
      '--encoding=UTF8',
      '--locale=C.UTF-8',
    ]);
    writeFileSync(path.join(dataDir, 'pg_hba.conf'), pgHba());
    writeFileSync(
      path.join(dataDir, 'postgresql.auto.conf'),
      [
        `listen_addresses = '127.0.0.1'`,
        `port = ${port}`,
        `unix_socket_directories = '${socketDir}'`,
        '',
      ].join('\n'),
    );
    this.servers.push(dataDir);
    this.notStopped();
    await pgCtl(dataDir, ['start']);
    this.log(`PostgreSQL 15 on 127.0.0.1:${port}, data in ${dataDir}`);
  }

  private async startApi(urls: DrillUrls, port: number): Promise<string> {
    const logFile = path.join(this.dir, 'api.log');
    const out = openSync(logFile, 'a');
    this.notStopped();
    const main = path.join(this.options.root, 'apps', 'api', 'dist', 'main.js');
    this.api = track(
      spawn(process.execPath, [main], {
        stdio: ['ignore', out, out],
        env: {
          ...drillEnv(urls),
          PORT: String(port),
          HOST: '127.0.0.1',
          WEB_CONCURRENCY: '1',
          LOG_LEVEL: 'warn',
          METRICS_PORT: '0',
          LEDGER_CHECK_INTERVAL_SECONDS: '0',
          // A key of its own for secrets at rest: nothing is written into the repository's .data.
          SECRETS_KEYS: `drill:${randomBytes(32).toString('base64')}`,
          AUTH_RATE_LIMIT_PER_ADDRESS: '1000',
        },
      }),
    );
    closeSync(out);
    const base = `http://127.0.0.1:${port}`;
    const until = Date.now() + 120_000;
    while (Date.now() < until && this.api.exitCode === null) {
      if (
        await fetch(`${base}/api/health/ready`).then(
          (res) => res.ok,
          () => false,
        )
      ) {
        this.log(`the API on ${base}`);
        return base;
      }
      await sleep(200);
    }
    throw new Error('the API did not become ready');
  }

  private async booksCheck(urls: DrillUrls): Promise<DrillReport['booksCheck']> {
    const entry = path.join(this.options.root, 'apps', 'api', 'dist', 'cli', 'books-check.js');
    // Exit code 1: the check ran and found discrepancies, which the report says.
    const output = await capture(process.execPath, [entry, '--full', '--json'], drillEnv(urls), [0, 1]);
    const line = output.split('\n').find((text) => text.startsWith('{'));
    if (!line) throw new Error(`books:check printed no report:\n${output}`);
    const report = JSON.parse(line) as { ok: boolean; walletsChecked: number; rowsChecked: number };
    return { ok: report.ok, walletsChecked: report.walletsChecked, rowsChecked: report.rowsChecked };
  }

  /** The last lines of the drill's logs, for a failure's message. */
  private logTails(): string {
    if (!this.dir) return '';
    const files = [
      path.join(this.dir, 'api.log'),
      path.join(this.dir, 'pg', 'primary.log'),
      path.join(this.dir, 'pg', 'restored.log'),
    ];
    return files
      .filter((file) => existsSync(file))
      .map(
        (file) =>
          `\n--- ${path.basename(file)} ends:\n${readFileSync(file, 'utf8').split('\n').slice(-12).join('\n')}`,
      )
      .join('');
  }
}

/** The drill's checks on what it measured: the restored books are exactly those of the target. */
function verify(report: DrillReport): void {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (!same(report.restored.wallets, report.atTarget.wallets)) {
    throw new Error(
      `the restored wallets differ from those at T:\n${JSON.stringify({ atTarget: report.atTarget.wallets, restored: report.restored.wallets })}`,
    );
  }
  if (!same(report.restored.ledgerIds, report.atTarget.ledgerIds)) {
    throw new Error(
      `the restored ledger has ${report.restored.ledgerIds.length} rows, T had ${report.atTarget.ledgerIds.length}`,
    );
  }
  const leaked = report.afterTarget.filter((id) => report.restored.ledgerIds.includes(id));
  if (report.afterTarget.length === 0 || leaked.length > 0) {
    throw new Error(`after T: ${report.afterTarget.length} rows written, ${leaked.length} of them restored`);
  }
  if (!report.booksCheck.ok) throw new Error('the full books check failed on the restored database');
}

async function readBooks(port: number): Promise<Books> {
  return asSuperuser(port, 'wallet', async (client) => {
    // One snapshot for both reads.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const wallets = await client.query<{ id: string; balance: string }>(
      'SELECT id, balance_minor::text AS balance FROM wallets ORDER BY id',
    );
    const ledger = await client.query<{ id: string }>('SELECT id FROM transactions ORDER BY seq');
    await client.query('COMMIT');
    return {
      wallets: wallets.rows.map((row) => ({ id: row.id, balanceMinor: row.balance })),
      ledgerIds: ledger.rows.map((row) => row.id),
    };
  });
}

/** The next whole second on the server's clock, in UTC, as `YYYY-MM-DD HH:MM:SS+00`. */
async function nextSecond(port: number): Promise<string> {
  return asSuperuser(port, 'postgres', async (client) => {
    const { rows } = await client.query<{ t: string }>(
      `SELECT to_char((date_trunc('second', clock_timestamp()) + interval '1 second') AT TIME ZONE 'UTC',
                      'YYYY-MM-DD HH24:MI:SS') || '+00' AS t`,
    );
    return rows[0]?.t as string;
  });
}

/** Waits until the server's clock is `marginMs` past `target`. */
async function sleepUntilServerPasses(port: number, target: string, marginMs: number): Promise<void> {
  const goal = Date.parse(target.replace(' ', 'T').replace('+00', 'Z')) + marginMs;
  for (;;) {
    const now = await asSuperuser(port, 'postgres', async (client) => {
      const { rows } = await client.query<{ ms: string }>(
        'SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint::text AS ms',
      );
      return Number(rows[0]?.ms);
    });
    if (now >= goal) return;
    await sleep(Math.min(goal - now, 1_000));
  }
}

/**
 * Waits (without forcing a WAL switch: archive_timeout does it, as in production) until `segment` is in
 * the repository, and gives the time it got there.
 */
async function waitArchived(server: { port: number; socketDir: string }, segment: string): Promise<number> {
  const until = Date.now() + (ARCHIVE_TIMEOUT_SECONDS + 60) * 1_000;
  while (Date.now() < until) {
    const [last = '', at = '', failed = '0'] = (
      await psql(
        server,
        "SELECT coalesce(last_archived_wal, '') || '|' || coalesce((extract(epoch FROM last_archived_time) * 1000)::bigint::text, '') || '|' || failed_count FROM pg_stat_archiver",
      )
    )
      .trim()
      .split('|');
    if (Number(failed) > 0) throw new Error(`archive-push failed ${failed} times (see the server's log)`);
    if (last.slice(0, 8) === segment.slice(0, 8) && last >= segment) return Number(at);
    await sleep(100);
  }
  throw new Error(`WAL segment ${segment} was not archived within archive_timeout + 60 s`);
}

/**
 * How long one closed segment takes to reach the repository: a WAL record (a logical message, no table
 * touched), a switch, and the wait until the archiver reports that segment pushed.
 */
async function measurePush(server: { port: number; socketDir: string }): Promise<number> {
  await psql(server, "SELECT pg_logical_emit_message(false, 'wallet-pitr-drill', 'push')");
  const started = Date.now();
  const segment = (await psql(server, 'SELECT pg_walfile_name(pg_switch_wal())')).trim();
  return Math.max(0, (await waitArchived(server, segment)) - started);
}

/** Waits until the restored server has replayed to the target and promoted (it answers before that). */
async function waitPromoted(port: number): Promise<void> {
  const until = Date.now() + 300_000;
  while (Date.now() < until) {
    const promoted = await asSuperuser(port, 'postgres', async (client) => {
      const { rows } = await client.query<{ recovering: boolean }>(
        'SELECT pg_is_in_recovery() AS recovering',
      );
      return rows[0]?.recovering === false;
    }).catch(() => false);
    if (promoted) return;
    await sleep(100);
  }
  throw new Error('the restored server did not finish recovery within 5 minutes');
}

function pgCtl(dataDir: string, args: string[]): Promise<void> {
  const log = `${dataDir}.log`;
  return runAsPostgres(path.join(findPostgresBin(), 'pg_ctl'), [
    '-D',
    dataDir,
    '-l',
    log,
    '-w',
    '-t',
    '120',
    ...args,
  ]);
}

/** Stops a server the drill started, fast; immediate if that fails. */
async function stopServer(dataDir: string): Promise<void> {
  if (!existsSync(path.join(dataDir, 'postmaster.pid'))) return;
  await pgCtl(dataDir, ['stop', '-m', 'fast']).catch(() =>
    pgCtl(dataDir, ['stop', '-m', 'immediate']).catch(() => {}),
  );
}

/**
 * Runs a program with exactly `env` (nothing of this process's added) and gives back its output; fails
 * with its output when it exits with a code not in `okCodes`.
 */
function capture(
  command: string,
  args: string[],
  env: Record<string, string>,
  okCodes: number[] = [0],
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = track(spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env }));
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== null && okCodes.includes(code)) resolve(output);
      else
        reject(
          new Error(`${path.basename(args[0] ?? command)} exited with ${code}:\n${output.slice(-4_000)}`),
        );
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Users of the product moving money through its HTTP API, as integrators do (an API key each). */
class Bank {
  private turn = 0;

  private constructor(
    private readonly base: string,
    private readonly customers: { key: string; wallets: string[] }[],
  ) {}

  static async open(base: string, users: number, walletsEach: number): Promise<Bank> {
    const customers: { key: string; wallets: string[] }[] = [];
    for (let i = 0; i < users; i++) {
      const key = await signUp(base);
      const wallets: string[] = [];
      for (let w = 0; w < walletsEach; w++) {
        const wallet = await send(base, key, 'POST', '/api/v1/wallets', { name: `drill ${i}.${w}` });
        wallets.push(String(wallet.id));
        await send(base, key, 'POST', `/api/v1/wallets/${wallet.id}/fund`, { amount: '1000.00' });
      }
      customers.push({ key, wallets });
    }
    return new Bank(base, customers);
  }

  /** `count` movements: each customer in turn funds a wallet or moves money between their wallets. */
  async moveMoney(count: number): Promise<void> {
    for (let i = 0; i < count; i++) {
      const customer = this.customers[this.turn++ % this.customers.length];
      if (!customer) throw new Error('no customers');
      // The first two wallets: a wallet opened later holds too little to send from.
      const [first = '', second = ''] = customer.wallets;
      const [from, to] = this.turn % 2 === 0 ? [first, second] : [second, first];
      const cents = String(100 + ((this.turn * 37) % 900)).padStart(3, '0');
      const amount = `${cents.slice(0, -2)}.${cents.slice(-2)}`;
      if (i % 3 === 0) {
        await send(this.base, customer.key, 'POST', `/api/v1/wallets/${to}/fund`, { amount });
      } else {
        await send(this.base, customer.key, 'POST', '/api/v1/wallets/transfer', {
          sourceWalletId: from,
          destinationWalletId: to,
          amount,
        });
      }
    }
  }

  /** A wallet opened (and funded) by the first customer. */
  async newWallet(): Promise<void> {
    const customer = this.customers[0];
    if (!customer) throw new Error('no customers');
    const wallet = await send(this.base, customer.key, 'POST', '/api/v1/wallets', { name: 'drill after T' });
    await send(this.base, customer.key, 'POST', `/api/v1/wallets/${wallet.id}/fund`, { amount: '5.00' });
    customer.wallets.push(String(wallet.id));
  }
}

/** Signs a new user up and gives back an API key with every scope. */
async function signUp(base: string): Promise<string> {
  const email = `drill-${randomBytes(6).toString('hex')}@example.com`;
  const res = await fetch(`${base}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: 'correct horse battery staple' }),
  });
  if (res.status !== 201) throw new Error(`signup answered ${res.status}: ${await res.text()}`);
  const cookies = res.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
  const csrf = cookies.find((cookie) => cookie?.startsWith('wallet_csrf='))?.slice('wallet_csrf='.length);
  if (!csrf) throw new Error('signup set no CSRF cookie');
  const created = await fetch(`${base}/api/v1/api-keys`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookies.join('; '), 'X-CSRF-Token': csrf },
    body: JSON.stringify({
      name: 'recovery drill',
      scopes: ['wallets:read', 'wallets:write', 'transfers:write'],
    }),
  });
  if (created.status !== 201)
    throw new Error(`key creation answered ${created.status}: ${await created.text()}`);
  return String(((await created.json()) as { key: string }).key);
}

/** One money-moving request with its own Idempotency-Key; anything but 201 stops the drill. */
async function send(
  base: string,
  key: string,
  method: string,
  route: string,
  body: unknown,
): Promise<Record<string, unknown>> {
  const res = await fetch(`${base}${route}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${key}`,
      'Idempotency-Key': randomUUID(),
    },
    body: JSON.stringify(body),
  });
  const answer = (await res.json()) as Record<string, unknown>;
  if (res.status !== 201)
    throw new Error(`${method} ${route} answered ${res.status}: ${JSON.stringify(answer)}`);
  return answer;
}
