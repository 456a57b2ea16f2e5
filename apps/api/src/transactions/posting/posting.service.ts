import assert from 'node:assert/strict';
import { Inject, Injectable } from '@nestjs/common';
import type { Db } from '../../database/db';
import type { Prisma } from '../../generated/prisma/client';
import {
  LEDGER_EVENTS,
  type LedgerEvents,
  type PostedEntries,
  type StatementPart,
} from '../ledger-events.port';
import { WalletNotFoundError } from '../transactions.errors';
import type { Posting } from './posting';
import { type LockedWallets, PostingRepository } from './posting.repository';

/**
 * The ledger's write side. It works on wallets the caller has locked, inside the caller's unit of work:
 * the rules decided and a Posting (posting.ts) says exactly what that writes; write() applies it in one
 * statement whose guards (and the CHECK constraints under them) must agree, or the unit of work rolls
 * back, and tells the listeners (LEDGER_EVENTS) on the same transaction.
 */
@Injectable()
export class PostingService {
  constructor(
    private readonly postings: PostingRepository,
    @Inject(LEDGER_EVENTS) private readonly listeners: readonly LedgerEvents[],
  ) {}

  /**
   * Locks the wallets (ascending id), with `claim` (an Idempotency-Key's) in the same statement. Every
   * movement locks its wallets here, so here money is kept from crossing between live and test mode: a
   * wallet of another mode than the first named (the one acting: the source, the hold's, the refunder's)
   * is not there (404 WALLET_NOT_FOUND, nothing written). The database refuses it again (a trigger).
   * `oneMode: false` only takes the locks (a batch's, whose transfers each lock their own pair here
   * again, so each is refused on its own).
   */
  async lock(
    tx: Db,
    ids: string[],
    claim: Prisma.Sql | null = null,
    { oneMode = true }: { oneMode?: boolean } = {},
  ): Promise<LockedWallets> {
    const locked = await this.postings.lockWallets(tx, ids, claim);
    if (!oneMode) return locked;
    const first = locked.wallets.find((w) => w.id === ids[0]);
    const crossing = first && locked.wallets.find((w) => w.livemode !== first.livemode);
    if (crossing) throw new WalletNotFoundError(crossing.id);
    return locked;
  }

  /**
   * Writes a posting, with `record` (the caller's stored outcome) and the listeners' statement parts in
   * the same statement, then tells each listener. The database's guards must have agreed with every
   * move, or this throws and the unit of work rolls back: ledger rows and whatever listeners wrote.
   */
  async write(tx: Db, posting: Posting<unknown>, record: Prisma.Sql | null): Promise<void> {
    const posted: PostedEntries = { entries: posting.entries, owners: posting.owners, at: posting.at };
    const parts = this.listeners.map((listener) => listener.statementPart?.(posted) ?? null);
    const written = await this.postings.write(
      tx,
      posting.moves,
      posting.entries,
      posting.at,
      record,
      parts.filter((part): part is StatementPart => part !== null),
    );
    assert.equal(
      written.entries,
      posting.entries.length,
      'the ledger rows of a posting were not all written',
    );
    assert.equal(
      written.balances.size,
      posting.moves.length,
      'a balance guard refused a move the rules allowed',
    );
    for (const entry of posting.entries) {
      if (entry.status !== 'SUCCESS') continue;
      assert.equal(
        written.balances.get(entry.walletId),
        entry.balanceAfterMinor,
        'a balance is not what the rules said',
      );
    }
    const values = [...written.parts];
    // In order, one at a time: they share the transaction's connection.
    for (const [i, listener] of this.listeners.entries()) {
      await listener.posted(tx, posted, parts[i] ? values.shift() : null);
    }
  }
}
