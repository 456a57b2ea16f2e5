import { Logger } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type { PrismaService } from '../database/prisma.service';

type StorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** How often each process adds its new hits to the shared counts and reads everyone's back. */
export const RATE_LIMIT_SYNC_MS = 250;
/** Bound on the keys one process tracks at once (a key is a user, so this is users per window). */
const MAX_KEYS = 100_000;
/** How long after its last hit here a key's shared total is still refreshed at every sync. */
const QUIET_REFRESH_MS = 10_000;

interface Counter {
  /** The shared row's key: the limit's key and its window, so windows agree across processes. */
  rowKey: string;
  windowEndsAtMs: number;
  /** Hits of every process as the shared row said at the last sync. */
  shared: number;
  /** This process's hits in this window, and how many of them the shared row already holds. */
  local: number;
  sent: number;
  /** The first read of the shared row, when this process meets the key in this window. */
  loaded: Promise<void>;
  lastHitMs: number;
}

/**
 * Request counters for the per-user limit without a database write per request. Each process counts in
 * memory and, every RATE_LIMIT_SYNC_MS, adds what it counted to one shared row per user and window in
 * PostgreSQL (one statement for all users) and reads back everyone's total. Windows are aligned to the
 * clock (floor(now / ttl)), so every process and machine agrees on them.
 *
 * Tolerance: a process decides from the last total it read (on first meeting the key in a window, then
 * at every sync while the key is in use here: a write for keys with new hits, a read for the rest) plus
 * its own hits, so other processes' hits reach its decisions one sync interval late. With P processes, a
 * user can get at most about limit + P x (their requests to one process in RATE_LIMIT_SYNC_MS) through
 * in one window; one process alone is exact. Hard security limits (logins) use PostgresThrottlerStorage, which is exact.
 */
export class BatchedThrottlerStorage implements ThrottlerStorage {
  private readonly logger = new Logger('RateLimit');
  private readonly counters = new Map<string, Counter>();
  private readonly timer: NodeJS.Timeout;
  private syncing: Promise<void> | null = null;
  private lastSweepMs = 0;

  constructor(private readonly prisma: PrismaService) {
    this.timer = setInterval(() => void this.sync(), RATE_LIMIT_SYNC_MS);
    this.timer.unref();
  }

  async increment(key: string, ttlMs: number, limit: number): Promise<StorageRecord> {
    const now = Date.now();
    const windowStartMs = Math.floor(now / ttlMs) * ttlMs;
    let counter = this.counters.get(key);
    if (!counter || counter.windowEndsAtMs <= now) {
      if (!counter && this.counters.size >= MAX_KEYS) this.dropEnded(now);
      counter = this.startCounter(key, `${key}@${windowStartMs}`, windowStartMs + ttlMs);
    }
    const ordinal = ++counter.local;
    counter.lastHitMs = now;
    await counter.loaded;
    // Concurrent requests each count as their own position, not all as the latest.
    const totalHits = counter.shared + Math.max(0, ordinal - counter.sent);
    const secondsLeft = Math.max(1, Math.ceil((counter.windowEndsAtMs - now) / 1000));
    return {
      totalHits,
      timeToExpire: secondsLeft,
      isBlocked: totalHits > limit,
      timeToBlockExpire: totalHits > limit ? secondsLeft : 0,
    };
  }

  /** A key new to this process in this window starts from the shared total (one read, no write). */
  private startCounter(key: string, rowKey: string, windowEndsAtMs: number): Counter {
    const counter: Counter = {
      rowKey,
      windowEndsAtMs,
      shared: 0,
      local: 0,
      sent: 0,
      loaded: Promise.resolve(),
      lastHitMs: Date.now(),
    };
    counter.loaded = this.prisma.$queryRaw<
      { hits: number }[]
    >`SELECT hits FROM rate_limits WHERE key = ${rowKey}`
      .then((rows) => {
        counter.shared = Math.max(counter.shared, rows[0]?.hits ?? 0);
      })
      .catch((error: unknown) =>
        this.logger.warn({ err: error }, 'could not read a shared rate-limit count'),
      );
    this.counters.set(key, counter);
    return counter;
  }

  /** Adds the counts not yet shared to the shared rows and reads their totals back, in one statement. */
  sync(): Promise<void> {
    this.syncing ??= this.flush().finally(() => {
      this.syncing = null;
    });
    return this.syncing;
  }

  private async flush(): Promise<void> {
    const now = Date.now();
    this.dropEnded(now);
    if (now - this.lastSweepMs > 60_000) {
      this.lastSweepMs = now;
      await this.prisma
        .$executeRaw`DELETE FROM rate_limits WHERE window_ends_at < now() - interval '1 hour'`.catch(
        () => {},
      );
    }
    // Keys with new hits here add them; keys used here lately but quiet now only read the others' total.
    const counters = [...this.counters.values()];
    const live = counters.filter((counter) => counter.local > counter.sent);
    const quiet = counters.filter((c) => c.local === c.sent && now - c.lastHitMs < QUIET_REFRESH_MS);
    if (live.length === 0 && quiet.length === 0) return;
    const sent = live.map((counter) => counter.local - counter.sent);
    try {
      const rows = await this.prisma.$queryRaw<{ key: string; hits: number }[]>`
        WITH added AS (
          INSERT INTO rate_limits (key, hits, window_ends_at)
          SELECT k, h, to_timestamp(e / 1000.0)
          FROM unnest(${live.map((c) => c.rowKey)}::text[], ${sent}::int[], ${live.map((c) => c.windowEndsAtMs)}::float8[]) AS t(k, h, e)
          ON CONFLICT (key) DO UPDATE SET hits = rate_limits.hits + EXCLUDED.hits
          RETURNING key, hits
        )
        SELECT key, hits FROM added
        UNION ALL
        SELECT key, hits FROM rate_limits WHERE key = ANY(${quiet.map((c) => c.rowKey)}::text[])`;
      const totals = new Map(rows.map((row) => [row.key, row.hits]));
      live.forEach((counter, i) => {
        counter.sent += sent[i] ?? 0;
      });
      for (const counter of [...live, ...quiet]) {
        counter.shared = Math.max(counter.shared, totals.get(counter.rowKey) ?? counter.shared);
      }
    } catch (error) {
      // The counts stay pending and go with the next sync; meanwhile each process limits on its own.
      this.logger.warn({ err: error }, 'could not share rate-limit counts');
    }
  }

  private dropEnded(now: number): void {
    for (const [key, counter] of this.counters) {
      if (counter.windowEndsAtMs <= now && counter.local === counter.sent) this.counters.delete(key);
    }
  }
}
