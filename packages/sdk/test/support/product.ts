import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** The built API (apps/api/dist/main.js), as `pnpm start` runs it. */
export const MAIN_JS = path.join(__dirname, '..', '..', '..', '..', 'apps', 'api', 'dist', 'main.js');

export interface RunningApi {
  baseUrl: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

/**
 * Starts the built product on its own embedded PostgreSQL in a throwaway folder (no DATABASE_URL, no
 * .env file: nothing of the machine's own database is touched), one worker, private webhook targets
 * allowed (the test's receiver is on 127.0.0.1). Resolves once it answers its readiness check.
 */
export async function startApi(env: Record<string, string> = {}): Promise<RunningApi> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'wallet-sdk-'));
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const name of [
    'DATABASE_URL',
    'DATABASE_OWNER_URL',
    'DATABASE_URL_UNPOOLED',
    'DATABASE_REPLICA_URL',
    'POSTGRES_URL_NON_POOLING',
  ])
    delete childEnv[name];
  const child: ChildProcess = spawn(process.execPath, [MAIN_JS], {
    env: {
      ...childEnv,
      WALLET_DOTENV: 'off',
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      METRICS_PORT: '0',
      WEB_CONCURRENCY: '1',
      LEDGER_CHECK_INTERVAL_SECONDS: '0',
      RATE_LIMIT_PER_MINUTE: '1000000',
      ANONYMOUS_RATE_LIMIT_PER_ADDRESS: '1000000',
      AUTH_RATE_LIMIT_PER_ADDRESS: '1000000',
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
      WEBHOOK_RETRY_DELAY_SECONDS: '1',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    await rm(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`the API exited while starting (was pnpm build run? ${MAIN_JS})`);
    }
    const ready = await fetch(`${baseUrl}/api/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { baseUrl, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error('the API did not become ready within 120 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Signs a new user up and makes them an API key with `scopes`; returns the key. */
export async function newApiKey(
  baseUrl: string,
  scopes = ['wallets:read', 'wallets:write', 'transfers:write', 'webhooks:write'],
): Promise<string> {
  const email = `sdk-${crypto.randomUUID()}@example.com`;
  const signup = await fetch(`${baseUrl}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'correct horse battery staple' }),
  });
  if (signup.status !== 201) throw new Error(`signup answered ${signup.status}: ${await signup.text()}`);
  const cookies = signup.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
  const csrf = cookies.find((cookie) => cookie?.startsWith('wallet_csrf='))?.slice('wallet_csrf='.length);
  if (!csrf) throw new Error('signup set no CSRF cookie');
  const created = await fetch(`${baseUrl}/api/v1/api-keys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: cookies.join('; '), 'x-csrf-token': csrf },
    body: JSON.stringify({ name: 'sdk test', scopes }),
  });
  if (created.status !== 201)
    throw new Error(`key creation answered ${created.status}: ${await created.text()}`);
  return ((await created.json()) as { key: string }).key;
}
