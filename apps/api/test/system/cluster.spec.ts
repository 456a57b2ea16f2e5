import { randomUUID } from 'node:crypto';
import { chmodSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Cluster, ensurePrograms } from '@wallet/cluster';
import { freePort } from '@wallet/postgres';
import pg from 'pg';
import { BankWorkload, type Caller, sendTo } from '../support/bank-workload';
import { createUser, type TestUser } from '../support/users';

/**
 * `pnpm test:cluster`: the topology `pnpm cluster` starts (nginx, three API nodes, PgBouncer in
 * transaction mode, a PostgreSQL primary and a streaming replica, all from Debian's packages) under the
 * bank workload through the load balancer. First the throughput with one node behind nginx and with
 * three; then, under load, a node is killed and started again, the replica is stopped and started, and
 * another node is drained (SIGTERM) and started. Every client reads its wallet's history right after each
 * acknowledged movement and must find it there (read-your-own-writes, whichever database served it).
 * Two more users only read their (known) history all along. Afterwards: the books balance, every
 * acknowledged request took effect once, no answer was a 500, every read was complete, and reads went to
 * the primary while the replica was away and to the replica otherwise.
 */
const CLIENTS = 16;
const USERS = 12;
const MEASURE_MS = 10_000;
const CHAOS_MS = 40_000;
const SETTLE_MS = 60_000;
const REQUEST_TIMEOUT_MS = 15_000;
const ENTRY = path.join(__dirname, '..', '..', 'dist', 'main.js');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether nothing listens on `port` of the loopback address (it can be bound). */
function canBind(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * A base port whose `size` ports are all free: the cluster takes base .. base+size-1, and a part of it
 * that finds its port taken (another PostgreSQL, say) would be mistaken for the cluster's own.
 */
async function freePortRange(size: number): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + ((await freePort()) % 400) * 100;
    const ports = Array.from({ length: size }, (_, i) => base + i);
    if ((await Promise.all(ports.map(canBind))).every(Boolean)) return base;
  }
  throw new Error(`no ${size} free ports in a row found for the cluster`);
}

describe('cluster', () => {
  let cluster: Cluster;
  let workload: BankWorkload;
  const lines: string[] = [];
  const readers: { user: TestUser; walletId: string }[] = [];
  const readerAnswers: Record<number, number> = {};
  const readerViolations: string[] = [];

  const call: Caller = (...request) => sendTo(cluster.url, REQUEST_TIMEOUT_MS, ...request);

  beforeAll(async () => {
    ensurePrograms();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'wallet-cluster-'));
    // The postgres user runs PostgreSQL and PgBouncer in here.
    chmodSync(dir, 0o755);
    const base = await freePortRange(24);
    cluster = await Cluster.up({
      dir,
      basePort: base,
      nodes: 3,
      apiEntry: ENTRY,
      env: {
        LOG_LEVEL: 'warn',
        RATE_LIMIT_PER_MINUTE: '1000000',
        AUTH_RATE_LIMIT_PER_ADDRESS: '1000000',
        AUTH_RATE_LIMIT_PER_EMAIL: '1000000',
        ANONYMOUS_RATE_LIMIT_PER_ADDRESS: '1000000',
        LEDGER_CHECK_INTERVAL_SECONDS: '5',
        DB_POOL_SIZE: '8',
      },
    });
    const users = [];
    for (let i = 0; i < USERS; i++) users.push(await createUser(cluster.url));
    workload = await BankWorkload.setUp(call, users, { readBack: true });
    // Readers: people who only look at their history while the others move money. Their reads may go
    // to the replica (they wrote nothing lately); their history is known: three fundings each.
    for (let i = 0; i < 2; i++) {
      const user = await createUser(cluster.url);
      const wallet = await call(user, 'POST', '/api/v1/wallets', {}, randomUUID());
      for (let n = 1; n <= 3; n++) {
        await call(user, 'POST', `/api/v1/wallets/${wallet.body.id}/fund`, { amount: n }, randomUUID());
      }
      readers.push({ user, walletId: String(wallet.body.id) });
    }
  }, 300_000);

  /** The readers' loop: each read must answer 200 with the three fundings (502/503: tried again). */
  async function read(running: () => boolean): Promise<void> {
    await Promise.all(
      readers.map(async ({ user, walletId }) => {
        while (running()) {
          const res = await call(user, 'GET', `/api/v1/wallets/${walletId}/transactions`).catch(() => null);
          const status = res?.status ?? 0;
          readerAnswers[status] = (readerAnswers[status] ?? 0) + 1;
          const rows = (res?.body.data ?? []) as unknown[];
          if (status === 200 && rows.length !== 3) {
            readerViolations.push(`a reader's history had ${rows.length} rows, not 3`);
          }
          if (status !== 200 && status !== 502 && status !== 503 && status !== 0) {
            readerViolations.push(`a reader's history read answered ${status}`);
          }
          await sleep(20);
        }
      }),
    );
  }

  afterAll(async () => {
    if (lines.length > 0) console.log(['', ...lines].join('\n'));
    // What the nodes logged at error level, for a failure's report (the data goes with the purge).
    if (cluster) {
      const logs = path.join(cluster.dir, 'nodes');
      const errors = readdirSync(logs).flatMap((file) =>
        readFileSync(path.join(logs, file), 'utf8')
          .split('\n')
          .filter((line) => line.includes('"level":50'))
          .map((line) => `${file}: ${line.slice(0, 1_500)}`),
      );
      if (errors.length > 0) console.log(['the nodes logged errors:', ...errors.slice(-10)].join('\n'));
    }
    await cluster?.down({ purge: true });
  }, 120_000);

  /** Where reads went, across the nodes, from their metrics. */
  async function reads(): Promise<{ replica: number; primary: number }> {
    const total = { replica: 0, primary: 0 };
    for (const port of cluster.ports.metrics) {
      const text = await fetch(`http://127.0.0.1:${port}/metrics`)
        .then((res) => res.text())
        .catch(() => '');
      for (const target of ['replica', 'primary'] as const) {
        const match = new RegExp(`^wallet_reads_total\\{target="${target}"\\} (\\d+)`, 'm').exec(text);
        total[target] += Number(match?.[1] ?? 0);
      }
    }
    return total;
  }

  async function replicaState(node: number): Promise<string | undefined> {
    const res = await fetch(`${cluster.nodeUrl(node)}/api/health/ready`);
    const body = (await res.json()) as { status: string; replica?: { state: string } };
    expect(body.status).toBe('ok');
    return body.replica?.state;
  }

  it('prints the throughput through nginx with one node and with three', async () => {
    const measure = async (nodes: number[]) => {
      await cluster.route(nodes);
      const before = workload.figures.operations;
      const started = Date.now();
      let running = true;
      const done = workload.run(
        CLIENTS,
        () => running,
        () => Date.now() + SETTLE_MS,
      );
      await sleep(MEASURE_MS);
      running = false;
      await done;
      return ((workload.figures.operations - before) * 1000) / (Date.now() - started);
    };
    const one = await measure([0]);
    const three = await measure([0, 1, 2]);
    lines.push(
      `cluster throughput on this machine (${os.availableParallelism()} cores; every part shares them), ${CLIENTS} clients, each movement followed by a history read:`,
      `  1 API node behind nginx:  ${one.toFixed(0)} movements/s`,
      `  3 API nodes behind nginx: ${three.toFixed(0)} movements/s`,
    );
    expect(workload.figures.violations).toEqual([]);
    expect(one).toBeGreaterThan(0);
    expect(three).toBeGreaterThan(0);
  }, 120_000);

  it('keeps every promise of the ledger while a node dies, the replica goes away and a node drains', async () => {
    const events: string[] = [];
    const started = Date.now();
    const note = (event: string) => events.push(`${((Date.now() - started) / 1000).toFixed(1)}s ${event}`);
    const at = (fraction: number) => sleep(Math.max(0, started + CHAOS_MS * fraction - Date.now()));
    // Where reads went, from the nodes' counters, over windows in which no node restarts (a restart
    // starts its counters again).
    let whileAway = { replica: 0, primary: 0 };

    let running = true;
    const clients = workload.run(
      CLIENTS,
      () => running,
      () => Date.now() + CHAOS_MS + SETTLE_MS,
    );
    const reading = read(() => running);
    const chaos = (async () => {
      await at(0.1);
      note('SIGKILL API node 2');
      await cluster.stopNode(1, 'SIGKILL');
      await sleep(1_000);
      await cluster.startNode(1);
      note('API node 2 started again');

      await at(0.35);
      note('replica stopped (fast shutdown)');
      await cluster.stopReplica();
      const awayFrom = await reads();
      // Every node notices within its probe's staleness bound and says so; it stays ready.
      for (let node = 0; node < 3; node++) {
        for (let i = 0; i < 50 && (await replicaState(node)) !== 'unavailable'; i++) await sleep(100);
        expect(await replicaState(node)).toBe('unavailable');
      }
      await at(0.6);
      const awayTo = await reads();
      whileAway = { replica: awayTo.replica - awayFrom.replica, primary: awayTo.primary - awayFrom.primary };
      await cluster.startReplica();
      note('replica started again, streaming');

      await at(0.75);
      note('SIGTERM API node 3 (drain)');
      await cluster.stopNode(2, 'SIGTERM');
      await cluster.startNode(2);
      note('API node 3 started again');
      await at(1);
    })();
    await chaos;
    running = false;
    await Promise.all([clients, reading]);

    // The replica is back: reads go there again.
    for (let i = 0; i < 50 && (await replicaState(0)) !== 'ok'; i++) await sleep(100);
    expect(await replicaState(0)).toBe('ok');
    const lag = await cluster.replicationLag();
    // The readers alone for two seconds, with the replica back and no node restarting: the replica
    // serves them.
    const tailFrom = await reads();
    let tail = true;
    const tailReading = read(() => tail);
    await sleep(2_000);
    tail = false;
    await tailReading;
    const tailTo = await reads();

    // The check reads as the owner, the test's own instrument (the nodes ran as the runtime role).
    const db = new pg.Client({ connectionString: cluster.databaseUrls.owner });
    await db.connect();
    try {
      // The nodes run as the runtime role: their sessions on the primary (LISTEN, the queue's pool,
      // PgBouncer's server connections) all log in as it, none as the owner.
      // (Read as the superuser: other roles' sessions are hidden from the owner.)
      const admin = new pg.Client({
        connectionString: `postgresql://postgres@127.0.0.1:${cluster.ports.primary}/postgres`,
      });
      await admin.connect();
      const sessions = await admin
        .query(
          `SELECT DISTINCT usename FROM pg_stat_activity
           WHERE datname = 'wallet' AND backend_type = 'client backend' AND usename <> 'wallet'`,
        )
        .finally(() => admin.end());
      expect(sessions.rows.map((row) => row.usename)).toEqual(['wallet_runtime']);
      // The owner's only session is this test's own.
      const owners = await db.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE usename = 'wallet' AND pid <> pg_backend_pid()",
      );
      expect(owners.rows[0].n).toBe(0);
      const ledger = await workload.check(db);
      lines.push(
        `cluster chaos: 3 API nodes behind nginx, PgBouncer, a primary and a streaming replica, ${CLIENTS} clients, ${((Date.now() - started) / 1000).toFixed(1)} s`,
        ...events.map((event) => `  ${event}`),
        ...workload.summary(),
        ledger,
        `reads while the replica was away: replica ${whileAway.replica}, primary ${whileAway.primary}; the readers alone afterwards, with it back: replica ${tailTo.replica - tailFrom.replica}, primary ${tailTo.primary - tailFrom.primary}`,
        `readers' history reads by status: ${JSON.stringify(readerAnswers)}`,
        `replication at the end: ${JSON.stringify(lag)}`,
      );
    } finally {
      await db.end();
    }
    const figures = workload.figures;
    expect(figures.answers['500'] ?? 0).toBe(0);
    expect(figures.violations).toEqual([]);
    expect(readerViolations).toEqual([]);
    expect(readerAnswers[200]).toBeGreaterThan(0);
    expect(figures.acknowledged).toBeGreaterThan(100);
    expect(whileAway.primary).toBeGreaterThan(0);
    expect(whileAway.replica).toBe(0);
    expect(tailTo.replica - tailFrom.replica).toBeGreaterThan(0);
    expect(lag?.state).toBe('streaming');
  }, 300_000);
});
