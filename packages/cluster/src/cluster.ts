import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { nginxConfig, pgbouncerConfig, pgHba, primaryConfig } from './configs.js';
import { asSuperuser, findPostgresBin, isRoot, postgresIds, run, runAsPostgres } from './system.js';

/** The role the API nodes log in as (prisma/runtime-role.sql creates it). */
const RUNTIME_ROLE = 'wallet_runtime';

/** The workspace root, above this package (packages/cluster/dist). */
function repoRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
}

/** Where each part listens: all on 127.0.0.1, all derived from one base port. */
export interface ClusterPorts {
  /** nginx: the one address users and integrators use (API, docs, dashboard). */
  balancer: number;
  /** The API nodes, balancer + 1, + 2, ... */
  nodes: number[];
  /** Each node's Prometheus metrics, balancer + 21, + 22, ... */
  metrics: number[];
  pgbouncer: number;
  primary: number;
  replica: number;
}

export function clusterPorts(base: number, nodes: number): ClusterPorts {
  return {
    balancer: base,
    nodes: Array.from({ length: nodes }, (_, i) => base + 1 + i),
    metrics: Array.from({ length: nodes }, (_, i) => base + 21 + i),
    pgbouncer: base + 10,
    primary: base + 11,
    replica: base + 12,
  };
}

export interface ClusterOptions {
  /** Everything the cluster writes: data directories, configuration, logs, its state. */
  dir: string;
  basePort: number;
  nodes: number;
  /** The built API's entry (apps/api/dist/main.js). */
  apiEntry: string;
  /** More settings for every API node (rate limits, log level...). */
  env?: Record<string, string>;
  log?: (line: string) => void;
}

/** What `pnpm cluster` leaves in <dir>/cluster.json, so `pnpm cluster:down` and tests find every part. */
interface ClusterState {
  basePort: number;
  nodes: number;
  apiEntry: string;
  env: Record<string, string>;
  nodePids: (number | null)[];
  routed: number[];
}

const STATE_FILE = 'cluster.json';
/** The physical replication slot the replica streams from: the primary keeps its WAL while it is away. */
const SLOT = 'wallet_replica';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The product as a multi-node topology on one machine: nginx in front of N API nodes, PgBouncer
 * (transaction pooling) between the nodes and PostgreSQL, a PostgreSQL primary and a streaming replica
 * made with pg_basebackup. Money moves on the primary through PgBouncer; reads that may lag go to the
 * replica through PgBouncer; LISTEN, advisory locks and migrations go straight to the primary.
 */
export class Cluster {
  readonly ports: ClusterPorts;
  private readonly log: (line: string) => void;
  private readonly children = new Map<number, ChildProcess>();

  private constructor(
    readonly dir: string,
    private state: ClusterState,
    log?: (line: string) => void,
  ) {
    this.ports = clusterPorts(state.basePort, state.nodes);
    this.log = log ?? (() => {});
  }

  /** The balancer's URL: the API under /api/v1, its docs at /api/docs, the dashboard at /. */
  get url(): string {
    return `http://127.0.0.1:${this.ports.balancer}`;
  }

  /**
   * The URLs the API nodes are given. Two roles, as in production: `wallet` owns the database and its
   * schema (migrations only: `owner`); the nodes run as `wallet_runtime`, which owns nothing and holds
   * the grants of prisma/runtime-grants.sql (pooled, direct and replica).
   */
  get databaseUrls(): { pooled: string; direct: string; replica: string; owner: string } {
    return {
      pooled: `postgresql://${RUNTIME_ROLE}@127.0.0.1:${this.ports.pgbouncer}/wallet`,
      direct: `postgresql://${RUNTIME_ROLE}@127.0.0.1:${this.ports.primary}/wallet`,
      replica: `postgresql://${RUNTIME_ROLE}@127.0.0.1:${this.ports.pgbouncer}/wallet_replica`,
      owner: `postgresql://wallet@127.0.0.1:${this.ports.primary}/wallet`,
    };
  }

  nodeUrl(index: number): string {
    return `http://127.0.0.1:${this.ports.nodes[index]}`;
  }

  /** Brings every part up (or finds it up already): PostgreSQL first, the balancer last. */
  static async up(options: ClusterOptions): Promise<Cluster> {
    const dir = path.resolve(options.dir);
    mkdirSync(dir, { recursive: true });
    // PostgreSQL and PgBouncer run as the postgres user, which must be able to reach their directories.
    if (isRoot()) chmodSync(dir, 0o755);
    const state: ClusterState = {
      basePort: options.basePort,
      nodes: options.nodes,
      apiEntry: options.apiEntry,
      env: options.env ?? {},
      nodePids: Array.from({ length: options.nodes }, () => null),
      routed: Array.from({ length: options.nodes }, (_, i) => i),
    };
    const cluster = new Cluster(dir, state, options.log);
    try {
      await cluster.startPrimary();
      await cluster.startReplica();
      await cluster.startPgbouncer();
      await Promise.all(state.routed.map((i) => cluster.startNode(i)));
      await cluster.startBalancer();
    } catch (error) {
      // Whatever did start is stopped again: a failed `up` leaves nothing running.
      await cluster.down().catch(() => {});
      throw error;
    }
    return cluster;
  }

  /** The cluster a previous `up` left in `dir`, or null. */
  static attach(dir: string, log?: (line: string) => void): Cluster | null {
    const file = path.join(path.resolve(dir), STATE_FILE);
    if (!existsSync(file)) return null;
    return new Cluster(path.resolve(dir), JSON.parse(readFileSync(file, 'utf8')) as ClusterState, log);
  }

  /** Stops every part, the balancer first and PostgreSQL last; `purge` also deletes the data. */
  async down(options: { purge?: boolean } = {}): Promise<void> {
    await this.stopBalancer();
    await Promise.all(this.state.nodePids.map((_, i) => this.stopNode(i, 'SIGTERM')));
    await this.stopPgbouncer();
    await this.stopReplica();
    await this.pgCtl('primary', ['stop', '-m', 'fast']).catch(() => {});
    this.log('stopped');
    if (options.purge) await rm(this.dir, { recursive: true, force: true });
  }

  // --- PostgreSQL -----------------------------------------------------------------------------

  private pgDir(which: 'primary' | 'replica'): string {
    return path.join(this.dir, 'pg', which);
  }

  private async pgCtl(which: 'primary' | 'replica', args: string[]): Promise<void> {
    const bin = findPostgresBin();
    const log = path.join(this.dir, 'pg', `${which}.log`);
    try {
      await runAsPostgres(path.join(bin, 'pg_ctl'), [
        '-D',
        this.pgDir(which),
        '-l',
        log,
        '-w',
        '-t',
        '60',
        ...args,
      ]);
    } catch (error) {
      // pg_ctl only says "Examine the log output": the server's own last words say why.
      const tail = existsSync(log) ? readFileSync(log, 'utf8').split('\n').slice(-15).join('\n') : '(no log)';
      throw new Error(`${(error as Error).message}\n${which}.log ends:\n${tail}`);
    }
  }

  private async startPrimary(): Promise<void> {
    const bin = findPostgresBin();
    const data = this.pgDir('primary');
    this.ownedByPostgres(path.join(this.dir, 'pg'));
    if (!existsSync(path.join(data, 'PG_VERSION'))) {
      this.log(`initdb: the primary in ${data}`);
      await runAsPostgres(path.join(bin, 'initdb'), [
        '-D',
        data,
        '-U',
        'postgres',
        '--auth=trust',
        '--encoding=UTF8',
        '--locale=C.UTF-8',
      ]);
      writeFileSync(path.join(data, 'pg_hba.conf'), pgHba());
    }
    // Rewritten at every start, so a new base port takes effect.
    writeFileSync(
      path.join(data, 'postgresql.auto.conf'),
      primaryConfig(this.ports.primary, path.join(this.dir, 'pg')),
    );
    if (!(await this.answers(this.ports.primary))) await this.pgCtl('primary', ['start']);
    this.log(`PostgreSQL primary on 127.0.0.1:${this.ports.primary}`);
    await this.asAdmin(async (admin) => {
      const role = await admin.query("SELECT 1 FROM pg_roles WHERE rolname = 'wallet'");
      if (role.rowCount === 0) await admin.query('CREATE ROLE wallet LOGIN');
      // Through PgBouncer the API sends no startup options (DB_STARTUP_OPTIONS=off): the role's defaults
      // bound every statement and lock wait instead (the API's own defaults).
      await admin.query("ALTER ROLE wallet SET statement_timeout = '10s'");
      await admin.query("ALTER ROLE wallet SET lock_timeout = '5s'");
      const database = await admin.query("SELECT 1 FROM pg_database WHERE datname = 'wallet'");
      if (database.rowCount === 0) await admin.query('CREATE DATABASE wallet OWNER wallet');
      const slot = await admin.query('SELECT 1 FROM pg_replication_slots WHERE slot_name = $1', [SLOT]);
      if (slot.rowCount === 0) await admin.query('SELECT pg_create_physical_replication_slot($1)', [SLOT]);
      const runtime = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [RUNTIME_ROLE]);
      if (runtime.rowCount === 0) await this.createRuntimeRole();
    });
  }

  /**
   * The runtime role, made the way docs/operations.md tells an operator to: psql runs
   * prisma/runtime-role.sql in the wallet database. Loopback trusts every role here, so its password is
   * never asked for; a throwaway one is set all the same.
   */
  private async createRuntimeRole(): Promise<void> {
    const file = path.join(repoRoot(), 'prisma', 'runtime-role.sql');
    this.log(`creating the runtime role ${RUNTIME_ROLE} (${path.relative(process.cwd(), file)})`);
    await run(path.join(findPostgresBin(), 'psql'), [
      '-X',
      '-q',
      `postgresql://postgres@127.0.0.1:${this.ports.primary}/wallet`,
      '-v',
      `runtime_password=${randomUUID()}`,
      '-f',
      file,
    ]);
  }

  private async startReplicaServer(): Promise<void> {
    const bin = findPostgresBin();
    const data = this.pgDir('replica');
    if (!existsSync(path.join(data, 'PG_VERSION'))) {
      this.log(`pg_basebackup: the replica in ${data}, streaming from slot ${SLOT}`);
      // -R writes standby.signal and primary_conninfo; -X stream copies the WAL written meanwhile.
      await runAsPostgres(path.join(bin, 'pg_basebackup'), [
        '-d',
        `host=127.0.0.1 port=${this.ports.primary} user=postgres application_name=wallet_replica`,
        '-D',
        data,
        '-R',
        // A fast checkpoint: the default spreads it over minutes.
        '--checkpoint=fast',
        '-X',
        'stream',
        '-S',
        SLOT,
      ]);
    }
    // The replica's own settings go after what -R wrote (primary_conninfo), so the port is its own.
    const auto = path.join(data, 'postgresql.auto.conf');
    const conninfo = readFileSync(auto, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('primary_conninfo'));
    writeFileSync(
      auto,
      [
        primaryConfig(this.ports.replica, path.join(this.dir, 'pg')),
        ...conninfo.map((line) => line.replace(/port=\d+/, `port=${this.ports.primary}`)),
        `primary_slot_name = '${SLOT}'`,
        // Long reads on the replica (a statement) are not cancelled by the primary's vacuum.
        'hot_standby_feedback = on',
        '',
      ].join('\n'),
    );
    if (!(await this.answers(this.ports.replica))) await this.pgCtl('replica', ['start']);
  }

  /** Starts the replica (making it with pg_basebackup the first time) and waits until it streams. */
  async startReplica(): Promise<void> {
    await this.startReplicaServer();
    await this.asAdmin(async (admin) => {
      for (let i = 0; i < 300; i++) {
        const { rows } = await admin.query(
          "SELECT state FROM pg_stat_replication WHERE application_name = 'wallet_replica'",
        );
        if (rows[0]?.state === 'streaming') break;
        await sleep(100);
      }
    });
    this.log(`PostgreSQL replica on 127.0.0.1:${this.ports.replica}, streaming`);
  }

  /** Stops the replica (fast shutdown); the primary keeps the WAL it will need in the slot. */
  async stopReplica(): Promise<void> {
    if (!existsSync(path.join(this.pgDir('replica'), 'postmaster.pid'))) return;
    await this.pgCtl('replica', ['stop', '-m', 'fast']);
  }

  /** The replica's replay lag as the primary sees it (pg_stat_replication), in ms and bytes. */
  async replicationLag(): Promise<{ state: string; replayLagMs: number | null; bytes: number } | null> {
    return this.asAdmin(async (admin) => {
      const { rows } = await admin.query(
        `SELECT state, (EXTRACT(EPOCH FROM replay_lag) * 1000)::float8 AS lag_ms,
                pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::float8 AS bytes
           FROM pg_stat_replication WHERE application_name = 'wallet_replica'`,
      );
      const row = rows[0];
      return row ? { state: row.state, replayLagMs: row.lag_ms, bytes: row.bytes } : null;
    });
  }

  /** Runs `work` as the postgres superuser on a server of the cluster (the primary by default). */
  private async asAdmin<T>(work: (client: pg.Client) => Promise<T>, port = this.ports.primary): Promise<T> {
    return asSuperuser(port, 'postgres', work);
  }

  private async answers(port: number): Promise<boolean> {
    return this.asAdmin(async () => true, port).catch(() => false);
  }

  /** What runs: each part, each node's readiness and the replica's lag. */
  async status(): Promise<Record<string, unknown>> {
    const nodes = await Promise.all(
      this.ports.nodes.map(async (_, i) => {
        const pid = this.state.nodePids[i] ?? null;
        const ready = await fetch(`${this.nodeUrl(i)}/api/health/ready`)
          .then((res) => res.json() as Promise<unknown>)
          .catch(() => null);
        return { node: i + 1, url: this.nodeUrl(i), pid: pidAlive(pid) ? pid : null, ready };
      }),
    );
    return {
      balancer: {
        url: this.url,
        running: pidAlive(readPid(path.join(this.dir, 'nginx', 'nginx.pid'))),
        routedTo: this.state.routed.map((i) => i + 1),
      },
      nodes,
      pgbouncer: { running: pidAlive(readPid(path.join(this.dir, 'pgbouncer', 'pgbouncer.pid'))) },
      primary: { answers: await this.answers(this.ports.primary) },
      replica: {
        answers: await this.answers(this.ports.replica),
        replication: await this.replicationLag().catch(() => null),
      },
    };
  }

  // --- PgBouncer ------------------------------------------------------------------------------

  private async startPgbouncer(): Promise<void> {
    const dir = path.join(this.dir, 'pgbouncer');
    this.ownedByPostgres(dir);
    writeFileSync(path.join(dir, 'userlist.txt'), `"wallet" ""\n"${RUNTIME_ROLE}" ""\n"postgres" ""\n`);
    writeFileSync(path.join(dir, 'pgbouncer.ini'), pgbouncerConfig(this.ports, dir));
    this.ownedByPostgres(dir);
    if (!pidAlive(readPid(path.join(dir, 'pgbouncer.pid')))) {
      await runAsPostgres('/usr/sbin/pgbouncer', ['-d', path.join(dir, 'pgbouncer.ini')]);
    }
    this.log(`PgBouncer (transaction pooling) on 127.0.0.1:${this.ports.pgbouncer}`);
  }

  private async stopPgbouncer(): Promise<void> {
    await stopPid(readPid(path.join(this.dir, 'pgbouncer', 'pgbouncer.pid')), 'SIGINT');
  }

  // --- API nodes -------------------------------------------------------------------------------

  /** Starts API node `index` (0-based) and waits until it is ready. */
  async startNode(index: number): Promise<void> {
    if (pidAlive(this.state.nodePids[index] ?? null)) return;
    const logs = path.join(this.dir, 'nodes');
    mkdirSync(logs, { recursive: true });
    const out = openSync(path.join(logs, `node-${index + 1}.log`), 'a');
    const urls = this.databaseUrls;
    const child = spawn(process.execPath, [this.state.apiEntry], {
      detached: true,
      stdio: ['ignore', out, out],
      env: {
        ...process.env,
        ...this.state.env,
        PORT: String(this.ports.nodes[index]),
        HOST: '127.0.0.1',
        WEB_CONCURRENCY: '1',
        DATABASE_URL: urls.pooled,
        DATABASE_URL_UNPOOLED: urls.direct,
        DATABASE_OWNER_URL: urls.owner,
        DATABASE_REPLICA_URL: urls.replica,
        DB_STARTUP_OPTIONS: 'off',
        METRICS_PORT: String(this.ports.metrics[index]),
        // nginx is the client's peer: the address it saw comes in X-Forwarded-For.
        TRUST_PROXY: 'loopback',
      },
    });
    closeSync(out);
    child.unref();
    this.children.set(index, child);
    this.state.nodePids[index] = child.pid ?? null;
    this.save();
    await this.waitReady(index, child);
    this.log(`API node ${index + 1} on ${this.nodeUrl(index)} (metrics on :${this.ports.metrics[index]})`);
  }

  /** Stops API node `index`: SIGTERM drains it (answers in flight finish), SIGKILL is a crash. */
  async stopNode(index: number, signal: NodeJS.Signals): Promise<void> {
    const pid = this.state.nodePids[index] ?? null;
    await stopPid(pid, signal);
    this.children.delete(index);
    this.state.nodePids[index] = null;
    this.save();
  }

  private async waitReady(index: number, child: ChildProcess): Promise<void> {
    const until = Date.now() + 120_000;
    while (Date.now() < until) {
      if (child.exitCode !== null) break;
      try {
        if ((await fetch(`${this.nodeUrl(index)}/api/health/ready`)).ok) return;
      } catch {}
      await sleep(200);
    }
    const log = readFileSync(path.join(this.dir, 'nodes', `node-${index + 1}.log`), 'utf8').slice(-4_000);
    throw new Error(`API node ${index + 1} did not become ready:\n${log}`);
  }

  // --- nginx ------------------------------------------------------------------------------------

  private nginxArgs(): string[] {
    const dir = path.join(this.dir, 'nginx');
    return ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log')];
  }

  private writeNginxConfig(): void {
    const dir = path.join(this.dir, 'nginx');
    mkdirSync(dir, { recursive: true });
    const upstreams = this.state.routed.map((i) => this.ports.nodes[i] as number);
    writeFileSync(path.join(dir, 'nginx.conf'), nginxConfig(this.ports.balancer, upstreams, dir));
  }

  private async startBalancer(): Promise<void> {
    this.writeNginxConfig();
    const pid = readPid(path.join(this.dir, 'nginx', 'nginx.pid'));
    if (pidAlive(pid)) await run('/usr/sbin/nginx', [...this.nginxArgs(), '-s', 'reload']);
    else await run('/usr/sbin/nginx', this.nginxArgs());
    this.log(`nginx on ${this.url}, in front of ${this.state.routed.length} API nodes`);
  }

  private async stopBalancer(): Promise<void> {
    await stopPid(readPid(path.join(this.dir, 'nginx', 'nginx.pid')), 'SIGQUIT');
  }

  /**
   * Sends new requests to these nodes only (0-based), by rewriting the upstream and reloading nginx
   * (gracefully: requests in flight finish on the old workers).
   */
  async route(nodes: number[]): Promise<void> {
    this.state.routed = nodes;
    this.save();
    await this.startBalancer();
    // A reload takes effect as nginx's new workers take over.
    await sleep(500);
  }

  // --- state ------------------------------------------------------------------------------------

  private save(): void {
    writeFileSync(path.join(this.dir, STATE_FILE), `${JSON.stringify(this.state, null, 2)}\n`);
  }

  private ownedByPostgres(dir: string): void {
    mkdirSync(dir, { recursive: true });
    if (!isRoot()) return;
    const { uid, gid } = postgresIds();
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
}

function readPid(file: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8').trim().split('\n')[0] ?? '', 10);
    return Number.isFinite(pid) ? pid : null;
  } catch {
    return null;
  }
}

function pidAlive(pid: number | null): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Signals `pid` and waits for it to be gone (SIGKILL after 20 s). */
async function stopPid(pid: number | null, signal: NodeJS.Signals): Promise<void> {
  if (!pidAlive(pid)) return;
  process.kill(pid as number, signal);
  const until = Date.now() + 20_000;
  while (pidAlive(pid) && Date.now() < until) await sleep(50);
  if (pidAlive(pid)) process.kill(pid as number, 'SIGKILL');
  while (pidAlive(pid)) await sleep(50);
}
