// Transfer throughput through HTTP: `pnpm bench` (after `pnpm build`).
//
// Starts the built API on a fresh, durable PostgreSQL (or DATABASE_URL), funds WALLETS wallets, then
// lets autocannon post random transfers over CONNECTIONS connections for DURATION seconds, once
// without and once with an Idempotency-Key per request. Prints requests/s and latency percentiles.
// A measurement, not a test: nothing here passes or fails on speed.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDatabase, migrate } from '@wallet/postgres';
import autocannon from 'autocannon';

const WALLETS = Number(process.env.BENCH_WALLETS ?? 64);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const DURATION = Number(process.env.BENCH_DURATION ?? 15);
const PORT = Number(process.env.BENCH_PORT ?? 3999);
const base = `http://127.0.0.1:${PORT}`;
const here = path.dirname(fileURLToPath(import.meta.url));
let apiKey = '';

const dataDir = process.env.DATABASE_URL ? undefined : await mkdtemp(path.join(os.tmpdir(), 'wallet-bench-'));
const database = await ensureDatabase(dataDir ? { dataDir, databaseUrl: undefined } : {});
await migrate(database.url);
const api = spawn(process.execPath, [path.join(here, '..', 'dist', 'main.js')], {
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    PORT: String(PORT),
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    // The benchmark measures the money path, not the per-user request limit.
    RATE_LIMIT_PER_MINUTE: '1000000',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});

try {
  await waitForReady();
  await signUpWithKey();
  const ids = [];
  for (let i = 0; i < WALLETS; i++) {
    const wallet = await post('/api/v1/wallets', { name: `bench ${i}` });
    await post(`/api/v1/wallets/${wallet.id}/fund`, { amount: 1000000 });
    ids.push(wallet.id);
  }
  for (const withKey of [false, true]) {
    const result = await run(ids, withKey);
    const { requests, latency, non2xx, errors, statuses } = result;
    console.log(
      `transfers ${withKey ? 'with' : 'without'} Idempotency-Key: ${requests.average.toFixed(0)} req/s, ` +
        `p50 ${latency.p50} ms, p90 ${latency.p90} ms, p99 ${latency.p99} ms, max ${latency.max} ms, ` +
        `non-2xx ${non2xx} ${JSON.stringify(statuses)}, errors ${errors} (${CONNECTIONS} connections, ${DURATION} s, ${WALLETS} wallets)`,
    );
  }
} finally {
  api.kill('SIGTERM');
  await new Promise((resolve) => api.once('exit', resolve));
  await database.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}

function run(ids, withKey) {
  const statuses = {};
  const instance = autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [
      {
        method: 'POST',
        path: '/api/v1/wallets/transfer',
        setupRequest: (request) => {
          const from = Math.floor(Math.random() * ids.length);
          const to = (from + 1 + Math.floor(Math.random() * (ids.length - 1))) % ids.length;
          return {
            ...request,
            headers: {
              'content-type': 'application/json',
              authorization: `Bearer ${apiKey}`,
              ...(withKey ? { 'idempotency-key': randomUUID() } : {}),
            },
            body: JSON.stringify({ sourceWalletId: ids[from], destinationWalletId: ids[to], amount: '0.01' }),
          };
        },
      },
    ],
  });
  instance.on('response', (_client, statusCode) => {
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
  });
  return instance.then((result) => ({ ...result, statuses }));
}

/** A user, signed in once to create an API key with every scope, as an integrator would. */
async function signUpWithKey() {
  const signup = await fetch(`${base}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `bench-${randomUUID()}@example.com`, password: 'benchmark password' }),
  });
  const cookies = signup.headers.getSetCookie();
  const cookie = cookies.map((c) => c.split(';')[0]).join('; ');
  const csrf = /wallet_csrf=([^;]+)/.exec(cookies.join(';'))?.[1] ?? '';
  const key = await fetch(`${base}/api/v1/api-keys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
    body: JSON.stringify({ name: 'bench', scopes: ['wallets:read', 'wallets:write', 'transfers:write'] }),
  });
  if (key.status !== 201) throw new Error(`key creation answered ${key.status}`);
  apiKey = (await key.json()).key;
}

async function post(url, body) {
  const res = await fetch(base + url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`${url} answered ${res.status}: ${await res.text()}`);
  return res.json();
}

async function waitForReady() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/api/health/ready`)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the API did not become ready');
}
