import { Logger, type OnModuleDestroy } from '@nestjs/common';
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
  key: string;
  ttlMs: number;
  /** When this window ends: the shared row's, once read; until then the one this process started. */
  windowEndsAtMs: number;
  /** Hits of every process in this window, as the shared row said at the last sync. */
  shared: number;
  /** This process's hits in this window, and how many of them the shared row already holds. */
  local: number;
  sent: number;
  /** The first read of the shared row, when this process meets the key in a new window. */
  loaded: Promise<void>;
  /**
   * Whether that read is over. Until then no sync sends this key's hits: a read that saw hits of this
   * process already added (but not yet marked sent) would count them twice.
   */
  ready: boolean;
  lastHitMs: number;
}

interface SharedRow {
  key: string;
  hits: number;
  ends_ms: number;
}

/**
 * Request counters for the per-user limit without a database write per request. Each process counts in
 * memory and, every RATE_LIMIT_SYNC_MS, adds what it counted to one shared row per user in PostgreSQL
 * (one statement for all users) and reads back everyone's total. A window is fixed per key and starts
 * with its first hit on any process; the row holds its end, so every process agrees on it.
 *
 * Tolerance: a process decides from the last total it read (on meeting the key in a new window, then at
 * every sync while the key is in use here: a write for keys with new hits, a read for the rest) plus its
 * own hits, so other processes' hits reach its decisions one sync interval late. With P processes, a
 * user can get at most about limit + P x (their requests to one process in RATE_LIMIT_SYNC_MS) through
 * in one window; one process alone is exact. Hard security limits (logins) use PostgresThrottlerStorage.
 */
export class BatchedThrottlerStorage implements ThrottlerStorage, OnModuleDestroy {
  private readonly logger = new Logger('RateLimit');
  /** Whether the last sync failed, so a long outage is logged once, not every 250 ms. */
  private sharingFailed = false;
  private readonly counters = new Map<string, Counter>();
  private readonly timer: NodeJS.Timeout | undefined;
  private lastSyncMs = Date.now();
  private syncing: Promise<void> | null = null;
  /** A sync asked for while one was under way: it follows that one, so it covers every hit made so far. */
  private nextSync: Promise<void> | null = null;
  private lastSweepMs = 0;

  /**
   * `timer` false (the serverless function, frozen between requests): no timer; a request that comes
   * at least the sync interval after the last sync starts the next one.
   */
  constructor(
    private readonly prisma: PrismaService,
    timer = true,
  ) {
    if (!timer) return;
    this.timer = setInterval(() => void this.sync(), RATE_LIMIT_SYNC_MS);
    this.timer.unref();
  }

  /**
   * Stops the timer and lets a sync under way finish, so nothing queries the database once the app is
   * closed. Hits not yet shared stay uncounted elsewhere: at most a quarter of a second of them.
   */
  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await (this.nextSync ?? this.syncing);
  }

  async increment(key: string, ttlMs: number, limit: number): Promise<StorageRecord> {
    const now = Date.now();
    let counter = this.counters.get(key);
    if (!counter || counter.windowEndsAtMs <= now) {
      if (!counter && this.counters.size >= MAX_KEYS) this.dropEnded(now);
      counter = this.startCounter(key, ttlMs, now);
    }
    const ordinal = ++counter.local;
    counter.lastHitMs = now;
    if (!this.timer && now - this.lastSyncMs >= RATE_LIMIT_SYNC_MS) void this.sync();
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

  /**
   * Adds the counts not yet shared to the shared rows and reads their totals back, in one statement.
   * Resolves once every hit whose increment had returned before the call is shared (or the attempt failed).
   */
  sync(): Promise<void> {
    this.lastSyncMs = Date.now();
    if (!this.syncing) {
      this.syncing = this.flush().finally(() => {
        this.syncing = null;
      });
      return this.syncing;
    }
    // The one under way may have chosen its keys before the latest hits: one more runs after it.
    this.nextSync ??= this.syncing.then(() => {
      this.nextSync = null;
      return this.sync();
    });
    return this.nextSync;
  }

  /** A key new to this process (or in a new window) starts from the shared row, if its window is open. */
  private startCounter(key: string, ttlMs: number, now: number): Counter {
    const counter: Counter = {
      key,
      ttlMs,
      windowEndsAtMs: now + ttlMs,
      shared: 0,
      local: 0,
      sent: 0,
      loaded: Promise.resolve(),
      ready: false,
      lastHitMs: now,
    };
    counter.loaded = this.prisma.$queryRaw<SharedRow[]>`
      SELECT key, hits, (EXTRACT(EPOCH FROM window_ends_at) * 1000)::float8 AS ends_ms
      FROM rate_limits WHERE key = ${key} AND window_ends_at > now()`
      .then(([row]) => {
        if (row) this.adopt(counter, row);
      })
      .catch((error: unknown) => this.logger.warn({ err: error }, 'could not read a shared rate-limit count'))
      .finally(() => {
        counter.ready = true;
      });
    this.counters.set(key, counter);
    return counter;
  }

  private async flush(): Promise<void> {
    const now = Date.now();
    this.dropEnded(now);
    await this.sweepOldRows(now);
    // Keys with new hits here add them; keys used here lately but quiet now only read the others' total.
    const counters = [...this.counters.values()].filter(
      (counter) => counter.ready && counter.windowEndsAtMs > now,
    );
    const live = counters.filter((counter) => counter.local > counter.sent);
    const quiet = counters.filter((c) => c.local === c.sent && now - c.lastHitMs < QUIET_REFRESH_MS);
    if (live.length === 0 && quiet.length === 0) return;
    const sent = live.map((counter) => counter.local - counter.sent);
    try {
      // A row whose window has ended starts a new one with these hits, ending a ttl from now.
      const rows = await this.prisma.$queryRaw<SharedRow[]>`
        WITH added AS (
          INSERT INTO rate_limits (key, hits, window_ends_at)
          SELECT k, h, now() + t * interval '1 millisecond'
          FROM unnest(${live.map((c) => c.key)}::text[], ${sent}::int[], ${live.map((c) => c.ttlMs)}::int[]) AS u(k, h, t)
          ON CONFLICT (key) DO UPDATE SET
            hits = CASE WHEN rate_limits.window_ends_at <= now() THEN EXCLUDED.hits
                        ELSE rate_limits.hits + EXCLUDED.hits END,
            window_ends_at = CASE WHEN rate_limits.window_ends_at <= now() THEN EXCLUDED.window_ends_at
                                  ELSE rate_limits.window_ends_at END
          RETURNING key, hits, window_ends_at
        )
        SELECT key, hits, (EXTRACT(EPOCH FROM window_ends_at) * 1000)::float8 AS ends_ms FROM added
        UNION ALL
        SELECT key, hits, (EXTRACT(EPOCH FROM window_ends_at) * 1000)::float8 AS ends_ms FROM rate_limits
        WHERE key = ANY(${quiet.map((c) => c.key)}::text[]) AND window_ends_at > now()`;
      live.forEach((counter, i) => {
        counter.sent += sent[i] ?? 0;
      });
      if (this.sharingFailed) {
        this.sharingFailed = false;
        this.logger.log('sharing rate-limit counts again');
      }
      const byKey = new Map(rows.map((row) => [row.key, row]));
      for (const counter of [...live, ...quiet]) {
        const row = byKey.get(counter.key);
        if (row) this.adopt(counter, row);
      }
    } catch (error) {
      // The counts stay pending and go with the next sync; meanwhile each process limits on its own.
      // Said once when it starts failing, not every 250 ms for as long as the database is away.
      if (!this.sharingFailed) this.logger.warn({ err: error }, 'could not share rate-limit counts');
      this.sharingFailed = true;
    }
  }

  /** Takes the shared row's window and total (which includes what this process has sent). */
  private adopt(counter: Counter, row: SharedRow): void {
    // The window may have been opened by another process a little earlier: its end is the one that counts.
    counter.windowEndsAtMs = Math.round(Number(row.ends_ms));
    counter.shared = Number(row.hits);
  }

  private async sweepOldRows(now: number): Promise<void> {
    if (now - this.lastSweepMs < 60_000) return;
    this.lastSweepMs = now;
    await this.prisma
      .$executeRaw`DELETE FROM rate_limits WHERE window_ends_at < now() - interval '1 hour'`.catch(() => {});
  }

  private dropEnded(now: number): void {
    for (const [key, counter] of this.counters) {
      if (counter.windowEndsAtMs <= now) this.counters.delete(key);
    }
  }
}
