// The SQL baseline: pgbench on the same server, on tables of its own, by one fixed method so every run
// (and every rung of the ladder) is compared with the same figure:
//   pgbench -n -c<connections, 32> -j2 -T<duration>, tables w (1,000 funded rows), t (one row per transfer
//   under a unique key) and e (two ledger rows per transfer, indexed on (wallet_id, id)); per transaction a
//   guarded debit, a credit, the transfer row and its two ledger rows, in one statement between BEGIN and
//   COMMIT. Uniform: :a random over 1..1000; hot: :a = 1. :b random over 2..1000, :amt over 1..100.
// The tables live in their own schema (search_path set through PGOPTIONS), so they touch nothing else.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { query } from './database.mjs';
import { run } from './proc.mjs';

const SCHEMA = 'bench_pgbench';
const PGBENCH = ['/usr/bin/pgbench', '/usr/lib/postgresql/15/bin/pgbench'].find(existsSync);

const TABLES = `
DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE;
CREATE SCHEMA ${SCHEMA};
SET search_path = ${SCHEMA};
CREATE TABLE w (id bigint PRIMARY KEY, balance bigint NOT NULL CHECK (balance >= 0));
CREATE TABLE t (id bigserial PRIMARY KEY, key text UNIQUE NOT NULL, src bigint, dst bigint, amount bigint,
                created_at timestamptz DEFAULT now());
CREATE TABLE e (id bigserial PRIMARY KEY, transfer_id bigint, wallet_id bigint, amount bigint,
                balance_before bigint, balance_after bigint, created_at timestamptz DEFAULT now());
CREATE INDEX ON e (wallet_id, id);
INSERT INTO w SELECT n, 1000000000000 FROM generate_series(1, 1000) AS n;
ANALYZE w;
`;

const TRANSACTION = `BEGIN;
WITH d AS (UPDATE w SET balance = balance - :amt WHERE id = :a AND :a <> :b AND balance >= :amt RETURNING id, balance),
     c AS (UPDATE w SET balance = balance + :amt WHERE id = :b AND :a <> :b AND EXISTS (SELECT 1 FROM d) RETURNING id, balance),
     tr AS (INSERT INTO t(key, src, dst, amount) SELECT md5(random()::text || clock_timestamp()::text), :a, :b, :amt WHERE EXISTS (SELECT 1 FROM c) RETURNING id)
INSERT INTO e(transfer_id, wallet_id, amount, balance_before, balance_after)
SELECT tr.id, d.id, -:amt, d.balance + :amt, d.balance FROM tr, d
UNION ALL SELECT tr.id, c.id, :amt, c.balance - :amt, c.balance FROM tr, c;
COMMIT;
`;

export const PGBENCH_METHOD =
  'pgbench -n -c<connections> -j2 -T<duration>: tables w (1,000 funded rows), t, e; one statement per transaction ' +
  '(guarded debit, credit, transfer row under a unique key, two ledger rows); uniform :a over 1..1000, hot :a = 1';

/** Transactions per second of the method above, on fresh tables; { tool, perSecond, transactions }. */
export async function runPgbench(url, workload, { duration, connections, work }) {
  await query(url, TABLES);
  const source = workload === 'hot' ? '\\set a 1' : '\\set a random(1, 1000)';
  const variables = `${source}\n\\set b random(2, 1000)\n\\set amt random(1, 100)\n`;
  if (!PGBENCH) return runWithNode(url, workload, { duration, connections });
  const script = path.join(work, `pgbench-${workload}.sql`);
  await writeFile(script, variables + TRANSACTION);
  const target = new URL(url);
  const output = await run(
    PGBENCH,
    ['-n', `-c${connections}`, `-j${Math.min(2, connections)}`, `-T${duration}`, '-f', script],
    {
      PGHOST: target.hostname,
      PGPORT: target.port || '5432',
      PGUSER: decodeURIComponent(target.username),
      PGPASSWORD: decodeURIComponent(target.password),
      PGDATABASE: target.pathname.slice(1),
      PGOPTIONS: `-c search_path=${SCHEMA}`,
    },
  );
  return {
    tool: 'pgbench',
    perSecond: Number(/tps = ([\d.]+)/.exec(output)?.[1] ?? 0),
    transactions: Number(/number of transactions actually processed: (\d+)/.exec(output)?.[1] ?? 0),
  };
}

/** Without pgbench: as many node `pg` clients running the same transaction in a loop. */
async function runWithNode(url, workload, { duration, connections }) {
  const deadline = Date.now() + duration * 1000;
  let count = 0;
  const pool = new pg.Pool({ connectionString: url, max: connections, options: `-c search_path=${SCHEMA}` });
  try {
    await Promise.all(
      Array.from({ length: connections }, async () => {
        const client = await pool.connect();
        try {
          while (Date.now() < deadline) {
            const a = workload === 'hot' ? 1 : 1 + Math.floor(Math.random() * 1000);
            const b = 2 + Math.floor(Math.random() * 999);
            const amt = 1 + Math.floor(Math.random() * 100);
            await client.query(
              TRANSACTION.replaceAll(':amt', String(amt))
                .replaceAll(':a', String(a))
                .replaceAll(':b', String(b)),
            );
            count += 1;
          }
        } finally {
          client.release();
        }
      }),
    );
  } finally {
    await pool.end();
  }
  return { tool: 'node pg', perSecond: count / duration, transactions: count };
}
