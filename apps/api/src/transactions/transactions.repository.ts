import { Injectable } from '@nestjs/common';
import type { Db } from '../database/db';
import type { TransactionRow, TransactionType, WalletRow } from '../database/rows';

/** One ledger row written by a posting, with its wallet as the posting left it. */
export interface PostedLeg {
  transaction: TransactionRow;
  wallet: WalletRow;
}

/** A ledger row joined to its wallet's columns (prefixed wallet_), as the posting statements return it. */
interface PostedRow {
  id: string;
  seq: bigint;
  wallet_id: string;
  type: TransactionRow['type'];
  status: TransactionRow['status'];
  amount_minor: bigint;
  currency: string;
  balance_before_minor: bigint;
  balance_after_minor: bigint;
  source_wallet_id: string | null;
  destination_wallet_id: string | null;
  transfer_id: string | null;
  failure_code: string | null;
  created_at: Date;
  wallet_seq: bigint;
  wallet_owner_id: string | null;
  wallet_name: string;
  wallet_balance_minor: bigint;
  wallet_created_at: Date;
  wallet_updated_at: Date;
}

const TRANSACTION_SELECT = {
  id: true,
  seq: true,
  walletId: true,
  type: true,
  status: true,
  amountMinor: true,
  currency: true,
  balanceBeforeMinor: true,
  balanceAfterMinor: true,
  sourceWalletId: true,
  destinationWalletId: true,
  transferId: true,
  failureCode: true,
  createdAt: true,
} as const;

/**
 * The ledger. Posting a movement changes balances and appends its ledger rows in ONE statement, so a
 * fund or a transfer costs a single round trip once its wallets are locked; the balance guards in the
 * statement (and the CHECK constraints under them) hold even if a caller got the arithmetic wrong.
 */
@Injectable()
export class TransactionsRepository {
  /** Credits a locked wallet and appends its FUND row. Null when the guard refused (limit). */
  async postFund(
    db: Db,
    walletId: string,
    amountMinor: bigint,
    maxBalanceMinor: bigint,
  ): Promise<PostedLeg | null> {
    const rows = await db.$queryRaw<PostedRow[]>`
      WITH credited AS (
        UPDATE wallets SET balance_minor = balance_minor + ${amountMinor}::bigint, updated_at = clock_timestamp()
        WHERE id = ${walletId}::uuid AND balance_minor <= ${maxBalanceMinor}::bigint - ${amountMinor}::bigint
        RETURNING id, seq, owner_id, name, currency, balance_minor, created_at, updated_at
      ), entry AS (
        INSERT INTO transactions (wallet_id, type, status, amount_minor, currency, balance_before_minor, balance_after_minor)
        SELECT id, 'FUND'::"TransactionType", 'SUCCESS'::"TransactionStatus", ${amountMinor}::bigint, currency,
               balance_minor - ${amountMinor}::bigint, balance_minor
        FROM credited
        RETURNING *
      )
      SELECT entry.*, credited.seq AS wallet_seq, credited.owner_id AS wallet_owner_id, credited.name AS wallet_name, credited.balance_minor AS wallet_balance_minor,
             credited.created_at AS wallet_created_at, credited.updated_at AS wallet_updated_at
      FROM entry JOIN credited ON credited.id = entry.wallet_id`;
    const row = rows[0];
    return row ? toLeg(row) : null;
  }

  /**
   * Moves money between two wallets the caller has locked, appending both legs (OUT, then IN) with a
   * shared transfer id. Returns [out, in], or null when the debit guard refused.
   */
  async postTransfer(
    db: Db,
    move: { sourceWalletId: string; destinationWalletId: string; amountMinor: bigint; transferId: string },
  ): Promise<[PostedLeg, PostedLeg] | null> {
    const { sourceWalletId: src, destinationWalletId: dst, amountMinor: amount, transferId } = move;
    const rows = await db.$queryRaw<PostedRow[]>`
      WITH debited AS (
        UPDATE wallets SET balance_minor = balance_minor - ${amount}::bigint, updated_at = clock_timestamp()
        WHERE id = ${src}::uuid AND balance_minor >= ${amount}::bigint
        RETURNING id, seq, owner_id, name, currency, balance_minor, created_at, updated_at
      ), credited AS (
        UPDATE wallets SET balance_minor = balance_minor + ${amount}::bigint, updated_at = clock_timestamp()
        WHERE id = ${dst}::uuid AND EXISTS (SELECT 1 FROM debited)
        RETURNING id, seq, owner_id, name, currency, balance_minor, created_at, updated_at
      ), legs AS (
        INSERT INTO transactions (wallet_id, type, status, amount_minor, currency, balance_before_minor,
                                  balance_after_minor, source_wallet_id, destination_wallet_id, transfer_id)
        SELECT id, 'TRANSFER_OUT'::"TransactionType", 'SUCCESS'::"TransactionStatus", ${amount}::bigint, currency,
               balance_minor + ${amount}::bigint, balance_minor, ${src}::uuid, ${dst}::uuid, ${transferId}::uuid
        FROM debited
        UNION ALL
        SELECT id, 'TRANSFER_IN'::"TransactionType", 'SUCCESS'::"TransactionStatus", ${amount}::bigint, currency,
               balance_minor - ${amount}::bigint, balance_minor, ${src}::uuid, ${dst}::uuid, ${transferId}::uuid
        FROM credited
        RETURNING *
      ), wallets_after AS (
        SELECT * FROM debited UNION ALL SELECT * FROM credited
      )
      SELECT legs.*, w.seq AS wallet_seq, w.owner_id AS wallet_owner_id, w.name AS wallet_name, w.balance_minor AS wallet_balance_minor,
             w.created_at AS wallet_created_at, w.updated_at AS wallet_updated_at
      FROM legs JOIN wallets_after w ON w.id = legs.wallet_id
      ORDER BY legs.seq`;
    const [out, into] = rows;
    if (rows.length !== 2 || !out || !into) return null;
    return [toLeg(out), toLeg(into)];
  }

  /** Appends the record of a declined attempt: it moves nothing, so balance after = before. */
  async recordFailed(
    db: Db,
    attempt: {
      walletId: string;
      type: TransactionType;
      amountMinor: bigint;
      currency: string;
      balanceMinor: bigint;
      failureCode: string;
      sourceWalletId?: string;
      destinationWalletId?: string;
    },
  ): Promise<TransactionRow> {
    return db.transaction.create({
      data: {
        walletId: attempt.walletId,
        type: attempt.type,
        status: 'FAILED',
        amountMinor: attempt.amountMinor,
        currency: attempt.currency,
        balanceBeforeMinor: attempt.balanceMinor,
        balanceAfterMinor: attempt.balanceMinor,
        sourceWalletId: attempt.sourceWalletId ?? null,
        destinationWalletId: attempt.destinationWalletId ?? null,
        failureCode: attempt.failureCode,
      },
      select: TRANSACTION_SELECT,
    });
  }

  /** A ledger entry, only if it is on one of the owner's wallets. */
  async findOwned(db: Db, id: string, ownerId: string): Promise<TransactionRow | null> {
    return db.transaction.findFirst({ where: { id, wallet: { ownerId } }, select: TRANSACTION_SELECT });
  }

  /** Of these wallet ids, the ones that belong to the owner. */
  async ownedWalletIds(db: Db, ids: string[], ownerId: string): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await db.wallet.findMany({ where: { id: { in: ids }, ownerId }, select: { id: true } });
    return new Set(rows.map((row) => row.id));
  }

  /** Newest first, one page past `beforeSeq`; served by the (wallet_id, seq DESC) indexes. */
  async listForWallet(
    db: Db,
    walletId: string,
    page: { limit: number; beforeSeq?: bigint | undefined; type?: TransactionType | undefined },
  ): Promise<TransactionRow[]> {
    return db.transaction.findMany({
      where: {
        walletId,
        ...(page.type ? { type: page.type } : {}),
        ...(page.beforeSeq !== undefined ? { seq: { lt: page.beforeSeq } } : {}),
      },
      orderBy: { seq: 'desc' },
      take: page.limit,
      select: TRANSACTION_SELECT,
    });
  }
}

function toLeg(row: PostedRow): PostedLeg {
  return {
    transaction: {
      id: row.id,
      seq: row.seq,
      walletId: row.wallet_id,
      type: row.type,
      status: row.status,
      amountMinor: row.amount_minor,
      currency: row.currency,
      balanceBeforeMinor: row.balance_before_minor,
      balanceAfterMinor: row.balance_after_minor,
      sourceWalletId: row.source_wallet_id,
      destinationWalletId: row.destination_wallet_id,
      transferId: row.transfer_id,
      failureCode: row.failure_code,
      createdAt: row.created_at,
    },
    wallet: {
      id: row.wallet_id,
      seq: row.wallet_seq,
      ownerId: row.wallet_owner_id,
      name: row.wallet_name,
      currency: row.currency,
      balanceMinor: row.wallet_balance_minor,
      createdAt: row.wallet_created_at,
      updatedAt: row.wallet_updated_at,
    },
  };
}
