import { Injectable } from '@nestjs/common';
import type { Db } from '../database/db';
import type { WalletRow } from '../database/rows';
import type { AdjustmentDirection, AdjustmentStatus } from '../generated/prisma/enums';

/** How long a proposal waits for its decision before it expires (and moves nothing). */
export const ADJUSTMENT_TTL_HOURS = 72;

const STAFF = { select: { id: true, email: true } } as const;
const WITH_PEOPLE = { proposer: STAFF, decider: STAFF } as const;

/** An adjustment with the staff members who proposed and decided it. */
export interface AdjustmentRow {
  id: string;
  seq: bigint;
  walletId: string;
  direction: AdjustmentDirection;
  amountMinor: bigint;
  currency: string;
  reason: string;
  proposedBy: string;
  proposedAt: Date;
  expiresAt: Date;
  status: AdjustmentStatus;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionReason: string | null;
  transactionId: string | null;
  proposer: { id: string; email: string };
  decider: { id: string; email: string } | null;
}

export interface Decision {
  status: 'APPROVED' | 'REJECTED';
  decidedBy: string;
  decisionReason?: string | null;
  transactionId?: string | null;
}

@Injectable()
export class AdjustmentsRepository {
  /** Any wallet, whoever owns it: operators act on every wallet. */
  wallet(db: Db, id: string): Promise<WalletRow | null> {
    return db.wallet.findUnique({ where: { id } });
  }

  /** A new PROPOSED adjustment, timed by the database's clock (expires ADJUSTMENT_TTL_HOURS later). */
  async propose(
    db: Db,
    input: {
      walletId: string;
      direction: AdjustmentDirection;
      amountMinor: bigint;
      currency: string;
      reason: string;
      proposedBy: string;
    },
  ): Promise<AdjustmentRow> {
    const rows = await db.$queryRaw<{ id: string }[]>`
      INSERT INTO adjustments (wallet_id, direction, amount_minor, currency, reason, proposed_by, proposed_at, expires_at)
      SELECT ${input.walletId}::uuid, ${input.direction}::"AdjustmentDirection", ${input.amountMinor}::bigint,
             ${input.currency}::char(3), ${input.reason}, ${input.proposedBy}::uuid, now.at,
             now.at + make_interval(hours => ${ADJUSTMENT_TTL_HOURS}::int)
      FROM (SELECT clock_timestamp()::timestamptz(3) AS at) now
      RETURNING id`;
    const id = rows[0]?.id;
    if (!id) throw new Error('the adjustment was not written');
    return this.found(db, id);
  }

  /**
   * Locks the adjustment for a decision (two deciders queue here, and the second sees the first's
   * status) and tells, by the database's clock, whether it is past its expiry. Null when there is none.
   */
  async lockForDecision(db: Db, id: string): Promise<{ row: AdjustmentRow; expired: boolean } | null> {
    const locked = await db.$queryRaw<{ expired: boolean }[]>`
      SELECT expires_at <= clock_timestamp() AS expired FROM adjustments WHERE id = ${id}::uuid FOR UPDATE`;
    const first = locked[0];
    if (!first) return null;
    return { row: await this.found(db, id), expired: first.expired };
  }

  /** Decides a PROPOSED adjustment (the trigger refuses any other change). */
  async decide(db: Db, id: string, decision: Decision): Promise<AdjustmentRow> {
    await db.$executeRaw`
      UPDATE adjustments SET status = ${decision.status}::"AdjustmentStatus", decided_by = ${decision.decidedBy}::uuid,
             decided_at = clock_timestamp(), decision_reason = ${decision.decisionReason ?? null},
             transaction_id = ${decision.transactionId ?? null}::uuid
      WHERE id = ${id}::uuid AND status = 'PROPOSED'`;
    return this.found(db, id);
  }

  /** Marks one (or, without `id`, every) PROPOSED adjustment past its time EXPIRED, as of its expiry. */
  async expire(db: Db, id?: string): Promise<number> {
    return db.$executeRaw`
      UPDATE adjustments SET status = 'EXPIRED', decided_at = expires_at
      WHERE status = 'PROPOSED' AND expires_at <= clock_timestamp()
        AND (${id ?? null}::uuid IS NULL OR id = ${id ?? null}::uuid)`;
  }

  find(db: Db, id: string): Promise<AdjustmentRow | null> {
    return db.adjustment.findUnique({ where: { id }, include: WITH_PEOPLE });
  }

  /** Newest first, one page before `beforeSeq`. */
  list(
    db: Db,
    page: { status?: AdjustmentStatus | undefined; limit: number; beforeSeq?: bigint | undefined },
  ): Promise<AdjustmentRow[]> {
    return db.adjustment.findMany({
      where: {
        ...(page.status ? { status: page.status } : {}),
        ...(page.beforeSeq !== undefined ? { seq: { lt: page.beforeSeq } } : {}),
      },
      orderBy: { seq: 'desc' },
      take: page.limit,
      include: WITH_PEOPLE,
    });
  }

  private async found(db: Db, id: string): Promise<AdjustmentRow> {
    const row = await this.find(db, id);
    if (!row) throw new Error(`adjustment ${id} vanished inside its own transaction`);
    return row;
  }
}
