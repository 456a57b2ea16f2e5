import { Injectable } from '@nestjs/common';
import type { Db } from '../database/db';
import type { TransactionRow } from '../database/rows';

/** Where a wallet's ledger stood at a moment: its newest entry then (seq 0 and balance 0 before any). */
export interface LedgerPoint {
  seq: bigint;
  balanceMinor: bigint;
}

/**
 * A wallet's ledger by time. Within one wallet, created_at never decreases as seq grows (rows are
 * stamped once the wallet's lock is held), so a time window is a seq window: it is read along the
 * (wallet_id, seq) index in pages, never all at once.
 */
@Injectable()
export class StatementsRepository {
  /** The newest entry at or before `at`, served by the (wallet_id, created_at DESC, seq DESC) index. */
  async pointAt(db: Db, walletId: string, at: Date): Promise<LedgerPoint> {
    const row = await db.transaction.findFirst({
      where: { walletId, createdAt: { lte: at } },
      orderBy: [{ createdAt: 'desc' }, { seq: 'desc' }],
      select: { seq: true, balanceAfterMinor: true },
    });
    return row ? { seq: row.seq, balanceMinor: row.balanceAfterMinor } : { seq: 0n, balanceMinor: 0n };
  }

  /** Up to `limit` entries with afterSeq < seq <= uptoSeq, oldest first. */
  async page(
    db: Db,
    walletId: string,
    window: { afterSeq: bigint; uptoSeq: bigint },
    limit: number,
  ): Promise<TransactionRow[]> {
    return db.transaction.findMany({
      where: { walletId, seq: { gt: window.afterSeq, lte: window.uptoSeq } },
      orderBy: { seq: 'asc' },
      take: limit,
    });
  }

  /**
   * What was reserved on the wallet at `at`: its holds made by then and not ended by then, and its
   * transfers held for review then (both keep when they began and ended, and never change otherwise).
   */
  async heldAt(db: Db, walletId: string, at: Date): Promise<bigint> {
    const [row] = await db.$queryRaw<{ held: bigint }[]>`
      SELECT COALESCE(sum(amount_minor), 0)::bigint AS held FROM (
        SELECT amount_minor FROM holds
        WHERE wallet_id = ${walletId}::uuid AND created_at <= ${at}::timestamptz
          AND (finished_at IS NULL OR finished_at > ${at}::timestamptz)
        UNION ALL
        SELECT amount_minor FROM transfer_reviews
        WHERE source_wallet_id = ${walletId}::uuid AND created_at <= ${at}::timestamptz
          AND (decided_at IS NULL OR decided_at > ${at}::timestamptz)
      ) reserved`;
    return row?.held ?? 0n;
  }
}
