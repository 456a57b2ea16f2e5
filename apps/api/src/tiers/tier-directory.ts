import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { PrismaService } from '../database/prisma.service';

/** How long a process trusts what it read of the tiers table and of a user's tier, at most. */
export const TIER_CACHE_MS = 30_000;
/** Users whose tier one process remembers at once (a few bytes each). */
const MAX_USERS = 100_000;
/** The tier of a caller without a credential. */
export const ANONYMOUS_TIER = 'anonymous';
/** Every user's tier until an admin gives them another. */
export const DEFAULT_TIER = 'standard';
/** The migration's numbers, used only until the tiers table has been read once (the database down). */
const BUILT_IN_PER_MINUTE = new Map([
  [ANONYMOUS_TIER, 10],
  [DEFAULT_TIER, 100],
  ['premium', 1000],
]);

/**
 * Requests per minute by tier and each user's tier, remembered by this process for TIER_CACHE_MS so the
 * rate limiter (every request) reads the database at most once per user per 30 seconds, and the tiers
 * table once per 30 seconds, in the background once it has been read (no request waits for it but the
 * first of a user on this process). An admin's change applies at once on the process that made it
 * (forget) and on the others with the first request after TIER_CACHE_MS. The money limits are not read here: the transfer's own statement
 * reads the tier's limits as of its transaction (outgoing-limits.repository.ts).
 */
@Injectable()
export class TierDirectory {
  private readonly userTiers = new LRUCache<string, string>({
    max: MAX_USERS,
    ttl: TIER_CACHE_MS,
    fetchMethod: (userId) => this.readUserTier(userId),
    // Past its time, an entry still answers while it is read again in the background: a request waits
    // for the database only for a user this process has not seen (or forgot).
    allowStale: true,
    // The database out of reach: the tier last read, however old, rather than no answer.
    allowStaleOnFetchRejection: true,
    noDeleteOnFetchRejection: true,
  });
  private perMinute: { byTier: Map<string, number>; readAtMs: number } | null = null;
  private loading: Promise<Map<string, number>> | null = null;

  constructor(private readonly prisma: PrismaService) {}

  /** The requests a minute of the user's tier. */
  async requestsPerMinute(userId: string): Promise<number> {
    const tier = (await this.userTiers.fetch(userId).catch(() => undefined)) ?? DEFAULT_TIER;
    return this.requestsPerMinuteOf(tier);
  }

  /** The requests a minute of the anonymous tier (per client address). */
  anonymousRequestsPerMinute(): Promise<number> {
    return this.requestsPerMinuteOf(ANONYMOUS_TIER);
  }

  /** Drops what this process remembers (of one user, or everything), so the next request reads it anew. */
  forget(userId?: string): void {
    if (userId) this.userTiers.delete(userId);
    else {
      this.userTiers.clear();
      this.perMinute = null;
    }
  }

  private async requestsPerMinuteOf(tier: string): Promise<number> {
    const known = this.perMinute;
    // Past its time, the last read still answers while the table is read again in the background.
    if (known && Date.now() - known.readAtMs >= TIER_CACHE_MS) void this.loadTiers();
    const byTier = known ? known.byTier : await this.loadTiers();
    // A tier is never deleted while a user holds it (foreign key); the default's number is the fallback.
    return byTier.get(tier) ?? byTier.get(DEFAULT_TIER) ?? 1;
  }

  /** One read of the tiers table however many requests wait for it. */
  private loadTiers(): Promise<Map<string, number>> {
    this.loading ??= this.prisma.tier
      .findMany({ select: { name: true, requestsPerMinute: true } })
      .then((rows) => {
        const byTier = new Map(rows.map((row) => [row.name, row.requestsPerMinute]));
        this.perMinute = { byTier, readAtMs: Date.now() };
        return byTier;
      })
      // Unreadable: what was read last, or the built-in numbers; the next request tries again.
      .catch(() => this.perMinute?.byTier ?? BUILT_IN_PER_MINUTE)
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }

  private async readUserTier(userId: string): Promise<string> {
    const user = await this.prisma.user.findUnique({ where: { id: userId }, select: { tier: true } });
    return user?.tier ?? DEFAULT_TIER;
  }
}
