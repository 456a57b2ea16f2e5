import { Injectable } from '@nestjs/common';
import type { Db } from '../database/db';
import type { UtcPeriod } from './outgoing-limits.repository';
import type { LimitsMinor } from './tier-limits.input';

export interface TierRecord {
  name: string;
  requestsPerMinute: number;
  updatedAt: Date;
  limits: Map<string, LimitsMinor>;
  users: number;
}

export interface SentTotals {
  currency: string;
  dayTotalMinor: bigint;
  monthTotalMinor: bigint;
}

/** The tiers table and its limits, users' tiers and what they sent out. */
@Injectable()
export class TiersRepository {
  async list(db: Db): Promise<TierRecord[]> {
    const [tiers, counts] = await Promise.all([
      db.tier.findMany({ include: { limits: true }, orderBy: { requestsPerMinute: 'asc' } }),
      db.user.groupBy({ by: ['tier'], _count: { _all: true } }),
    ]);
    const users = new Map(counts.map((row) => [row.tier, row._count._all]));
    return tiers.map((tier) => ({
      name: tier.name,
      requestsPerMinute: tier.requestsPerMinute,
      updatedAt: tier.updatedAt,
      limits: new Map(
        tier.limits.map((l) => [l.currency, { dailyMinor: l.dailyMinor, monthlyMinor: l.monthlyMinor }]),
      ),
      users: users.get(tier.name) ?? 0,
    }));
  }

  /** The tier, its row locked for this transaction (so two admins' edits apply one after the other). */
  async findLocked(tx: Db, name: string): Promise<Omit<TierRecord, 'users'> | null> {
    const [row] = await tx.$queryRaw<{ name: string; requests_per_minute: number; updated_at: Date }[]>`
      SELECT name, requests_per_minute, updated_at FROM tiers WHERE name = ${name} FOR UPDATE`;
    if (!row) return null;
    const limits = await tx.tierLimit.findMany({ where: { tier: name } });
    return {
      name: row.name,
      requestsPerMinute: row.requests_per_minute,
      updatedAt: row.updated_at,
      limits: new Map(
        limits.map((l) => [l.currency, { dailyMinor: l.dailyMinor, monthlyMinor: l.monthlyMinor }]),
      ),
    };
  }

  /** Replaces the tier's numbers and every one of its limits. */
  async replace(tx: Db, name: string, requestsPerMinute: number, limits: Map<string, LimitsMinor>) {
    await tx.$executeRaw`
      UPDATE tiers SET requests_per_minute = ${requestsPerMinute}, updated_at = clock_timestamp()
      WHERE name = ${name}`;
    await tx.tierLimit.deleteMany({ where: { tier: name } });
    if (limits.size === 0) return;
    await tx.tierLimit.createMany({
      data: [...limits].map(([currency, l]) => ({
        tier: name,
        currency,
        dailyMinor: l.dailyMinor,
        monthlyMinor: l.monthlyMinor,
      })),
    });
  }

  /** The user's tier, their row locked for this transaction; null when there is no such user. */
  async userTierLocked(tx: Db, userId: string): Promise<{ tier: string; email: string } | null> {
    const [row] = await tx.$queryRaw<{ tier: string; email: string }[]>`
      SELECT tier, email FROM users WHERE id = ${userId}::uuid FOR NO KEY UPDATE`;
    return row ?? null;
  }

  async setUserTier(tx: Db, userId: string, tier: string): Promise<void> {
    await tx.$executeRaw`UPDATE users SET tier = ${tier} WHERE id = ${userId}::uuid`;
  }

  /** The user's tier and its limits, and what they sent out in each currency in the period. */
  async accountStanding(db: Db, userId: string, period: UtcPeriod) {
    const user = await db.user.findUnique({
      where: { id: userId },
      select: { tier: true, tierRef: { select: { requestsPerMinute: true, limits: true } } },
    });
    if (!user) return null;
    const rows = await db.$queryRaw<
      { currency: string; day_total_minor: bigint; month_total_minor: bigint }[]
    >`
      SELECT currency,
             CASE WHEN day = ${period.day}::date THEN day_total_minor ELSE 0 END AS day_total_minor,
             month_total_minor
      FROM outgoing_totals WHERE user_id = ${userId}::uuid AND month = ${period.month}::date`;
    const sent: SentTotals[] = rows.map((row) => ({
      currency: row.currency.trim(),
      dayTotalMinor: BigInt(row.day_total_minor),
      monthTotalMinor: BigInt(row.month_total_minor),
    }));
    return {
      tier: user.tier,
      requestsPerMinute: user.tierRef.requestsPerMinute,
      limits: user.tierRef.limits,
      sent,
    };
  }
}
