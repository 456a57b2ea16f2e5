// The whole real stack for the browser: a fresh PostgreSQL database (embedded in a throwaway folder, or
// a new database on DATABASE_URL's server), the built API serving the built dashboard, on E2E_PORT.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDatabase } from '@wallet/postgres';
import pg from 'pg';
import { E2E_PORT } from './playwright.config';

const here = path.dirname(fileURLToPath(import.meta.url));

export default async function globalSetup(): Promise<() => Promise<void>> {
  // The run's own folder, removed at its end: the embedded PostgreSQL's data, and what the API keeps
  // beside its data (the development key for secrets at rest), so a run leaves nothing in the checkout.
  const runDir = await mkdtemp(path.join(os.tmpdir(), 'wallet-e2e-'));
  const dataDir = path.join(runDir, 'postgres');
  const server = await ensureDatabase({ dataDir, ephemeral: true, databaseName: 'postgres' });
  const name = `wallet_e2e_${process.pid}`;
  const admin = new pg.Client({ connectionString: server.ownerUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  // Deployed with two roles: the API runs as the runtime role, and migrates at boot as the owner.
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  const ownerUrl = new URL(server.ownerUrl);
  ownerUrl.pathname = `/${name}`;

  const api: ChildProcess = spawn(
    process.execPath,
    [path.join(here, '..', 'apps', 'api', 'dist', 'main.js')],
    {
      env: {
        ...process.env,
        // Only this run's database: no other URL from the environment, and no .env file that could fill
        // one in (a developer's .env may name a real deployment's owner or replica).
        DATABASE_OWNER_URL: undefined,
        DATABASE_URL_UNPOOLED: undefined,
        DATABASE_REPLICA_URL: undefined,
        POSTGRES_URL_NON_POOLING: undefined,
        WALLET_DOTENV: 'off',
        DATABASE_URL: url.toString(),
        DATA_DIR: dataDir,
        // (Unless DATABASE_URL gave one role for both: then there is no owner's URL to give.)
        ...(ownerUrl.username !== url.username ? { DATABASE_OWNER_URL: ownerUrl.toString() } : {}),
        PORT: String(E2E_PORT),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        METRICS_PORT: '0',
        // The journey signs several people up and clicks through the dashboard from one address in a few
        // minutes: past the tiers' request limits (anonymous 10, standard 100 a minute), which the API's
        // own tests cover (apps/api/test/api/tiers.spec.ts).
        RATE_LIMIT_PER_MINUTE: '100000',
        ANONYMOUS_RATE_LIMIT_PER_ADDRESS: '100000',
        // The webhooks spec's receiver listens on 127.0.0.1, which the API refuses to send to unless told.
        WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  // The run's database is this process's own from here on (the specs' processes inherit it), so a
  // command a spec runs as an operator would on the server (`pnpm ops:grant`) works on it, and on
  // nothing else: no env file, no other URL.
  process.env.WALLET_DOTENV = 'off';
  process.env.DATABASE_URL = url.toString();
  process.env.DATA_DIR = dataDir;
  if (ownerUrl.username !== url.username) process.env.DATABASE_OWNER_URL = ownerUrl.toString();
  else delete process.env.DATABASE_OWNER_URL;
  for (const other of ['DATABASE_URL_UNPOOLED', 'DATABASE_REPLICA_URL', 'POSTGRES_URL_NON_POOLING']) {
    delete process.env[other];
  }
  const exited = new Promise<void>((resolve) => api.once('exit', () => resolve()));
  const teardown = async () => {
    if (api.exitCode === null && api.signalCode === null) api.kill('SIGTERM');
    await exited;
    if (!server.startedHere) {
      const cleanup = new pg.Client({ connectionString: server.ownerUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    }
    await server.stop();
    await rm(runDir, { recursive: true, force: true });
  };
  try {
    await waitForReady(`http://127.0.0.1:${E2E_PORT}`, () => api.exitCode !== null);
  } catch (error) {
    // Playwright runs no teardown when the setup fails: the API, the database and the folder go now.
    await teardown().catch(() => {});
    throw error;
  }
  return teardown;
}

async function waitForReady(base: string, exited: () => boolean): Promise<void> {
  for (let i = 0; i < 150 && !exited(); i++) {
    try {
      const [ready, page] = await Promise.all([fetch(`${base}/api/health/ready`), fetch(base)]);
      if (ready.ok && page.ok && (await page.text()).includes('id="root"')) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(
    exited()
      ? 'the API exited while it started (its output is above)'
      : `the API did not serve the dashboard on ${base}; was pnpm build run?`,
  );
}
