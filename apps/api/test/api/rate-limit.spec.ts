import { ThrottlerStorage } from '@nestjs/throttler';
import { PrismaService } from '../../src/database/prisma.service';
import { BatchedThrottlerStorage } from '../../src/rate-limit/batched-throttler.storage';
import type { RoutedThrottlerStorage } from '../../src/rate-limit/rate-limit.module';
import { startTestApp, type TestApp } from '../support/app';
import { expectProblem } from '../support/problems';

/** The per-user limit is counted in memory and shared through PostgreSQL in batches. */

/**
 * What each process would share at its next interval (every 250 ms), shared now: the test then knows
 * what every process has read back, however slow the machine.
 */
const settle = async (...apps: TestApp[]) => {
  for (const app of apps)
    await app.app.get<RoutedThrottlerStorage>(ThrottlerStorage, { strict: false }).sync();
};

it('announces the limit and what remains with the IETF RateLimit-Policy and RateLimit headers', async () => {
  const t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '50' });
  try {
    const first = await t.http.get('/api/v1/wallets');
    const second = await t.http.get('/api/v1/wallets');
    expect(first.headers['ratelimit-policy']).toBe('"api";q=50;w=60');
    const remaining = (res: { headers: Record<string, string> }) =>
      Number(/^"api";r=(\d+);t=(\d+)$/.exec(res.headers.ratelimit ?? '')?.[1]);
    // Creating the test user's key was the first request.
    expect(remaining(first)).toBe(48);
    expect(remaining(second)).toBe(47);
  } finally {
    await t.close();
  }
});

it('holds across two processes: what one counted, the other refuses past the limit', async () => {
  const a = await startTestApp({ RATE_LIMIT_PER_MINUTE: '12' });
  const b = await startTestApp({ RATE_LIMIT_PER_MINUTE: '12' }, { databaseUrl: a.databaseUrl });
  try {
    // One request (key creation) plus 9 on process A.
    for (let i = 0; i < 9; i++) expect((await a.http.get('/api/v1/wallets')).status).toBe(200);
    await settle(a, b);
    const onB: number[] = [];
    for (let i = 0; i < 4; i++) onB.push((await b.asUser(a.user).get('/api/v1/wallets')).status);
    expect(onB).toEqual([200, 200, 429, 429]);
    await settle(b, a);
    const back = await a.http.get('/api/v1/wallets');
    expectProblem(back, 429, 'RATE_LIMITED');
    expect(Number(back.headers['retry-after'])).toBeGreaterThan(0);
    await settle(a);
    // Every hit of the user on either process is in the shared count: 1 + 9 on A, 4 on B, 1 back on A.
    const { rows } = await a.db.query('SELECT hits FROM rate_limits WHERE key = $1', [`api:${a.user.id}`]);
    expect(rows[0].hits).toBe(15);
  } finally {
    await b.close();
    await a.close();
  }
});

it('admits concurrent first requests up to the limit, each counted at its own position', async () => {
  const t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '6' });
  try {
    const all = await Promise.all(Array.from({ length: 8 }, () => t.http.get('/api/v1/wallets')));
    const statuses = all.map((res) => res.status).sort();
    // The key's creation was one of the six.
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
  } finally {
    await t.close();
  }
});

it('opens a window at a key first hit, on every process, and a fresh one after it ends', async () => {
  const t = await startTestApp();
  try {
    const prisma = t.app.get(PrismaService);
    const a = new BatchedThrottlerStorage(prisma);
    const b = new BatchedThrottlerStorage(prisma);
    const key = `api:window-test-${Date.now()}`;
    const hit = (storage: BatchedThrottlerStorage) => storage.increment(key, 1_500, 3);
    expect((await hit(a)).isBlocked).toBe(false);
    expect((await hit(a)).isBlocked).toBe(false);
    await a.sync();
    // B meets the key inside A's window: it starts from A's two hits.
    expect((await hit(b)).totalHits).toBe(3);
    expect((await hit(b)).isBlocked).toBe(true);
    await b.sync();
    await new Promise((resolve) => setTimeout(resolve, 1_700));
    // The window has ended: a new one opens with this hit, on either process.
    expect(await hit(a)).toMatchObject({ totalHits: 1, isBlocked: false });
    await a.sync();
    expect((await hit(b)).totalHits).toBe(2);
    await a.onModuleDestroy();
    await b.onModuleDestroy();
  } finally {
    await t.close();
  }
});

it('never counts a hit twice when a sync meets a key whose first read is still under way', async () => {
  const t = await startTestApp();
  try {
    const prisma = t.app.get(PrismaService);
    // Real statements on the real database, with the timing a loaded machine can give: the first read of
    // a key reaches PostgreSQL 100 ms late, and a sync's answer comes back 300 ms after it committed.
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const slowed = new Proxy(prisma, {
      get(target, property, receiver) {
        if (property !== '$queryRaw') return Reflect.get(target, property, receiver);
        return async (sql: TemplateStringsArray, ...values: unknown[]) => {
          const firstRead = sql[0]?.trimStart().startsWith('SELECT');
          if (firstRead) await pause(100);
          const rows = await target.$queryRaw(sql, ...values);
          if (!firstRead) await pause(300);
          return rows;
        };
      },
    });
    const storage = new BatchedThrottlerStorage(slowed);
    // Another process opened the key's window with one hit; this one meets the key and syncs at once.
    const key = `api:first-read-${Date.now()}`;
    await t.db.query(
      `INSERT INTO rate_limits (key, hits, window_ends_at) VALUES ($1, 1, now() + interval '1 minute')`,
      [key],
    );
    const first = storage.increment(key, 60_000, 100);
    const syncing = storage.sync();
    expect((await first).totalHits).toBe(2);
    await syncing;
    await storage.sync();
    const { rows } = await t.db.query('SELECT hits FROM rate_limits WHERE key = $1', [key]);
    expect(rows[0].hits).toBe(2);
    expect((await storage.increment(key, 60_000, 100)).totalHits).toBe(3);
    await storage.onModuleDestroy();
  } finally {
    await t.close();
  }
});
