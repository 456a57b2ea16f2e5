import { Injectable } from '@nestjs/common';
import type { Db } from '../database/db';
import { Prisma } from '../generated/prisma/client';
import type { ReviewRow } from './review.view';
import { fromStoredRules, type RuleSet, type WindowTotals } from './review-rules';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const REVIEW_COLUMNS = Prisma.sql`
  r.id, r.seq, r.owner_id AS "ownerId", r.source_wallet_id AS "sourceWalletId",
  r.destination_wallet_id AS "destinationWalletId", r.amount_minor AS "amountMinor", r.currency,
  r.description, r.reference, r.status, r.rule_version AS "ruleVersion", r.reasons,
  r.created_at AS "createdAt", r.decided_by AS "decidedBy", r.decided_at AS "decidedAt",
  r.decision_reason AS "decisionReason", r.transaction_id AS "transactionId"`;

export interface RuleSetRow {
  version: number;
  rules: unknown;
  createdBy: string | null;
  note: string | null;
  createdAt: Date;
}

/** A transfer to hold: its id (the transfer's), who asks, what, and why. */
export interface NewReview {
  id: string;
  ownerId: string;
  sourceWalletId: string;
  destinationWalletId: string;
  amountMinor: bigint;
  currency: string;
  description: string | null;
  reference: string | null;
  ruleVersion: number;
  reasons: string[];
  at: Date;
}

export interface Decision {
  id: string;
  status: 'RELEASED' | 'REJECTED';
  decidedBy: string;
  reason: string | null;
  transactionId: string;
  at: Date;
}

/** Extra CTEs of a statement (e.g. the webhook outbox) and the SQL value it returns. */
export interface Riders {
  ctes: Prisma.Sql | null;
  returns: Prisma.Sql | null;
}

const ridersSql = (riders: Riders) => ({
  ctes: riders.ctes ? Prisma.sql`, ${riders.ctes}` : Prisma.empty,
  returns: riders.returns ?? Prisma.sql`NULL::text[]`,
});

@Injectable()
export class ReviewsRepository {
  /** The newest rule set: the one transfers are checked against. */
  async activeRuleSet(db: Db): Promise<RuleSet> {
    const [row] = await db.$queryRaw<{ version: number; rules: unknown }[]>`
      SELECT version, rules FROM review_rule_sets ORDER BY version DESC LIMIT 1`;
    // The migration writes version 1 and nothing deletes one (a trigger refuses it).
    if (!row) throw new Error('no review rule set: the migrations did not run');
    return { version: row.version, rules: fromStoredRules(row.rules) };
  }

  ruleSets(db: Db, limit: number): Promise<RuleSetRow[]> {
    return db.$queryRaw<RuleSetRow[]>`
      SELECT version, rules, created_by AS "createdBy", note, created_at AS "createdAt"
      FROM review_rule_sets ORDER BY version DESC LIMIT ${limit}`;
  }

  /** A new version after the newest; edits take turns (an advisory lock), so versions never collide. */
  async addRuleSet(db: Db, rules: unknown, createdBy: string, note: string | null): Promise<RuleSetRow> {
    await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('review rule sets', 0))`;
    const [row] = await db.$queryRaw<RuleSetRow[]>`
      INSERT INTO review_rule_sets (version, rules, created_by, note)
      SELECT COALESCE(max(version), 0) + 1, ${JSON.stringify(rules)}::jsonb, ${createdBy}::uuid, ${note}
      FROM review_rule_sets
      RETURNING version, rules, created_by AS "createdBy", note, created_at AS "createdAt"`;
    if (!row) throw new Error('the rule set was not written');
    return row;
  }

  /**
   * The payer's outgoing transfers in the hour and the day before `at` (posted, not refunds, and those
   * held now), this one not counted; amounts only of `currency`. Live money only: test traffic (the
   * sandbox) never counts towards a live rule.
   */
  async windowTotals(
    db: Db,
    ownerId: string,
    currency: string,
    at: Date,
  ): Promise<{ hourly: WindowTotals; daily: WindowTotals }> {
    const dayAgo = new Date(at.getTime() - DAY_MS);
    const hourAgo = new Date(at.getTime() - HOUR_MS);
    const [row] = await db.$queryRaw<
      { hourCount: number; hourAmount: bigint; dayCount: number; dayAmount: bigint }[]
    >`
      WITH outgoing AS (
        SELECT t.amount_minor, t.currency, t.created_at
        FROM wallets w JOIN transactions t ON t.wallet_id = w.id
        WHERE w.owner_id = ${ownerId}::uuid AND w.livemode AND t.type = 'TRANSFER_OUT' AND t.status = 'SUCCESS'
          AND t.refund_of IS NULL AND t.created_at > ${dayAgo}::timestamptz
        UNION ALL
        SELECT r.amount_minor, r.currency, r.created_at FROM transfer_reviews r
        WHERE r.owner_id = ${ownerId}::uuid AND r.status = 'PENDING' AND r.created_at > ${dayAgo}::timestamptz
          AND EXISTS (SELECT 1 FROM wallets rw WHERE rw.id = r.source_wallet_id AND rw.livemode)
      )
      SELECT count(*) FILTER (WHERE created_at > ${hourAgo}::timestamptz)::int AS "hourCount",
             COALESCE(sum(amount_minor) FILTER (WHERE created_at > ${hourAgo}::timestamptz
                                                 AND currency = ${currency}), 0)::bigint AS "hourAmount",
             count(*)::int AS "dayCount",
             COALESCE(sum(amount_minor) FILTER (WHERE currency = ${currency}), 0)::bigint AS "dayAmount"
      FROM outgoing`;
    return {
      hourly: { count: row?.hourCount ?? 0, amountMinor: row?.hourAmount ?? 0n },
      daily: { count: row?.dayCount ?? 0, amountMinor: row?.dayAmount ?? 0n },
    };
  }

  /** Whether a wallet of the payer has sent a (posted) transfer to this wallet before. */
  async paidBefore(db: Db, ownerId: string, destinationWalletId: string): Promise<boolean> {
    const [row] = await db.$queryRaw<{ paid: boolean }[]>`
      SELECT EXISTS (
        SELECT 1 FROM transactions t
        WHERE t.wallet_id = ${destinationWalletId}::uuid AND t.type = 'TRANSFER_IN' AND t.status = 'SUCCESS'
          AND t.source_wallet_id IN (SELECT id FROM wallets WHERE owner_id = ${ownerId}::uuid)
      ) AS paid`;
    return row?.paid ?? false;
  }

  /**
   * Holds a transfer in one statement: reserves its amount on the (locked) source wallet, only if that
   * much is available, and adds the review, with `record` (the Idempotency-Key's stored answer) and
   * `riders` (the webhook outbox). Returns the wallet's reserved money after it (null: nothing held).
   */
  async hold(
    db: Db,
    review: NewReview,
    record: Prisma.Sql | null,
    riders: Riders,
  ): Promise<{ reservedMinor: bigint | null; riders: unknown }> {
    const extra = ridersSql(riders);
    const [row] = await db.$queryRaw<{ reserved: bigint | null; riders: unknown }[]>`
      WITH reserved AS (
        UPDATE wallets SET reserved_minor = reserved_minor + ${review.amountMinor}
        WHERE id = ${review.sourceWalletId}::uuid AND balance_minor - reserved_minor >= ${review.amountMinor}
        RETURNING reserved_minor
      ), review AS (
        INSERT INTO transfer_reviews (id, owner_id, source_wallet_id, destination_wallet_id, amount_minor,
                                      currency, description, reference, rule_version, reasons, created_at)
        SELECT ${review.id}::uuid, ${review.ownerId}::uuid, ${review.sourceWalletId}::uuid,
               ${review.destinationWalletId}::uuid, ${review.amountMinor}, ${review.currency},
               ${review.description}, ${review.reference}, ${review.ruleVersion}, ${review.reasons}::text[],
               ${review.at}::timestamptz
        FROM reserved
        RETURNING id
      ), recorded AS (${record ?? Prisma.sql`SELECT NULL::uuid AS id WHERE false`})
      ${extra.ctes}
      SELECT (SELECT reserved_minor FROM reserved) AS reserved,
             ${extra.returns} AS riders,
             (SELECT count(*) FROM review) + 0 * (SELECT count(*) FROM recorded) AS held`;
    return { reservedMinor: row?.reserved ?? null, riders: row?.riders ?? null };
  }

  find(db: Db, id: string): Promise<ReviewRow | null> {
    return db.$queryRaw<ReviewRow[]>`
      SELECT ${REVIEW_COLUMNS}, u.email AS "ownerEmail"
      FROM transfer_reviews r JOIN users u ON u.id = r.owner_id
      WHERE r.id = ${id}::uuid`.then((rows) => rows[0] ?? null);
  }

  /**
   * Decides a PENDING review and releases its reservation, in one statement, with `riders` (the webhook
   * outbox). Null when it was no longer PENDING (another decision won). The wallets must be locked
   * first (ascending id, as every posting), so this never waits on a wallet while holding the review.
   */
  async decide(db: Db, decision: Decision, riders: Riders): Promise<{ riders: unknown } | null> {
    const extra = ridersSql(riders);
    const [row] = await db.$queryRaw<{ decided: number; riders: unknown }[]>`
      WITH decided AS (
        UPDATE transfer_reviews
        SET status = ${decision.status}, decided_by = ${decision.decidedBy}::uuid,
            decided_at = ${decision.at}::timestamptz, decision_reason = ${decision.reason},
            transaction_id = ${decision.transactionId}::uuid
        WHERE id = ${decision.id}::uuid AND status = 'PENDING'
        RETURNING source_wallet_id, amount_minor
      ), released AS (
        UPDATE wallets w SET reserved_minor = w.reserved_minor - d.amount_minor
        FROM decided d WHERE w.id = d.source_wallet_id
        RETURNING w.id
      ) ${extra.ctes}
      SELECT (SELECT count(*) FROM released)::int AS decided, ${extra.returns} AS riders`;
    return row && row.decided === 1 ? { riders: row.riders } : null;
  }

  /** The queue: reviews of a status, oldest first, after the cursor (a seq). */
  list(db: Db, status: string, page: { limit: number; afterSeq?: bigint | undefined }): Promise<ReviewRow[]> {
    const after = page.afterSeq ?? 0n;
    return db.$queryRaw<ReviewRow[]>`
      SELECT ${REVIEW_COLUMNS}, u.email AS "ownerEmail"
      FROM transfer_reviews r JOIN users u ON u.id = r.owner_id
      WHERE r.status = ${status} AND r.seq > ${after}
      ORDER BY r.seq LIMIT ${page.limit}`;
  }

  /** Whether the wallet is the user's and of the mode (live or test). */
  async walletOwnedBy(db: Db, walletId: string, userId: string, livemode: boolean): Promise<boolean> {
    const [row] = await db.$queryRaw<{ owned: boolean }[]>`
      SELECT EXISTS (SELECT 1 FROM wallets WHERE id = ${walletId}::uuid AND owner_id = ${userId}::uuid
                     AND livemode = ${livemode}) AS owned`;
    return row?.owned ?? false;
  }

  /** A wallet's held transfers (its owner's view), newest first; only PENDING ones when asked. */
  ofWallet(db: Db, walletId: string, pendingOnly: boolean, limit: number): Promise<ReviewRow[]> {
    return db.$queryRaw<ReviewRow[]>`
      SELECT ${REVIEW_COLUMNS} FROM transfer_reviews r
      WHERE r.source_wallet_id = ${walletId}::uuid AND (NOT ${pendingOnly} OR r.status = 'PENDING')
      ORDER BY r.seq DESC LIMIT ${limit}`;
  }
}
