import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { createTestDatabase, PATIENT_DATABASE } from '../support/app';
import { expectLedgerConsistent } from '../support/ledger';
import { freePort, waitFor, waitForReady } from '../support/product';
import { createUser } from '../support/users';

/**
 * SIGTERM under load, on the built product as `pnpm start` runs it (a primary and two workers): every
 * request already accepted completes with its real answer, new ones are refused, the exit code is 0.
 */
it('finishes every accepted transfer after SIGTERM, refuses new connections, and exits 0', async () => {
  const database = await createTestDatabase();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const api: ChildProcess = spawn(process.execPath, [path.join(__dirname, '..', '..', 'dist', 'main.js')], {
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      WEB_CONCURRENCY: '2',
      LOG_LEVEL: 'warn',
      METRICS_PORT: '0',
      RATE_LIMIT_PER_MINUTE: '1000000',
      AUTH_RATE_LIMIT_PER_ADDRESS: '1000000',
      ...PATIENT_DATABASE,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => api.once('exit', (code) => resolve(code)));
  const db = new pg.Client({ connectionString: database.url });
  const holder = new pg.Client({ connectionString: database.url });
  try {
    await waitForReady(base, () => api.exitCode !== null);
    await db.connect();
    const user = await createUser(base);
    const post = (url: string, body: object) =>
      fetch(`${base}${url}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${user.key}`,
          'content-type': 'application/json',
          'idempotency-key': randomUUID(),
        },
        body: JSON.stringify(body),
      });
    const source = ((await (await post('/api/v1/wallets', {})).json()) as { id: string }).id;
    const destination = ((await (await post('/api/v1/wallets', {})).json()) as { id: string }).id;
    expect((await post(`/api/v1/wallets/${source}/fund`, { amount: 100 })).status).toBe(201);

    // Hold the source wallet's lock, so the transfers are in flight (accepted, waiting) at SIGTERM.
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT id FROM wallets WHERE id = $1 FOR UPDATE', [source]);
    // Settled at once into a status or an error, so a failure elsewhere does not leave 32 unhandled rejections.
    const transfers = Array.from({ length: 32 }, () =>
      post('/api/v1/wallets/transfer', {
        sourceWalletId: source,
        destinationWalletId: destination,
        amount: 1,
      }).then(
        (res) => res.status,
        (error: unknown) => String(error),
      ),
    );
    await waitFor(async () => (await lockWaiters(db)) >= 10);

    api.kill('SIGTERM');
    // For a last moment, a new request is answered and told to close its connection. The signal reaches
    // the workers through the primary, so a request sent at once may still get a keep-alive answer from a
    // worker that has not heard it yet: ask until the answer says close (the window is 500 ms).
    expect(await answerSaysClose(`${base}/api/health/live`)).toBe(true);
    // ...then new connections are refused (the listeners are closed).
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await expect(fetch(`${base}/api/health/live`)).rejects.toThrow();
    await holder.query('COMMIT');

    expect(await Promise.all(transfers)).toEqual(Array(32).fill(201));
    expect(await exited).toBe(0);
    const { rows } = await db.query('SELECT balance_minor::int AS b FROM wallets WHERE id = $1', [
      destination,
    ]);
    expect(rows[0].b).toBe(32 * 100);
    await expectLedgerConsistent(db);
  } finally {
    if (api.exitCode === null) api.kill('SIGKILL');
    await holder.end().catch(() => {});
    await db.end().catch(() => {});
    await database.drop();
  }
}, 90_000);

async function lockWaiters(db: pg.Client): Promise<number> {
  const { rows } = await db.query(
    "SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()",
  );
  return rows[0].n;
}

/** Asks until an answer carries `Connection: close` (true) or the listener refuses (false), for at most 3 s. */
async function answerSaysClose(url: string): Promise<boolean> {
  const deadline = Date.now() + 3_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.headers.get('connection') === 'close') return true;
    } catch {
      return false;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return false;
}
