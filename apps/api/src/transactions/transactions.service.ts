import { Injectable } from '@nestjs/common';
import { type Page, toPage } from '../common/page';
import type { Db } from '../database/db';
import { ReadReplica } from '../database/read-replica';
import type { TransactionRow } from '../database/rows';
import type { Transaction } from './dto/transaction.dto';
import { asSeenByOwner, counterpartyOf, otherWalletIds, toTransactionView } from './transaction.view';
import { TransactionNotFoundError } from './transactions.errors';
import { type HistoryPage, TransactionsRepository } from './transactions.repository';

/**
 * The ledger's history and views: one entry, a wallet's page of entries, any rows as their owner may
 * see them (one visibility rule, asSeenByOwner), and how much of each transfer has come back. The
 * writes are the posting's (posting/), the use cases the movements' (movements/).
 */
@Injectable()
export class TransactionsService {
  constructor(
    private readonly reads: ReadReplica,
    private readonly ledger: TransactionsRepository,
  ) {}

  /** One ledger entry on one of the owner's wallets, as the owner may see it. */
  async get(ownerId: string, id: string, livemode: boolean): Promise<Transaction> {
    const found = await this.reads.read(ownerId, async (db) => {
      const row = await this.ledger.findOwned(db, id, ownerId, livemode);
      if (!row) return null;
      const [view] = await this.viewsFor(db, ownerId, [row]);
      return view ?? null;
    });
    if (!found) throw new TransactionNotFoundError(id);
    return found;
  }

  /** How much of each original transfer among `rows` has been refunded so far. */
  refundedOf(db: Db, rows: Pick<TransactionRow, 'transferId' | 'refundOf'>[]): Promise<Map<string, bigint>> {
    const ids = rows.flatMap((row) => (row.transferId && !row.refundOf ? [row.transferId] : []));
    return this.ledger.refundedMinor(db, [...new Set(ids)]);
  }

  /** A ledger entry on one of the owner's wallets of the mode, as stored (for a use case that acts on it). */
  findOwned(db: Db, ownerId: string, id: string, livemode: boolean): Promise<TransactionRow | null> {
    return this.ledger.findOwned(db, id, ownerId, livemode);
  }

  /** A page of a wallet's entries, newest first; the caller has checked that the owner owns the wallet. */
  async history(db: Db, ownerId: string, walletId: string, page: HistoryPage): Promise<Page<Transaction>> {
    const rows = await this.ledger.listForWallet(db, walletId, { ...page, limit: page.limit + 1 });
    const views = await this.viewsFor(db, ownerId, rows.slice(0, page.limit));
    const byId = new Map(views.map((view) => [view.id, view]));
    // biome-ignore lint/style/noNonNullAssertion: every shown row has its view, made just above.
    return toPage(rows, page.limit, (row) => byId.get(row.id)!);
  }

  /**
   * Entries of the owner's wallets as the owner may see them (asSeenByOwner), each with its counterparty
   * named and how much of its transfer came back: two queries whatever the number of rows.
   */
  async viewsFor(db: Db, ownerId: string, rows: TransactionRow[]): Promise<Transaction[]> {
    const [wallets, refunded, scheduled] = await Promise.all([
      this.ledger.counterpartyWallets(db, otherWalletIds(rows)),
      this.refundedOf(db, rows),
      this.ledger.scheduledOf(db, rows),
    ]);
    return rows.map((row) => {
      const visible = asSeenByOwner(row, (walletId) => wallets.get(walletId)?.ownerId === ownerId);
      const counterparty = counterpartyOf(row, visible, wallets, ownerId);
      return toTransactionView(
        { ...visible, scheduledTransferId: scheduled.get(row.id) ?? null },
        refunded.get(row.transferId ?? ''),
        counterparty,
      );
    });
  }
}
