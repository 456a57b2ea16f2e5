// Jest's global setup of the API and system tiers, run once per run in Jest's main process. It starts
// the PostgreSQL the tests run on (embedded, or DATABASE_URL's) and builds a migrated template database
// that every test file clones (CREATE DATABASE ... TEMPLATE), so files are isolated and run in parallel.
// Test workers, which Jest starts after this, read the answer from the environment. Two roles, as in
// production: the template is migrated as the owner, which grants the runtime role its rights; the API
// under test connects as the runtime role (test-database.ts hands out both URLs). It also gives the
// run its marker and temp folder (run-cleanup.ts), whose data/ stands for the checkout's .data/
// (DATA_DIR), and ends the run's processes if Jest is interrupted.
import { mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type DatabaseHandle, ensureDatabase, migrate } from '@wallet/postgres';
import pg from 'pg';
import { RUN_MARKER, sweepRun } from './run-cleanup';
import { TEST_DATABASE_ENV, type TestDatabase } from './test-database';

interface RunState {
  server: DatabaseHandle;
  runId: string;
  tmpRoot: string;
  /** Projects (tiers) set up in this run: both tiers share one server; the last teardown stops it. */
  users: number;
}

const state = globalThis as typeof globalThis & { walletTestRun?: RunState };

export default async function setup(): Promise<void> {
  if (state.walletTestRun) {
    state.walletTestRun.users++;
    return;
  }
  const runId = String(process.pid);
  const tmpRoot = mkdtempSync(path.join(os.tmpdir(), `wallet-test-run-${runId}-`));
  process.env[RUN_MARKER] = runId;
  process.env.TMPDIR = tmpRoot;
  // What the API keeps beside its data (the development key for secrets at rest, .data/secrets.key by
  // default) and any embedded database a CLI or product starts without DATA_DIR of its own: in the
  // run's folder, so a run leaves nothing in the checkout.
  process.env.DATA_DIR = path.join(tmpRoot, 'data', 'postgres');
  const dataDir = path.join(tmpRoot, 'postgres');
  mkdirSync(dataDir);
  const server = await ensureDatabase({ dataDir, ephemeral: true, databaseName: 'postgres' });
  state.walletTestRun = { server, runId, tmpRoot, users: 1 };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      sweepRun(runId, tmpRoot, new Set([process.pid]));
      process.kill(process.pid, signal);
    });
  }
  const template = `wallet_test_template_${runId}`;
  const admin = new pg.Client({ connectionString: server.ownerUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  await migrate(withDatabase(server.ownerUrl, template), { runtimeRole: server.runtimeRole });
  const given: TestDatabase = { adminUrl: server.ownerUrl, runtimeUrl: server.url, template, runId };
  process.env[TEST_DATABASE_ENV] = JSON.stringify(given);
}

/** The last tier's teardown: drops what a shared server holds of this run, stops ours, sweeps. */
export async function teardown(): Promise<void> {
  const run = state.walletTestRun;
  if (!run || --run.users > 0) return;
  state.walletTestRun = undefined;
  if (!run.server.startedHere) {
    // A shared server (DATABASE_URL): drop what the run created, leave the server alone.
    const admin = new pg.Client({ connectionString: run.server.ownerUrl });
    await admin.connect();
    const { rows } = await admin.query(
      "SELECT datname FROM pg_database WHERE datname LIKE 'wallet_test_%' AND datname LIKE $1",
      [`%_${run.runId}%`],
    );
    for (const row of rows) await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
    await admin.end();
  }
  await run.server.stop();
  const left = sweepRun(run.runId, run.tmpRoot, new Set([process.pid]));
  if (left.length > 0) console.warn(`test run: ended ${left.length} process(es) a test left running`);
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
