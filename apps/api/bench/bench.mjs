// `pnpm bench`: transfers through HTTP against the same work in plain SQL on the same database, in one
// run. A measurement, not a test: nothing here passes or fails on speed.
//
// Starts the built API the way `pnpm start` does (DATABASE_URL, or a fresh embedded PostgreSQL), gives
// one user one API key and BENCH_WALLETS funded wallets, then for each workload (uniform: any wallet to
// any other; hot: every transfer from one wallet) runs
//   - the API: wrk (or autocannon when wrk is not installed), 2 threads, BENCH_CONNECTIONS connections,
//     BENCH_DURATION seconds, a fresh Idempotency-Key on every request;
//   - the same work as one SQL transaction per transfer (guarded debit, credit, a row with a unique key,
//     two ledger rows): pgbench when it is installed, else node `pg` clients, with as many connections.
// BENCH_LEDGER_ROWS grows the ledger first (declined attempts, which move nothing). Prints one table.
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDatabase, migrate } from '@wallet/postgres';
import autocannon from 'autocannon';
import pg from 'pg';

const env = process.env;
const WALLETS = Number(env.BENCH_WALLETS ?? 1000);
const CONNECTIONS = Number(env.BENCH_CONNECTIONS ?? 32);
const DURATION = Number(env.BENCH_DURATION ?? 20);
const LEDGER_ROWS = Number(env.BENCH_LEDGER_ROWS ?? 0);
const PORT = Number(env.BENCH_PORT ?? 3999);
const here = path.dirname(fileURLToPath(import.meta.url));
const ENTRY = env.BENCH_API_ENTRY ?? path.join(here, '..', 'dist', 'main.js');
const BASE = `http://127.0.0.1:${PORT}`;
const AMOUNT_MINOR = 1n;
const FUNDING_MINOR = 100_000_000n;
const which = (tool) =>
  ['/usr/bin', '/usr/lib/postgresql/15/bin'].map((d) => path.join(d, tool)).find(existsSync);

/** The same transfer as one SQL transaction: a unique-key row, guarded debit, credit, two ledger rows. */
const TRANSFER_SQL = `
BEGIN;
INSERT INTO idempotency_keys (scope, key, request_hash, outcome, response_body)
  VALUES ('bench', gen_random_uuid()::text, repeat('0', 64), 'done', '{}');
WITH s AS (
  UPDATE wallets SET balance_minor = balance_minor - ${AMOUNT_MINOR}, updated_at = clock_timestamp()
  WHERE id = (SELECT id FROM bench_ids WHERE n = :s) AND balance_minor >= ${AMOUNT_MINOR}
  RETURNING id, balance_minor
), d AS (
  UPDATE wallets SET balance_minor = balance_minor + ${AMOUNT_MINOR}, updated_at = clock_timestamp()
  WHERE id = (SELECT id FROM bench_ids WHERE n = :d) AND EXISTS (SELECT 1 FROM s)
  RETURNING id, balance_minor
), t AS (SELECT gen_random_uuid() AS transfer_id)
INSERT INTO transactions (wallet_id, type, status, amount_minor, currency, balance_before_minor,
                          balance_after_minor, source_wallet_id, destination_wallet_id, transfer_id)
SELECT s.id, 'TRANSFER_OUT'::"TransactionType", 'SUCCESS'::"TransactionStatus", ${AMOUNT_MINOR}, 'USD', s.balance_minor + ${AMOUNT_MINOR}, s.balance_minor, s.id, d.id, t.transfer_id FROM s, d, t
UNION ALL
SELECT d.id, 'TRANSFER_IN'::"TransactionType", 'SUCCESS'::"TransactionStatus", ${AMOUNT_MINOR}, 'USD', d.balance_minor - ${AMOUNT_MINOR}, d.balance_minor, s.id, d.id, t.transfer_id FROM s, d, t;
COMMIT;
`;

const work = await mkdtemp(path.join(os.tmpdir(), 'wallet-bench-'));
const database = await ensureDatabase(
  env.DATABASE_URL
    ? { databaseUrl: env.DATABASE_URL }
    : { dataDir: path.join(work, 'pg'), databaseUrl: undefined },
);
await migrate(database.url);
const db = new pg.Client({ connectionString: database.url });
await db.connect();
const api = spawn(process.execPath, [...(env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean), ENTRY], {
  env: {
    ...env,
    DATABASE_URL: database.url,
    PORT: String(PORT),
    LOG_LEVEL: 'warn',
    METRICS_PORT: '0',
    NODE_ENV: 'production',
    // The benchmark measures the money path, not the per-user request limit.
    RATE_LIMIT_PER_MINUTE: '1000000',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});

try {
  await waitForReady();
  const { key, ids } = await setUp();
  if (LEDGER_ROWS > 0) await growLedger(ids);
  const rows = [];
  for (const workload of (env.BENCH_WORKLOADS ?? 'uniform,hot').split(',')) {
    await db.query('CHECKPOINT');
    const http = await loadApi(key, ids, workload);
    const sql = env.BENCH_SQL === '0' ? { tool: 'skipped', perSecond: 0 } : await loadSql(ids, workload);
    rows.push({ workload, http, sql });
  }
  printTable(rows);
} finally {
  api.kill('SIGTERM');
  await new Promise((resolve) => api.once('exit', resolve));
  await db.end();
  await database.stop();
  await rm(work, { recursive: true, force: true });
}

async function waitForReady() {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${BASE}/api/health/ready`)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the API did not become ready');
}

/** One user with an all-scopes key, and the wallets, funded in SQL with the ledger rows that say so. */
async function setUp() {
  const email = `bench-${randomUUID().slice(0, 8)}@example.com`;
  const signup = await fetch(`${BASE}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'benchmark password' }),
  });
  const cookies = signup.headers.getSetCookie().map((c) => c.split(';')[0]);
  const csrf = cookies.find((c) => c.startsWith('wallet_csrf='))?.split('=')[1] ?? '';
  const created = await fetch(`${BASE}/api/v1/api-keys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: cookies.join('; '), 'x-csrf-token': csrf },
    body: JSON.stringify({ name: 'bench', scopes: ['wallets:read', 'wallets:write', 'transfers:write'] }),
  });
  const { key } = await created.json();
  const userId = (await signup.json()).user.id;
  const { rows } = await db.query(
    `WITH w AS (
       INSERT INTO wallets (owner_id, name, currency, balance_minor)
       SELECT $1, 'bench ' || n, 'USD', $2 FROM generate_series(1, $3) AS n RETURNING id, balance_minor
     ), f AS (
       INSERT INTO transactions (wallet_id, type, status, amount_minor, currency, balance_before_minor, balance_after_minor)
       SELECT id, 'FUND', 'SUCCESS', balance_minor, 'USD', 0, balance_minor FROM w
     ) SELECT id FROM w ORDER BY id`,
    [userId, FUNDING_MINOR.toString(), WALLETS],
  );
  const ids = rows.map((r) => r.id);
  await db.query('CREATE TABLE IF NOT EXISTS bench_ids (n int PRIMARY KEY, id uuid NOT NULL)');
  await db.query('TRUNCATE bench_ids');
  await db.query('INSERT INTO bench_ids SELECT n, (($1::uuid[]))[n] FROM generate_series(1, $2) AS n', [
    ids,
    ids.length,
  ]);
  await db.query('ANALYZE');
  return { key, ids };
}

/** Declined attempts spread over the wallets: they move nothing, so every balance stays right. */
async function growLedger(ids) {
  const started = Date.now();
  for (let done = 0; done < LEDGER_ROWS; done += 100_000) {
    await db.query(
      `INSERT INTO transactions (wallet_id, type, status, amount_minor, currency, balance_before_minor, balance_after_minor, failure_code)
       SELECT w.id, 'FUND', 'FAILED', 1, 'USD', w.balance_minor, w.balance_minor, 'BENCH_HISTORY'
       FROM generate_series(1, $1) AS g JOIN bench_ids b ON b.n = 1 + g % $2 JOIN wallets w ON w.id = b.id`,
      [Math.min(100_000, LEDGER_ROWS - done), ids.length],
    );
  }
  await db.query('VACUUM ANALYZE transactions');
  console.log(`grew the ledger by ${LEDGER_ROWS} rows in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** Sources and destinations for one workload: uniform over every wallet, or always from the first. */
function pick(ids, workload) {
  const source = workload === 'hot' ? 0 : Math.floor(Math.random() * ids.length);
  const destination = (source + 1 + Math.floor(Math.random() * (ids.length - 1))) % ids.length;
  return [ids[source], ids[destination]];
}

async function loadApi(key, ids, workload) {
  const rss = sampleRss();
  const cpuBefore = apiCpuMs();
  const result = which('wrk') ? await runWrk(key, ids, workload) : await runAutocannon(key, ids, workload);
  const cpuMs = apiCpuMs() - cpuBefore;
  if (env.BENCH_VERBOSE) console.log(`cpu ms user+sys: ${JSON.stringify(apiCpuMs.split)}`);
  const transfers = result.perSecond * DURATION;
  return { ...result, rssMb: rss.stop(), cpuMsPerTransfer: transfers > 0 ? cpuMs / transfers : Number.NaN };
}


/** CPU time (user + system, ms) of the API's processes: the primary and its workers, from /proc. */
function apiCpuMs() {
  const tick = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim() || 100);
  let total = 0;
  const out = execFileSync('ps', ['-o', 'pid=,ppid=', '-e'], { encoding: 'utf8' });
  for (const line of out.trim().split('\n')) {
    const [pid, ppid] = line.trim().split(/\s+/).map(Number);
    if (pid !== api.pid && ppid !== api.pid) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += (Number(fields[11]) + Number(fields[12])) * tick;
      (apiCpuMs.split ??= {})[pid] = [Number(fields[11]) * tick, Number(fields[12]) * tick];
    } catch {}
  }
  return total;
}

async function runWrk(key, ids, workload) {
  const script = path.join(work, `${workload}.lua`);
  await writeFile(
    script,
    `local ids = {${ids.map((id) => `"${id}"`).join(',')}}
local n = #ids
local counter = 0
local prefix = ""
function setup(thread) thread:set("tid", tostring(math.random(1, 1e9))) end
function init(args) prefix = tid .. "-" .. tostring(os.time()) .. "-" end
function request()
  counter = counter + 1
  local s = ${workload === 'hot' ? '1' : 'math.random(1, n)'}
  local d = math.random(1, n - 1)
  if d >= s then d = d + 1 end
  local body = '{"sourceWalletId":"' .. ids[s] .. '","destinationWalletId":"' .. ids[d] .. '","amount":"0.01"}'
  return wrk.format("POST", "/api/v1/wallets/transfer", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer ${key}",
    ["Idempotency-Key"] = prefix .. counter,
  }, body)
end
`,
  );
  const output = await run(which('wrk'), [
    `-t${Math.min(2, CONNECTIONS)}`,
    `-c${CONNECTIONS}`,
    `-d${DURATION}s`,
    '--latency',
    // A loaded machine answers slowly, not wrongly: a late answer is not counted as a failed transfer.
    '--timeout',
    '30s',
    '-s',
    script,
    `${BASE}/api/v1/wallets/transfer`,
  ]);
  const ms = (label) => {
    const match = new RegExp(`^\\s+${label}%\\s+([\\d.]+)(us|ms|s)`, 'm').exec(output);
    if (!match) return Number.NaN;
    return Number(match[1]) * { us: 0.001, ms: 1, s: 1000 }[match[2]];
  };
  return {
    tool: 'wrk',
    perSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? 0),
    p50: ms(50),
    p99: ms(99),
    non2xx: Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(output)?.[1] ?? 0) + socketErrors(output),
  };
}

function socketErrors(output) {
  const match = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  return match ? match.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
}

function runAutocannon(key, ids, workload) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: BASE,
        connections: CONNECTIONS,
        duration: DURATION,
        timeout: 30,
        requests: [
          {
            method: 'POST',
            path: '/api/v1/wallets/transfer',
            setupRequest: (request) => {
              const [sourceWalletId, destinationWalletId] = pick(ids, workload);
              return {
                ...request,
                headers: {
                  'content-type': 'application/json',
                  authorization: `Bearer ${key}`,
                  'idempotency-key': randomUUID(),
                },
                body: JSON.stringify({ sourceWalletId, destinationWalletId, amount: '0.01' }),
              };
            },
          },
        ],
      },
      (error, result) =>
        error
          ? reject(error)
          : resolve({
              tool: 'autocannon',
              perSecond: result.requests.average,
              p50: result.latency.p50,
              p99: result.latency.p99,
              non2xx: result.non2xx + result.errors,
            }),
    );
  });
}

async function loadSql(ids, workload) {
  const pgbench = which('pgbench');
  if (!pgbench) return loadSqlWithNode(ids, workload);
  const script = path.join(work, `${workload}.sql`);
  const source = workload === 'hot' ? '\\set s 1' : `\\set s random(1, ${ids.length})`;
  await writeFile(
    script,
    `${source}\n\\set d random(1, ${ids.length - 1})\n\\set d CASE WHEN :d >= :s THEN :d + 1 ELSE :d END\n${TRANSFER_SQL}`,
  );
  const url = new URL(database.url);
  const output = await run(
    pgbench,
    [
      '-n',
      '-c',
      String(CONNECTIONS),
      '-j',
      String(Math.min(2, CONNECTIONS)),
      '-T',
      String(DURATION),
      '-f',
      script,
      '-r',
    ],
    {
      PGHOST: url.hostname,
      PGPORT: url.port,
      PGUSER: decodeURIComponent(url.username),
      PGPASSWORD: decodeURIComponent(url.password),
      PGDATABASE: url.pathname.slice(1),
    },
  );
  return { tool: 'pgbench', perSecond: Number(/tps = ([\d.]+)/.exec(output)?.[1] ?? 0) };
}

/** Without pgbench: as many node `pg` clients, each running the transfer in a loop. */
async function loadSqlWithNode(ids, workload) {
  const deadline = Date.now() + DURATION * 1000;
  let count = 0;
  const pool = new pg.Pool({ connectionString: database.url, max: CONNECTIONS });
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      const client = await pool.connect();
      try {
        while (Date.now() < deadline) {
          const s = workload === 'hot' ? 1 : 1 + Math.floor(Math.random() * ids.length);
          let d = 1 + Math.floor(Math.random() * (ids.length - 1));
          if (d >= s) d += 1;
          await client.query(TRANSFER_SQL.replace(':s', String(s)).replace(':d', String(d)));
          count += 1;
        }
      } finally {
        client.release();
      }
    }),
  );
  await pool.end();
  return { tool: 'node pg', perSecond: count / DURATION };
}

/** The largest resident set of each API process (the primary and its workers) while sampling. */
function sampleRss() {
  const peak = new Map();
  const timer = setInterval(() => {
    try {
      const out = execFileSync('ps', ['-o', 'pid=,ppid=,rss=', '-e'], { encoding: 'utf8' });
      for (const line of out.trim().split('\n')) {
        const [pid, ppid, rss] = line.trim().split(/\s+/).map(Number);
        if (pid === api.pid || ppid === api.pid) peak.set(pid, Math.max(peak.get(pid) ?? 0, rss / 1024));
      }
    } catch {}
  }, 500);
  return {
    stop() {
      clearInterval(timer);
      return [...peak.values()].map((mb) => Math.round(mb));
    },
  };
}

function run(command, args, extraEnv = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} exited ${code}:\n${output}`)),
    );
  });
}

function printTable(rows) {
  const cores = os.cpus().length;
  console.log(
    `\n${cores} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}; ${WALLETS} wallets, ` +
      `${CONNECTIONS} connections, ${DURATION} s, ledger grown by ${LEDGER_ROWS} rows; ` +
      `WEB_CONCURRENCY=${env.WEB_CONCURRENCY ?? '(default)'}\n`,
  );
  console.log(
    '| workload | API transfers/s | API CPU ms/transfer | p50 ms | p99 ms | non-2xx | same work in SQL/s | ratio | RSS MB per process |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const { workload, http, sql } of rows) {
    const ratio = sql.perSecond > 0 ? (http.perSecond / sql.perSecond).toFixed(2) : 'n/a';
    console.log(
      `| ${workload} | ${http.perSecond.toFixed(0)} (${http.tool}) | ${http.cpuMsPerTransfer.toFixed(2)} | ${http.p50.toFixed(1)} | ${http.p99.toFixed(1)} | ` +
        `${http.non2xx} | ${sql.perSecond.toFixed(0)} (${sql.tool}) | ${ratio} | ${http.rssMb.join(', ')} |`,
    );
  }
}
