// The speed ladder: the same transfer on the same database in one run, each rung adding one layer, each
// compared with pgbench's figure from the same run. `pnpm bench:ladder` runs rungs a-g; `pnpm bench`
// runs g, the product as shipped. Rungs a-f are one server process each (no node:cluster); g is the
// product's primary and its workers. Nothing here passes or fails on speed.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, migrate } from '@wallet/postgres';
import pg from 'pg';
import { onCleanup } from './cleanup.mjs';
import { startDatabase } from './database.mjs';
import { runLoad, TRANSFER_PATH } from './load.mjs';
import { PGBENCH_METHOD, runPgbench } from './pgbench.mjs';
import { cpuMs, sampleRss, startServer } from './proc.mjs';
import { printTable } from './table.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const env = process.env;

export const RUNGS = {
  a: 'node:http + pg.Pool: the transfer as one SQL statement (autocommit)',
  b: '+ Express: express.json() body parsing, one route',
  c: '+ Nest routing and a controller (Nest body parser), calling pg',
  d: '+ Prisma: the same statement in an interactive transaction ($transaction + $queryRawUnsafe)',
  e: "+ the product's authentication (API key), rate limit and validation (its modules, guards, pipe, body middleware)",
  f: "+ idempotency, the ledger's rules and the outbox: the product's WalletsController transfer",
  g: 'the product as shipped: dist/main.js (node:cluster), NODE_ENV=production, LOG_LEVEL=info to /dev/null',
};

/** The knobs, read once: see docs/performance.md. */
export function knobs({ rungs } = {}) {
  const connections = Number(env.BENCH_CONNECTIONS ?? 32);
  const duration = Number(env.BENCH_DURATION ?? 20);
  return {
    rungs: rungs ?? (env.BENCH_RUNGS ?? 'a,b,c,d,e,f,g').split(',').map((r) => r.trim()),
    workloads: (env.BENCH_WORKLOADS ?? 'uniform,hot').split(',').map((w) => w.trim()),
    duration,
    // A fresh server runs its first seconds unoptimised (JIT) and fills its pools: not what is measured.
    warmup: Number(env.BENCH_WARMUP ?? Math.min(3, Math.ceil(duration / 5))),
    connections,
    wallets: Number(env.BENCH_WALLETS ?? 1000),
    ledgerRows: Number(env.BENCH_LEDGER_ROWS ?? 0),
    // A free port unless given: another benchmark may be running on the machine.
    port: env.BENCH_PORT ? Number(env.BENCH_PORT) : undefined,
    sql: env.BENCH_SQL !== '0',
    nodeArgs: (env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean),
    apiEntry: env.BENCH_API_ENTRY ?? path.join(here, '..', '..', 'dist', 'main.js'),
  };
}

/** Runs the given rungs on every workload and prints the table. */
export async function runLadder(options) {
  for (const rung of options.rungs) if (!RUNGS[rung]) throw new Error(`no rung "${rung}" (a-g)`);
  options = { ...options, port: options.port ?? (await freePort()) };
  const work = await mkdtemp(path.join(os.tmpdir(), 'wallet-bench-'));
  onCleanup(
    () => rmSync(work, { recursive: true, force: true }),
    () => rmSync(work, { recursive: true, force: true }),
  );
  const database = await startDatabase();
  console.log(`database: ${database.description}`);
  await migrate(database.url);
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  onCleanup(() => db.end());
  const { key, ids } = await setUp(db, options.wallets);
  if (options.ledgerRows > 0) await growLedger(db, ids, options.ledgerRows);

  const sql = new Map();
  for (const workload of options.workloads) {
    if (!options.sql) continue;
    await db.query('CHECKPOINT');
    sql.set(workload, await runPgbench(database.url, workload, { ...options, work }));
    console.log(`pgbench, ${workload}: ${sql.get(workload).perSecond.toFixed(0)} transactions/s`);
  }

  const rows = [];
  for (const rung of options.rungs) {
    const server = await startRung(rung, database.url, options);
    const base = `http://127.0.0.1:${options.port}`;
    try {
      await probe(rung, base, key, ids);
      if (options.warmup > 0) {
        await runLoad({ base, key, ids, workload: 'uniform', ...options, duration: options.warmup, work });
      }
      for (const workload of options.workloads) {
        await db.query('VACUUM ANALYZE wallets');
        await db.query('CHECKPOINT');
        const rss = sampleRss(server.child.pid);
        const cpuBefore = cpuMs(server.child.pid);
        const load = await runLoad({ base, key, ids, workload, ...options, work });
        const cpu = cpuMs(server.child.pid) - cpuBefore;
        const row = {
          workload,
          rung,
          load,
          cpuMsPerTransfer: load.requests > 0 ? cpu / load.requests : Number.NaN,
          rssMb: rss.stop(),
          sql: sql.get(workload),
        };
        rows.push(row);
        console.log(
          `rung ${rung}, ${workload}: ${load.perSecond.toFixed(0)} transfers/s, ${row.cpuMsPerTransfer.toFixed(2)} CPU ms each`,
        );
      }
    } finally {
      await server.stop();
    }
  }
  const { rows: totals } = await db.query(
    `SELECT sum(balance_minor)::text AS total, count(*)::int AS wallets FROM wallets WHERE name LIKE 'bench %'`,
  );
  if (totals[0].total !== String(100_000_000n * BigInt(ids.length))) {
    throw new Error(`the wallets hold ${totals[0].total} minor units in all, not what they were funded with`);
  }
  printReport(options, database, rows);
  console.log(
    `\nmoney conserved: the ${totals[0].wallets} wallets still hold ${totals[0].total} minor units in all`,
  );
}

/**
 * Makes sure a rung does what it claims before it is measured: a transfer answers 201 with both
 * balances, and from rung e on, a request without credentials answers 401.
 */
async function probe(rung, base, key, ids) {
  const send = (headers) =>
    fetch(`${base}${TRANSFER_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID(), ...headers },
      body: JSON.stringify({ sourceWalletId: ids[0], destinationWalletId: ids[1], amount: '0.01' }),
    });
  const done = await send({ authorization: `Bearer ${key}` });
  const body = await done.text();
  if (done.status !== 201 || !/"(balanceMinor|sourceBalanceMinor|balance)"/.test(body)) {
    throw new Error(`rung ${rung}: a transfer answered ${done.status} ${body}`);
  }
  if (rung >= 'e') {
    const refused = await send({});
    if (refused.status !== 401) throw new Error(`rung ${rung}: no credentials answered ${refused.status}`);
  }
}

/** How many workers the product runs here by default (its own rule, from the build being measured). */
function productWorkers(apiEntry, databaseUrl) {
  try {
    const { loadConfig } = createRequire(import.meta.url)(
      path.join(path.dirname(apiEntry), 'config', 'config.js'),
    );
    return loadConfig({ DATABASE_URL: databaseUrl }).webConcurrency;
  } catch {
    return '?';
  }
}

function printReport(options, database, rows) {
  const workers =
    env.WEB_CONCURRENCY ?? `${productWorkers(options.apiEntry, database.url)} (the product's default)`;
  console.log(
    `\n${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}; ` +
      `${options.wallets} wallets, ${options.connections} connections, ${options.duration} s per run ` +
      `(after ${options.warmup} s of uniform load on each fresh server, not counted), ` +
      `ledger grown by ${options.ledgerRows} rows\n` +
      `database: ${database.description}\n` +
      `load: wrk -t2 -c${options.connections} -d${options.duration}s --latency --timeout 30s, a fresh Idempotency-Key per request, amounts 0.01-0.99\n` +
      `baseline: ${PGBENCH_METHOD.replace('<connections>', String(options.connections)).replace('<duration>', String(options.duration))}\n` +
      `CPU ms/transfer: user + system time of the server process and its children over the run / transfers answered; ` +
      `+CPU ms: over the row above (the rung below it when every rung runs)\n`,
  );
  for (const rung of options.rungs) {
    const process =
      rung === 'g'
        ? `the primary + WEB_CONCURRENCY=${workers} workers`
        : `ONE process, no node:cluster, pg pool of ${env.DB_POOL_SIZE ?? 10}`;
    console.log(`  ${rung}: ${RUNGS[rung]} [${process}]`);
  }
  console.log('');
  printTable(rows);
}

/**
 * One user with an all-scopes API key (the rows the product's api-keys code writes: prefix, sha256 of
 * the secret) and `count` USD wallets, funded in SQL with the ledger rows that say so.
 */
async function setUp(db, count) {
  const key = `wk_${randomBytes(32).toString('base64url')}`;
  const {
    rows: [user],
  } = await db.query(
    `INSERT INTO users (email, password_hash) VALUES ($1, '(no password: a benchmark user)') RETURNING id`,
    [`bench-${randomUUID().slice(0, 8)}@example.com`],
  );
  await db.query(
    `INSERT INTO api_keys (user_id, name, prefix, secret_hash, scopes, api_version)
     VALUES ($1, 'bench', $2, $3, ARRAY['wallets:read', 'wallets:write', 'transfers:write'], '2026-12-08')`,
    [user.id, key.slice(0, 10), createHash('sha256').update(key).digest('hex')],
  );
  const { rows } = await db.query(
    `WITH w AS (
       INSERT INTO wallets (owner_id, name, currency, balance_minor)
       SELECT $1, 'bench ' || n, 'USD', $2 FROM generate_series(1, $3) AS n RETURNING id, balance_minor
     ), f AS (
       INSERT INTO transactions (wallet_id, type, status, amount_minor, currency, balance_before_minor, balance_after_minor)
       SELECT id, 'FUND', 'SUCCESS', balance_minor, 'USD', 0, balance_minor FROM w
     ) SELECT id FROM w ORDER BY id`,
    [user.id, '100000000', count],
  );
  await db.query('ANALYZE');
  return { key, ids: rows.map((r) => r.id) };
}

/** Declined attempts spread over the wallets: they move nothing, so every balance stays right. */
async function growLedger(db, ids, total) {
  const started = Date.now();
  for (let done = 0; done < total; done += 100_000) {
    await db.query(
      `INSERT INTO transactions (wallet_id, type, status, amount_minor, currency, balance_before_minor, balance_after_minor, failure_code)
       SELECT w.id, 'FUND', 'FAILED', 1, 'USD', w.balance_minor, w.balance_minor, 'BENCH_HISTORY'
       FROM generate_series(1, $1) AS g JOIN wallets w ON w.id = ($2::uuid[])[1 + g % $3]`,
      [Math.min(100_000, total - done), ids, ids.length],
    );
  }
  await db.query('VACUUM ANALYZE transactions');
  console.log(`grew the ledger by ${total} rows in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** Starts a rung's server and waits until it answers; { child, stop }. */
async function startRung(rung, databaseUrl, options) {
  const shared = {
    ...env,
    DATABASE_URL: databaseUrl,
    PORT: String(options.port),
    NODE_ENV: 'production',
    METRICS_PORT: '0',
    // The benchmark measures the money path, not the per-user request limit (which still runs).
    RATE_LIMIT_PER_MINUTE: '1000000',
    ANONYMOUS_RATE_LIMIT_PER_ADDRESS: '1000000',
    // Production with a DATABASE_URL needs a key for the secrets it stores: one for this run only.
    SECRETS_KEYS: env.SECRETS_KEYS ?? `bench:${randomBytes(32).toString('base64')}`,
  };
  if (rung === 'g') {
    // What ships logs at info: its log lines are written (the real cost), to /dev/null.
    const server = startServer(process.execPath, [...options.nodeArgs, options.apiEntry], {
      env: { ...shared, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await Promise.race([waitForReady(options.port, server.child), server.exited.then(exitedEarly('g'))]);
    return server;
  }
  const server = startServer(
    process.execPath,
    [...options.nodeArgs, path.join(here, '..', 'rungs', 'server.mjs'), rung],
    {
      env: { ...shared, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  await Promise.race([
    new Promise((resolve) => server.child.once('message', resolve)),
    server.exited.then(exitedEarly(rung)),
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`rung ${rung} did not listen in 60 s`)), 60_000).unref(),
    ),
  ]);
  server.child.disconnect();
  return server;
}

const exitedEarly =
  (rung) =>
  ({ code, signal }) => {
    throw new Error(`the server of rung ${rung} exited (${signal ?? code}) before it answered`);
  };

async function waitForReady(port, child) {
  for (let i = 0; i < 600 && child.exitCode === null && child.signalCode === null; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health/ready`)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the API did not become ready in 60 s');
}
