// `pnpm bench:ladder`: what each layer of the API costs. The same transfer on the same database in one
// run, each rung adding one layer (a: node:http + pg ... g: the product as shipped), each compared with
// pgbench's figure from the same run. A measurement, not a test: nothing here passes or fails on speed.
// Knobs: BENCH_RUNGS (a,b,c,d,e,f,g), BENCH_WORKLOADS (uniform,hot), BENCH_DURATION (20),
// BENCH_CONNECTIONS (32), BENCH_PORT (a free one), and those of `pnpm bench` (docs/performance.md).
import { withCleanup } from './lib/cleanup.mjs';
import { knobs, runLadder } from './lib/ladder.mjs';

await withCleanup(() => runLadder(knobs()));
