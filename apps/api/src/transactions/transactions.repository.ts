import { Injectable } from '@nestjs/common';
import type { Db } from '../database/db';
import type { TransactionRow, WalletRow } from '../database/rows';
import { Prisma } from '../generated/prisma/client';
import type { TransactionType } from '../generated/prisma/enums';

/** A ledger row as a posting writes it (its seq, the ledger's order, is the database's to give). */
export type LedgerEntry = Omit<TransactionRow, 'seq'>;

/** One ledger row written by a posting, with its wallet as the posting left it. */
export interface PostedLeg {
  transaction: LedgerEntry;
  wallet: WalletRow;
}

/** A change of one locked wallet's balance, refused by the statement unless it lands within [0, max]. */
export interface BalanceMove {
  walletId: string;
  deltaMinor: bigint;
  maxBalanceMinor: bigint;
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
  description: true,
  reference: true,
  refundOf: true,
  createdAt: true,
} as const;

/** One page of a wallet's history: its size, where it starts, and the filters. */
export interface HistoryPage {
  limit: number;
  beforeSeq?: bigint | undefined;
  type?: TransactionType | undefined;
  q?: string | undefined;
}

/** Text matched literally by LIKE: its wildcards and the escape character escaped. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The ledger. Posting a movement changes balances and appends its ledger rows in ONE statement, so a
 * fund or a transfer costs a single round trip once its wallets are locked; the balance guards in the
 * statement (and the CHECK constraints under them) hold even if a caller got the arithmetic wrong.
 */
@Injectable()
export class TransactionsRepository {
  /**
   * Writes a posting in one statement: the balance moves (each guarded to stay within [0, its max]), the
   * ledger rows, `record` (the caller's stored Idempotency-Key outcome) and `outbox` (the webhook events
   * and deliveries, webhooks.repository.ts) as CTEs. Returns each moved wallet's new balance and how many
   * ledger rows were written, for the caller to check against its plan, and the new deliveries' ids.
   */
  async write(
    db: Db,
    moves: BalanceMove[],
    entries: LedgerEntry[],
    at: Date,
    record: Prisma.Sql | null,
    outbox: Prisma.Sql,
  ): Promise<{ balances: Map<string, bigint>; entries: number; deliveries: string[] }> {
    const col = <K extends keyof LedgerEntry>(key: K) => entries.map((entry) => entry[key]);
    const rows = await db.$queryRaw<
      { moved: { id: string; balance: string }[] | null; entries: bigint; deliveries: string[] | null }[]
    >`
      WITH moved AS (
        UPDATE wallets AS w SET balance_minor = w.balance_minor + m.delta, updated_at = ${at}::timestamptz
        FROM unnest(${moves.map((m) => m.walletId)}::uuid[], ${moves.map((m) => m.deltaMinor)}::bigint[],
                    ${moves.map((m) => m.maxBalanceMinor)}::bigint[]) AS m(id, delta, max)
        WHERE w.id = m.id AND w.balance_minor + m.delta BETWEEN 0 AND m.max
        RETURNING w.id, w.balance_minor
      ), written AS (
        INSERT INTO transactions (id, wallet_id, type, status, amount_minor, currency, balance_before_minor,
                                  balance_after_minor, source_wallet_id, destination_wallet_id, transfer_id,
                                  failure_code, description, reference, refund_of, created_at)
        SELECT * FROM unnest(${col('id')}::uuid[], ${col('walletId')}::uuid[], ${col('type')}::"TransactionType"[],
                             ${col('status')}::"TransactionStatus"[], ${col('amountMinor')}::bigint[],
                             ${col('currency')}::char(3)[], ${col('balanceBeforeMinor')}::bigint[],
                             ${col('balanceAfterMinor')}::bigint[], ${col('sourceWalletId')}::uuid[],
                             ${col('destinationWalletId')}::uuid[], ${col('transferId')}::uuid[],
                             ${col('failureCode')}::varchar(64)[], ${col('description')}::varchar(140)[],
                             ${col('reference')}::varchar(64)[], ${col('refundOf')}::uuid[],
                             ${col('createdAt')}::timestamptz[])
        RETURNING id
      ), recorded AS (${record ?? Prisma.sql`SELECT NULL::uuid AS id WHERE false`}),
      ${outbox}
      SELECT (SELECT json_agg(json_build_object('id', id, 'balance', balance_minor::text)) FROM moved) AS moved,
             (SELECT count(*) FROM written) + 0 * (SELECT count(*) FROM recorded) AS entries,
             (SELECT array_agg(id::text) FROM webhook_deliveries_written) AS deliveries`;
    const row = rows[0];
    return {
      balances: new Map((row?.moved ?? []).map((m) => [m.id, BigInt(m.balance)])),
      entries: Number(row?.entries ?? 0),
      deliveries: row?.deliveries ?? [],
    };
  }

  /** A ledger entry, only if it is on one of the owner's wallets. */
  async findOwned(db: Db, id: string, ownerId: string): Promise<TransactionRow | null> {
    return db.transaction.findFirst({ where: { id, wallet: { ownerId } }, select: TRANSACTION_SELECT });
  }

  /**
   * How much of each of these transfers has been refunded: the sum of the SUCCESS TRANSFER_OUT legs
   * pointing at it. Under the refunding wallet's lock this is exact, since every refund debits it.
   */
  async refundedMinor(db: Db, transferIds: string[]): Promise<Map<string, bigint>> {
    if (transferIds.length === 0) return new Map();
    const sums = await db.transaction.groupBy({
      by: ['refundOf'],
      where: { refundOf: { in: transferIds }, type: 'TRANSFER_OUT', status: 'SUCCESS' },
      _sum: { amountMinor: true },
    });
    return new Map(sums.flatMap((s) => (s.refundOf ? [[s.refundOf, s._sum.amountMinor ?? 0n]] : [])));
  }

  /** Of these wallet ids, the ones that belong to the owner. */
  async ownedWalletIds(db: Db, ids: string[], ownerId: string): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await db.wallet.findMany({ where: { id: { in: ids }, ownerId }, select: { id: true } });
    return new Set(rows.map((row) => row.id));
  }

  /**
   * Newest first, one page past `beforeSeq`; served by the (wallet_id, seq DESC) indexes. With `q`, the
   * walk along that index keeps the rows whose description contains q (any case) or whose reference is
   * q, and stops once the page is full: a search costs at most one pass over this one wallet's rows.
   */
  async listForWallet(db: Db, walletId: string, page: HistoryPage): Promise<TransactionRow[]> {
    return db.transaction.findMany({
      where: {
        walletId,
        ...(page.type ? { type: page.type } : {}),
        ...(page.q !== undefined
          ? {
              OR: [
                { reference: page.q },
                { description: { contains: escapeLike(page.q), mode: 'insensitive' as const } },
              ],
            }
          : {}),
        ...(page.beforeSeq !== undefined ? { seq: { lt: page.beforeSeq } } : {}),
      },
      orderBy: { seq: 'desc' },
      take: page.limit,
      select: TRANSACTION_SELECT,
    });
  }
}
