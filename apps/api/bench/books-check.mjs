// `pnpm bench:ledger`: how long `books:check` takes on a large ledger, full and incremental. A
// measurement, not a test. On DATABASE_URL or a fresh embedded PostgreSQL, it writes LEDGER_ROWS ledger
// rows (default 10,000,000) over LEDGER_WALLETS wallets (default 10,000) in pairs: each wallet funded once,
// then transfers of 1 minor unit from the first of each pair to the second, every chain continuous. Then
// it times: a full check; an incremental check with nothing new; an incremental check after
// LEDGER_NEW_TRANSFERS (default 10,000) more transfers. Prints one table.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDatabase, migrate } from '@wallet/postgres';
import pg from 'pg';

const env = process.env;
const ROWS = Number(env.LEDGER_ROWS ?? 10_000_000);
const WALLETS = Number(env.LEDGER_WALLETS ?? 10_000);
const NEW_TRANSFERS = Number(env.LEDGER_NEW_TRANSFERS ?? 10_000);
const FUNDING = 1_000_000_000;
const here = path.dirname(fileURLToPath(import.meta.url));
const { checkBooks } = await import(
  path.join(here, '..', 'dist', 'transactions', 'books-check', 'books-check.js')
);

const work = await mkdtemp(path.join(os.tmpdir(), 'wallet-ledger-bench-'));
const database = await ensureDatabase(
  env.DATABASE_URL
    ? { databaseUrl: env.DATABASE_URL }
    : { dataDir: path.join(work, 'pg'), databaseUrl: undefined },
);
// As the owner: the bench writes its ledger rows directly, many at a time.
await migrate(database.ownerUrl);
const db = new pg.Client({ connectionString: database.ownerUrl });
await db.connect();
const log = (line) => console.error(`[bench:ledger] ${line}`);

const pairs = Math.floor(WALLETS / 2);
const perPair = Math.max(1, Math.floor((ROWS - pairs * 2) / (pairs * 2)));

/** Writes `count` transfers for every pair, continuing each chain from transfer number `from`. */
async function transfers(from, count) {
  const CHUNK = Math.max(1, Math.floor(500_000 / (pairs * 2)));
  for (let g = from; g < from + count; g += CHUNK) {
    const to = Math.min(from + count, g + CHUNK) - 1;
    await db.query(
      `INSERT INTO transactions (wallet_id, type, status, amount_minor, currency, balance_before_minor,
                                 balance_after_minor, source_wallet_id, destination_wallet_id, transfer_id)
       SELECT CASE WHEN leg = 0 THEN p.a ELSE p.b END,
              CASE WHEN leg = 0 THEN 'TRANSFER_OUT' ELSE 'TRANSFER_IN' END::"TransactionType", 'SUCCESS', 1, 'USD',
              CASE WHEN leg = 0 THEN $3 - g + 1 ELSE $3 + g - 1 END,
              CASE WHEN leg = 0 THEN $3 - g ELSE $3 + g END,
              p.a, p.b, uuid_generate_v5(p.a, g::text)
       FROM generate_series($1::int, $2::int) AS g CROSS JOIN bench_pairs p CROSS JOIN (VALUES (0), (1)) AS l(leg)
       ORDER BY g, p.n, leg`,
      [g, to, FUNDING],
    );
  }
  // The balances follow their chains, in one statement the database's guard checks at commit.
  await db.query(
    `UPDATE wallets w SET balance_minor = CASE WHEN w.id = p.a THEN $1::bigint - $2::bigint ELSE $1::bigint + $2::bigint END
     FROM bench_pairs p WHERE w.id IN (p.a, p.b)`,
    [FUNDING, from + count - 1],
  );
}

const started = Date.now();
await db.query('CREATE EXTENSION IF NOT EXISTS "uuid-ossp"');
await db.query(
  `CREATE TABLE bench_pairs AS
   WITH w AS (INSERT INTO wallets (name, currency) SELECT 'ledger bench ' || n, 'USD' FROM generate_series(1, $1) n
              RETURNING id, seq)
   SELECT (row_number() OVER (ORDER BY seq) + 1) / 2 AS n, id FROM w`,
  [pairs * 2],
);
await db.query(
  `CREATE TABLE bench_pairs2 AS SELECT n, min(id::text)::uuid AS a, max(id::text)::uuid AS b FROM bench_pairs GROUP BY n;
   DROP TABLE bench_pairs; ALTER TABLE bench_pairs2 RENAME TO bench_pairs`,
);
await db.query(
  `WITH f AS (
     INSERT INTO transactions (wallet_id, type, status, amount_minor, currency, balance_before_minor, balance_after_minor)
     SELECT id, 'FUND', 'SUCCESS', $1, 'USD', 0, $1 FROM bench_pairs p CROSS JOIN LATERAL (VALUES (p.a), (p.b)) v(id)
     RETURNING wallet_id)
   UPDATE wallets SET balance_minor = $1 WHERE id IN (SELECT wallet_id FROM f)`,
  [FUNDING],
);
await transfers(1, perPair);
await db.query('VACUUM ANALYZE');
const { rows } = await db.query('SELECT count(*)::int AS n FROM transactions');
log(
  `wrote ${rows[0].n} ledger rows in ${pairs * 2} wallets in ${Math.round((Date.now() - started) / 1000)} s`,
);

const results = [];
const time = async (label, mode) => {
  const report = await checkBooks(db, { mode, whenBusy: 'wait' });
  if (!report.ok) throw new Error(`${label}: ${JSON.stringify(report.found.slice(0, 3))}`);
  results.push({ label, ...report });
  log(`${label}: ${report.durationMs} ms`);
};
await time('full, from the first row', 'full');
await time('incremental, nothing new', 'incremental');
const newPerPair = Math.max(1, Math.floor(NEW_TRANSFERS / pairs));
await transfers(perPair + 1, newPerPair);
await time(`incremental, after ${newPerPair * pairs} new transfers`, 'incremental');

console.log(
  `\nbooks:check on ${rows[0].n.toLocaleString('en')} rows in ${(pairs * 2).toLocaleString('en')} wallets\n`,
);
console.log('| check | wallets read | rows read | time |');
console.log('| --- | ---: | ---: | ---: |');
for (const r of results) {
  console.log(
    `| ${r.label} | ${r.walletsChecked.toLocaleString('en')} | ${r.rowsChecked.toLocaleString('en')} | ${(r.durationMs / 1000).toFixed(2)} s |`,
  );
}
await db.end();
await database.stop();
await rm(work, { recursive: true, force: true });
