import { Injectable } from '@nestjs/common';
import type { Db } from '../database/db';
import type { TransactionRow, WalletRow } from '../database/rows';
import type { HoldRow } from '../holds/hold.view';
import type { ReviewRow } from '../reviews/review.view';

/** The largest seq PostgreSQL's bigint holds: "no upper bound". */
export const MAX_SEQ = 9_223_372_036_854_775_807n;

/** A ledger row of one owner's wallet, with what its event shows of that wallet. */
export interface OwnedLedgerRow extends TransactionRow {
  walletName: string;
  /** The scheduled transfer the row ran for (scheduled_transfer_occurrences), if any. */
  scheduledTransferId: string | null;
  walletCreatedAt: Date;
  /** The wallet's reserved money now, at most the row's balance (an older row's event never shows less than 0 available). */
  walletReservedMinor: bigint;
  /** When the wallet's balance last changed, as of this row. */
  walletUpdatedAt: Date;
  /** Whether the wallet is frozen now (a freeze has no ledger row to date it by). */
  walletFrozen: boolean;
  /** Whether the wallet is live (not a test wallet). */
  walletLivemode: boolean;
  /** Whether the row's source wallet (if any) is the owner's too. */
  sourceOwned: boolean;
  /** Whether the row's destination wallet (if any) is the owner's too. */
  destinationOwned: boolean;
}

@Injectable()
export class EventsRepository {
  /**
   * The owner's ledger rows with after < seq <= upto, in seq order, at most `limit`. Read wallet by
   * wallet on the (wallet_id, seq) index, so an old `after` costs the owner's rows, not the ledger's.
   */
  async rowsOf(
    db: Db,
    ownerId: string,
    range: { after: bigint; upto: bigint; limit: number },
  ): Promise<OwnedLedgerRow[]> {
    return db.$queryRaw<OwnedLedgerRow[]>`
      SELECT t.id, t.seq, t.wallet_id AS "walletId", t.type::text AS type, t.status::text AS status,
             t.amount_minor AS "amountMinor", t.currency, t.balance_before_minor AS "balanceBeforeMinor",
             t.balance_after_minor AS "balanceAfterMinor", t.source_wallet_id AS "sourceWalletId",
             t.destination_wallet_id AS "destinationWalletId", t.transfer_id AS "transferId",
             t.failure_code AS "failureCode", t.description, t.reference, t.refund_of AS "refundOf",
             t.created_at AS "createdAt",
             (SELECT o.scheduled_transfer_id FROM scheduled_transfer_occurrences o
              JOIN scheduled_transfers s ON s.id = o.scheduled_transfer_id AND s.owner_id = w.owner_id
              WHERE o.transfer_id = t.transfer_id OR o.transaction_id = t.id LIMIT 1) AS "scheduledTransferId",
             w.name AS "walletName", w.created_at AS "walletCreatedAt",
             LEAST(w.reserved_minor, t.balance_after_minor) AS "walletReservedMinor",
             CASE WHEN t.status = 'SUCCESS' THEN t.created_at ELSE LEAST(w.updated_at, t.created_at) END
               AS "walletUpdatedAt",
             w.frozen_at IS NOT NULL AS "walletFrozen", w.livemode AS "walletLivemode",
             EXISTS (SELECT 1 FROM wallets s WHERE s.id = t.source_wallet_id AND s.owner_id = ${ownerId}::uuid)
               AS "sourceOwned",
             EXISTS (SELECT 1 FROM wallets d WHERE d.id = t.destination_wallet_id AND d.owner_id = ${ownerId}::uuid)
               AS "destinationOwned"
      FROM wallets w
      CROSS JOIN LATERAL (
        SELECT * FROM transactions t
        WHERE t.wallet_id = w.id AND t.seq > ${range.after} AND t.seq <= ${range.upto}
        ORDER BY t.seq LIMIT ${range.limit}
      ) t
      WHERE w.owner_id = ${ownerId}::uuid
      ORDER BY t.seq
      LIMIT ${range.limit}`;
  }

  /** A held transfer of `ownerId` and its source wallet as they are now (null: not theirs). */
  async reviewOf(
    db: Db,
    ownerId: string,
    reviewId: string,
  ): Promise<{ review: ReviewRow; wallet: WalletRow } | null> {
    const [row] = await db.$queryRaw<
      (ReviewRow & {
        wallet: WalletRow & { createdAt: string; updatedAt: string; frozenAt: string | null };
      })[]
    >`
      SELECT r.id, r.seq, r.owner_id AS "ownerId", r.source_wallet_id AS "sourceWalletId",
             r.destination_wallet_id AS "destinationWalletId", r.amount_minor AS "amountMinor", r.currency,
             r.description, r.reference, r.status, r.rule_version AS "ruleVersion", r.reasons,
             r.created_at AS "createdAt", r.decided_by AS "decidedBy", r.decided_at AS "decidedAt",
             r.decision_reason AS "decisionReason", r.transaction_id AS "transactionId",
             json_build_object('id', w.id, 'name', w.name, 'currency', w.currency,
                               'balanceMinor', w.balance_minor::text, 'reservedMinor', w.reserved_minor::text,
                               'createdAt', w.created_at, 'updatedAt', w.updated_at,
                               'frozenAt', w.frozen_at, 'livemode', w.livemode) AS wallet
      FROM transfer_reviews r JOIN wallets w ON w.id = r.source_wallet_id
      WHERE r.id = ${reviewId}::uuid AND r.owner_id = ${ownerId}::uuid AND w.owner_id = ${ownerId}::uuid`;
    if (!row) return null;
    const { wallet, ...review } = row;
    return {
      review,
      wallet: {
        ...wallet,
        balanceMinor: BigInt(wallet.balanceMinor),
        reservedMinor: BigInt(wallet.reservedMinor),
        createdAt: new Date(wallet.createdAt),
        updatedAt: new Date(wallet.updatedAt),
        // Without it the view would call every wallet frozen (its test is `frozenAt !== null`).
        frozenAt: wallet.frozenAt === null ? null : new Date(wallet.frozenAt),
      },
    };
  }

  /** A hold of `ownerId` and its wallet as they are now (null: not theirs). */
  async holdOf(
    db: Db,
    ownerId: string,
    holdId: string,
  ): Promise<{ hold: HoldRow; wallet: WalletRow } | null> {
    const [row] = await db.$queryRaw<(HoldRow & { walletId: string })[]>`
      SELECT h.id, h.seq, h.owner_id AS "ownerId", h.wallet_id AS "walletId", h.amount_minor AS "amountMinor",
             h.currency, h.status, h.captured_minor AS "capturedMinor",
             h.destination_wallet_id AS "destinationWalletId", h.transaction_id AS "transactionId",
             h.expires_at AS "expiresAt", h.description, h.reference, h.created_at AS "createdAt",
             h.finished_at AS "finishedAt"
      FROM holds h WHERE h.id = ${holdId}::uuid AND h.owner_id = ${ownerId}::uuid`;
    if (!row) return null;
    const [wallet] = await db.$queryRaw<WalletRow[]>`
      SELECT id, seq, owner_id AS "ownerId", name, currency, balance_minor AS "balanceMinor",
             reserved_minor AS "reservedMinor", created_at AS "createdAt", updated_at AS "updatedAt",
             frozen_at AS "frozenAt", frozen_reason AS "frozenReason", frozen_by AS "frozenBy", livemode
      FROM wallets WHERE id = ${row.walletId}::uuid AND owner_id = ${ownerId}::uuid`;
    return wallet ? { hold: row, wallet } : null;
  }
}
