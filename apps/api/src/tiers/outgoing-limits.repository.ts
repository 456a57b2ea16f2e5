import { Injectable } from '@nestjs/common';
import type { Db } from '../database/db';

/** A day and the month it is in (UTC), as the totals' row keys them: 'YYYY-MM-DD'. */
export interface UtcPeriod {
  day: string;
  month: string;
}

export function utcPeriodOf(at: Date): UtcPeriod {
  const day = at.toISOString().slice(0, 10);
  return { day, month: `${day.slice(0, 7)}-01` };
}

/** A user's tier, its limits in one currency (null: not limited) and what they sent out in the period. */
export interface Standing {
  tier: string;
  dailyMinor: bigint | null;
  monthlyMinor: bigint | null;
  dayTotalMinor: bigint;
  monthTotalMinor: bigint;
}

interface StandingRow {
  tier: string;
  daily_minor: bigint | null;
  monthly_minor: bigint | null;
  day_total_minor: bigint | null;
  month_total_minor: bigint | null;
}

@Injectable()
export class OutgoingLimitsRepository {
  /**
   * Adds `amountMinor` to what the user sent out in `currency` on the day and in the month, only if both
   * stay within their tier's limits, in one statement. The totals' row lock (taken by the upsert, kept to
   * commit) makes the user's concurrent transfers wait for each other, so no two can both pass on the
   * same remainder. True when it was added, false when a limit refused it (the row is still locked).
   */
  async claim(tx: Db, userId: string, currency: string, amountMinor: bigint, period: UtcPeriod) {
    // A later day replaces the stored one (its total starts again); a posting dated a moment earlier
    // than the stored day (two transactions across midnight) counts on the later day: never less.
    const rows = await tx.$queryRaw<{ day_total_minor: bigint }[]>`
      WITH lim AS (
        SELECT l.daily_minor, l.monthly_minor
        FROM users u LEFT JOIN tier_limits l ON l.tier = u.tier AND l.currency = ${currency}
        WHERE u.id = ${userId}::uuid
      )
      INSERT INTO outgoing_totals AS t (user_id, currency, month, day, day_total_minor, month_total_minor)
      SELECT ${userId}::uuid, ${currency}, ${period.month}::date, ${period.day}::date, ${amountMinor}, ${amountMinor}
      FROM lim
      WHERE ${amountMinor} <= COALESCE(lim.daily_minor, ${amountMinor})
        AND ${amountMinor} <= COALESCE(lim.monthly_minor, ${amountMinor})
      ON CONFLICT (user_id, currency, month) DO UPDATE SET
        day = GREATEST(t.day, EXCLUDED.day),
        day_total_minor = CASE WHEN EXCLUDED.day > t.day THEN 0 ELSE t.day_total_minor END + EXCLUDED.day_total_minor,
        month_total_minor = t.month_total_minor + EXCLUDED.month_total_minor
      WHERE CASE WHEN EXCLUDED.day > t.day THEN 0 ELSE t.day_total_minor END + EXCLUDED.day_total_minor
              <= COALESCE((SELECT daily_minor FROM lim), 9223372036854775807)
        AND t.month_total_minor + EXCLUDED.month_total_minor
              <= COALESCE((SELECT monthly_minor FROM lim), 9223372036854775807)
      RETURNING day_total_minor`;
    return rows.length === 1;
  }

  /** The user's tier, its limits in `currency` and what they sent out in that currency in the period. */
  async standing(tx: Db, userId: string, currency: string, period: UtcPeriod): Promise<Standing> {
    const [row] = await tx.$queryRaw<StandingRow[]>`
      SELECT u.tier, l.daily_minor, l.monthly_minor,
             CASE WHEN t.day = ${period.day}::date THEN t.day_total_minor ELSE 0 END AS day_total_minor,
             t.month_total_minor
      FROM users u
      LEFT JOIN tier_limits l ON l.tier = u.tier AND l.currency = ${currency}
      LEFT JOIN outgoing_totals t
        ON t.user_id = u.id AND t.currency = ${currency} AND t.month = ${period.month}::date
      WHERE u.id = ${userId}::uuid`;
    if (!row) throw new Error('the standing of a user who does not exist');
    return {
      tier: row.tier,
      dailyMinor: row.daily_minor,
      monthlyMinor: row.monthly_minor,
      dayTotalMinor: BigInt(row.day_total_minor ?? 0n),
      monthTotalMinor: BigInt(row.month_total_minor ?? 0n),
    };
  }
}
