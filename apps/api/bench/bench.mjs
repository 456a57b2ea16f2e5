// `pnpm bench`: transfers through the product's HTTP API against the same work in plain SQL (pgbench, by
// the fixed method in lib/pgbench.mjs) on the same database, in one run. A measurement, not a test:
// nothing here passes or fails on speed.
//
// The database: Debian's PostgreSQL 15 when installed, else a fresh embedded PostgreSQL (lib/database.mjs
// says which). One user with an API key and BENCH_WALLETS funded wallets; then, for each workload
// (uniform: any wallet to any other; hot: every transfer from one wallet), pgbench, and the built API
// (`node dist/main.js` with WEB_CONCURRENCY workers, LOG_LEVEL=info to /dev/null) under wrk: the ladder's
// last rung, g (`pnpm bench:ladder` runs every rung). Knobs: BENCH_DURATION, BENCH_CONNECTIONS,
// BENCH_WALLETS, BENCH_LEDGER_ROWS (grows the ledger first), BENCH_WORKLOADS, BENCH_SQL=0, BENCH_NODE_ARGS,
// BENCH_PORT, BENCH_API_ENTRY, BENCH_DATABASE (pg15, embedded or url: DATABASE_URL), WEB_CONCURRENCY.
import { withCleanup } from './lib/cleanup.mjs';
import { knobs, runLadder } from './lib/ladder.mjs';

await withCleanup(() => runLadder(knobs({ rungs: ['g'] })));
