import { Injectable } from '@nestjs/common';
import type { Db } from '../database/db';
import type { TransactionRow } from '../database/rows';
import type { TransactionType } from '../generated/prisma/enums';
import type { CounterpartyWallet } from './transaction.view';

/** Every column of a ledger row the API shows (not its hash). */
export const TRANSACTION_SELECT = {
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

/** The ledger's reads: entries, what has been refunded of transfers, which wallets are whose. */
@Injectable()
export class TransactionsRepository {
  /** A ledger entry, only if it is on one of the owner's wallets of the mode (live or test). */
  async findOwned(db: Db, id: string, ownerId: string, livemode: boolean): Promise<TransactionRow | null> {
    return db.transaction.findFirst({
      where: { id, wallet: { ownerId, livemode } },
      select: TRANSACTION_SELECT,
    });
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

  /**
   * The scheduled transfer each of these rows ran for, where one did (keyed by row id): the link is kept
   * beside the ledger (scheduled_transfer_occurrences), by the transfer's id or the declined row's own.
   * Only on rows of the schedule owner's wallets: to the payee, the schedule is another user's object.
   */
  async scheduledOf(
    db: Db,
    rows: Pick<TransactionRow, 'id' | 'transferId' | 'walletId'>[],
  ): Promise<Map<string, string>> {
    if (rows.length === 0) return new Map();
    const found = await db.$queryRaw<{ id: string; scheduleId: string }[]>`
      SELECT r.id, o.scheduled_transfer_id AS "scheduleId"
      FROM unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.transferId)}::uuid[],
                  ${rows.map((r) => r.walletId)}::uuid[]) AS r(id, transfer_id, wallet_id)
      JOIN scheduled_transfer_occurrences o ON o.transfer_id = r.transfer_id OR o.transaction_id = r.id
      JOIN scheduled_transfers s ON s.id = o.scheduled_transfer_id
      JOIN wallets w ON w.id = r.wallet_id AND w.owner_id = s.owner_id`;
    return new Map(found.map((row) => [row.id, row.scheduleId]));
  }

  /**
   * These wallets with their owners and display names: one query, one join on the two primary keys
   * (a page's counterparties at most, so at most a page's worth of index lookups).
   */
  async counterpartyWallets(db: Db, ids: string[]): Promise<Map<string, CounterpartyWallet>> {
    if (ids.length === 0) return new Map();
    const rows = await db.$queryRaw<CounterpartyWallet[]>`
      SELECT w.id::text AS "id", w.owner_id::text AS "ownerId", w.name AS "name", u.display_name AS "displayName"
      FROM wallets w JOIN users u ON u.id = w.owner_id
      WHERE w.id = ANY(${ids}::uuid[])`;
    return new Map(rows.map((row) => [row.id, row]));
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
