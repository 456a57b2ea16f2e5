import type { ThrottlerStorage } from '@nestjs/throttler';
import type { PrismaService } from '../database/prisma.service';

type StorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * Exact request counters in PostgreSQL, for the limits that guard accounts (sign-up and login per address
 * and per email): every process counts against the same row, one upsert per attempt. Those requests are
 * few and each already costs a password hash; the per-user API limit uses BatchedThrottlerStorage.
 */
export class PostgresThrottlerStorage implements ThrottlerStorage {
  private lastSweep = 0;

  constructor(private readonly prisma: PrismaService) {}

  async increment(key: string, ttlMs: number, limit: number): Promise<StorageRecord> {
    const rows = await this.prisma.$queryRaw<{ hits: number; ms_left: number }[]>`
      INSERT INTO rate_limits (key, hits, window_ends_at)
      VALUES (${key}, 1, now() + ${ttlMs} * interval '1 millisecond')
      ON CONFLICT (key) DO UPDATE SET
        hits = CASE WHEN rate_limits.window_ends_at <= now() THEN 1 ELSE rate_limits.hits + 1 END,
        window_ends_at = CASE WHEN rate_limits.window_ends_at <= now()
                              THEN now() + ${ttlMs} * interval '1 millisecond'
                              ELSE rate_limits.window_ends_at END
      RETURNING hits, GREATEST(0, CEIL(EXTRACT(EPOCH FROM window_ends_at - now()) * 1000))::int AS ms_left`;
    this.sweep();
    const row = rows[0] ?? { hits: 1, ms_left: ttlMs };
    const secondsLeft = Math.max(1, Math.ceil(row.ms_left / 1000));
    return {
      totalHits: row.hits,
      timeToExpire: secondsLeft,
      isBlocked: row.hits > limit,
      timeToBlockExpire: row.hits > limit ? secondsLeft : 0,
    };
  }

  /** Drops windows that ended over an hour ago, at most once a minute per process. */
  private sweep(): void {
    const now = Date.now();
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    this.prisma.$executeRaw`DELETE FROM rate_limits WHERE window_ends_at < now() - interval '1 hour'`.catch(
      () => {},
    );
  }
}
