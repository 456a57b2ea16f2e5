// Starts the PostgreSQL the tests run on and builds a migrated template database that every test
// file clones (CREATE DATABASE ... TEMPLATE), so files are isolated and can run in parallel.
// With DATABASE_URL set, that server is used instead (its role needs CREATEDB).
// Vitest runs this once in the main process; the workers read its answer with inject('testDatabase').
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type DatabaseHandle, ensureDatabase, migrate } from '@wallet/postgres';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: {
      /** The server's maintenance database, where test databases are created and dropped. */
      adminUrl: string;
      /** The migrated database every test file clones. */
      template: string;
      /** Names this run's databases, so a shared server's leftovers can be told apart. */
      runId: string;
    };
  }
}

let server: DatabaseHandle | undefined;

export async function setup(project: TestProject): Promise<void> {
  const runId = String(process.pid);
  const template = `wallet_test_template_${runId}`;
  server = await ensureDatabase({
    dataDir: await mkdtemp(path.join(os.tmpdir(), 'wallet-test-pg-')),
    ephemeral: true,
    databaseName: 'postgres',
  });
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  await migrate(withDatabase(server.url, template));
  project.provide('testDatabase', { adminUrl: server.url, template, runId });
}

export async function teardown(): Promise<void> {
  if (server && !server.startedHere) {
    // A shared server (DATABASE_URL): drop what the run created, leave the server alone.
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    const { rows } = await admin.query(
      "SELECT datname FROM pg_database WHERE datname LIKE 'wallet_test_%' AND datname LIKE $1",
      [`%_${process.pid}%`],
    );
    for (const row of rows) await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
    await admin.end();
  }
  await server?.stop();
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
