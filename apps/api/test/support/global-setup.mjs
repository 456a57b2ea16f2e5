// Starts the PostgreSQL the tests run on and builds a migrated template database that every test
// file clones (CREATE DATABASE ... TEMPLATE), so files are isolated and can run in parallel.
// With DATABASE_URL set, that server is used instead (its role needs CREATEDB).
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ensureDatabase, migrate } from '@wallet/database';
import pg from 'pg';

export default async function globalSetup() {
  const template = `wallet_test_template_${process.pid}`;
  const server = await ensureDatabase({
    dataDir: await mkdtemp(path.join(os.tmpdir(), 'wallet-test-pg-')),
    ephemeral: true,
    databaseName: 'postgres',
  });
  const adminUrl = server.url;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  await migrate(withDatabase(adminUrl, template));
  process.env.TEST_ADMIN_DATABASE_URL = adminUrl;
  process.env.TEST_TEMPLATE_DATABASE = template;
  process.env.TEST_RUN_ID = String(process.pid);
  globalThis.__walletTestServer = server;
}

function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
