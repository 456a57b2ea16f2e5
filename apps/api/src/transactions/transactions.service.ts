import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { getCurrency, type Money } from '@wallet/money';
import type { DomainError } from '../common/errors';
import { declined, done, type Outcome } from '../common/outcome';
import { type Page, toPage } from '../common/page';
import type { Db } from '../database/db';
import { ReadReplica } from '../database/read-replica';
import type { TransactionRow, WalletRow } from '../database/rows';
import type { Prisma } from '../generated/prisma/client';
import type { TransactionType } from '../generated/prisma/enums';
import { eventsOf } from '../webhooks/webhook-events';
import { WebhookQueue } from '../webhooks/webhook-queue';
import { outboxCtes } from '../webhooks/webhooks.repository';
import type { Transaction } from './dto/transaction.dto';
import { type DeclineReason, decideFund, decideTransfer } from './ledger.rules';
import { hideForeignSources, incomingSourceIds, toTransactionView } from './transaction.view';
import {
  BalanceLimitExceededError,
  CurrencyMismatchError,
  InsufficientFundsError,
  TransactionNotFoundError,
} from './transactions.errors';
import {
  type BalanceMove,
  type HistoryPage,
  type LedgerEntry,
  type PostedLeg,
  TransactionsRepository,
} from './transactions.repository';

const balanceOf = (wallet: WalletRow): Money => ({
  amountMinor: wallet.balanceMinor,
  currency: wallet.currency,
});

/** The memo and the initiator's reference a movement carries (either may be absent). */
export interface Note {
  description?: string | undefined;
  reference?: string | undefined;
  /** On a refund: the transfer_id of the transfer it sends back, on both legs and a declined attempt. */
  refundOf?: string | undefined;
}

/** Both on the initiator's row; only the memo on the counterparty's (its reference is the initiator's own). */
const initiatorNote = (note: Note) => ({
  description: note.description ?? null,
  reference: note.reference ?? null,
  refundOf: note.refundOf ?? null,
});
const counterpartyNote = (note: Note) => ({
  description: note.description ?? null,
  reference: null,
  refundOf: note.refundOf ?? null,
});

/**
 * What a movement will write, decided before anything is written: the ledger rows (with their ids and
 * time), the balance moves, and the outcome the caller gets (the posted legs, or the decline with the id
 * of its FAILED row). The caller can store that outcome in the same statement that writes the plan.
 */
export interface Posting<T> {
  outcome: Outcome<T>;
  entries: LedgerEntry[];
  moves: BalanceMove[];
  at: Date;
  /** The owner of each wallet the posting writes on: whose webhook endpoints hear of each row. */
  owners: Map<string, string | null>;
}

const ownersOf = (...wallets: WalletRow[]) => new Map(wallets.map((w) => [w.id, w.ownerId]));

/**
 * The ledger. It works on wallets the caller has locked, inside the caller's unit of work: the rules
 * decide, a Posting says exactly what that writes, and write() applies it in one statement whose guards
 * (and the CHECK constraints under them) must agree, or the unit of work rolls back.
 */
@Injectable()
export class TransactionsService {
  constructor(
    private readonly reads: ReadReplica,
    private readonly ledger: TransactionsRepository,
    @Inject(WebhookQueue) private readonly webhooks: Pick<WebhookQueue, 'enqueue'>,
  ) {}

  /** Funding a locked wallet at `at` (when its lock was taken). */
  planFund(wallet: WalletRow, amountMinor: bigint, at: Date, note: Note = {}): Posting<PostedLeg> {
    const currency = getCurrency(wallet.currency);
    const decision = decideFund(balanceOf(wallet), { amountMinor, currency: wallet.currency }, currency);
    if (decision.kind === 'decline')
      return declinedPosting({ reason: decision.reason, wallet, amountMinor, at, note });
    const after = decision.balanceAfter.amountMinor;
    const entry = { ...newEntry(wallet, 'FUND', amountMinor, after, at), ...initiatorNote(note) };
    return {
      outcome: done({ transaction: entry, wallet: { ...wallet, balanceMinor: after, updatedAt: at } }),
      entries: [entry],
      moves: [{ walletId: wallet.id, deltaMinor: amountMinor, maxBalanceMinor: currency.maxBalanceMinor }],
      at,
      owners: ownersOf(wallet),
    };
  }

  /** A transfer between two locked wallets: both legs [TRANSFER_OUT, TRANSFER_IN], or the declined attempt. */
  planTransfer(
    source: WalletRow,
    destination: WalletRow,
    amountMinor: bigint,
    at: Date,
    note: Note = {},
  ): Posting<[PostedLeg, PostedLeg]> {
    const amount = { amountMinor, currency: source.currency };
    const limit = getCurrency(destination.currency);
    const decision = decideTransfer(balanceOf(source), balanceOf(destination), amount, limit);
    if (decision.kind === 'decline') {
      return declinedPosting({ reason: decision.reason, wallet: source, amountMinor, destination, at, note });
    }
    const transfer = {
      sourceWalletId: source.id,
      destinationWalletId: destination.id,
      transferId: randomUUID(),
    };
    const out = {
      ...newEntry(source, 'TRANSFER_OUT', amountMinor, decision.sourceAfter.amountMinor, at, transfer),
      ...initiatorNote(note),
    };
    const into = {
      ...newEntry(
        destination,
        'TRANSFER_IN',
        amountMinor,
        decision.destinationAfter.amountMinor,
        at,
        transfer,
      ),
      ...counterpartyNote(note),
    };
    return {
      outcome: done([
        { transaction: out, wallet: { ...source, balanceMinor: out.balanceAfterMinor, updatedAt: at } },
        {
          transaction: into,
          wallet: { ...destination, balanceMinor: into.balanceAfterMinor, updatedAt: at },
        },
      ]),
      entries: [out, into],
      moves: [
        { walletId: source.id, deltaMinor: -amountMinor, maxBalanceMinor: limit.maxBalanceMinor },
        { walletId: destination.id, deltaMinor: amountMinor, maxBalanceMinor: limit.maxBalanceMinor },
      ],
      at,
      owners: ownersOf(source, destination),
    };
  }

  /**
   * Writes a posting, with `record` (the caller's stored outcome) and the webhook outbox in the same
   * statement, then enqueues the deliveries it made (one more statement, only when some owner has a
   * subscribed endpoint). The database's guards must have agreed with every move, or this throws and the
   * unit of work rolls back: ledger rows, events, deliveries and jobs all together.
   */
  async write(tx: Db, posting: Posting<unknown>, record: Prisma.Sql | null): Promise<void> {
    const outbox = outboxCtes(eventsOf(posting.entries, posting.owners), posting.at);
    const written = await this.ledger.write(tx, posting.moves, posting.entries, posting.at, record, outbox);
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
    await this.webhooks.enqueue(tx, written.deliveries);
  }

  /** One ledger entry on one of the owner's wallets, as the owner may see it. */
  async get(ownerId: string, id: string): Promise<Transaction> {
    const found = await this.reads.read(ownerId, async (db) => {
      const row = await this.ledger.findOwned(db, id, ownerId);
      if (!row) return null;
      const [visible] = await this.visibleTo(db, ownerId, [row]);
      const refunded = await this.refundedOf(db, [row]);
      return toTransactionView(visible ?? row, refunded.get(row.transferId ?? ''));
    });
    if (!found) throw new TransactionNotFoundError(id);
    return found;
  }

  /** How much of each original transfer among `rows` has been refunded so far. */
  refundedOf(db: Db, rows: Pick<TransactionRow, 'transferId' | 'refundOf'>[]): Promise<Map<string, bigint>> {
    const ids = rows.flatMap((row) => (row.transferId && !row.refundOf ? [row.transferId] : []));
    return this.ledger.refundedMinor(db, [...new Set(ids)]);
  }

  /** A ledger entry on one of the owner's wallets, as stored (for a use case that acts on it). */
  findOwned(db: Db, ownerId: string, id: string): Promise<TransactionRow | null> {
    return this.ledger.findOwned(db, id, ownerId);
  }

  /** A page of a wallet's entries, newest first; the caller has checked that the owner owns the wallet. */
  async history(db: Db, ownerId: string, walletId: string, page: HistoryPage): Promise<Page<Transaction>> {
    const rows = await this.ledger.listForWallet(db, walletId, { ...page, limit: page.limit + 1 });
    const [visible, refunded] = await Promise.all([
      this.visibleTo(db, ownerId, rows),
      this.refundedOf(db, rows),
    ]);
    return toPage(visible, page.limit, (row) => toTransactionView(row, refunded.get(row.transferId ?? '')));
  }

  /** Entries of the owner's wallets as the owner may see them, with how much of each transfer came back. */
  async viewsFor(db: Db, ownerId: string, rows: TransactionRow[]): Promise<Transaction[]> {
    const [visible, refunded] = await Promise.all([
      this.visibleTo(db, ownerId, rows),
      this.refundedOf(db, rows),
    ]);
    return visible.map((row) => toTransactionView(row, refunded.get(row.transferId ?? '')));
  }

  /** The rows as the owner may see them: no source id on money received from other users' wallets. */
  private async visibleTo(db: Db, ownerId: string, rows: TransactionRow[]): Promise<TransactionRow[]> {
    const owned = await this.ledger.ownedWalletIds(db, incomingSourceIds(rows), ownerId);
    return hideForeignSources(rows, owned);
  }
}

interface DeclinedAttempt {
  reason: DeclineReason;
  wallet: WalletRow;
  amountMinor: bigint;
  destination?: WalletRow;
  at: Date;
  note: Note;
}

/** A declined attempt writes its FAILED row (which moves nothing) and answers with the error it explains. */
function declinedPosting(attempt: DeclinedAttempt): Posting<never> {
  const { wallet, destination, at } = attempt;
  const entry: LedgerEntry = {
    ...newEntry(wallet, destination ? 'TRANSFER_OUT' : 'FUND', attempt.amountMinor, wallet.balanceMinor, at),
    status: 'FAILED',
    balanceBeforeMinor: wallet.balanceMinor,
    failureCode: attempt.reason,
    ...initiatorNote(attempt.note),
    ...(destination ? { sourceWalletId: wallet.id, destinationWalletId: destination.id } : {}),
  };
  return {
    outcome: declined(declineError(attempt, entry.id)),
    entries: [entry],
    moves: [],
    at,
    owners: ownersOf(wallet, ...(destination ? [destination] : [])),
  };
}

/** A SUCCESS ledger row that takes `wallet` to `balanceAfterMinor`. */
function newEntry(
  wallet: WalletRow,
  type: TransactionType,
  amountMinor: bigint,
  balanceAfterMinor: bigint,
  at: Date,
  transfer?: { sourceWalletId: string; destinationWalletId: string; transferId: string },
): LedgerEntry {
  return {
    id: randomUUID(),
    walletId: wallet.id,
    type,
    status: 'SUCCESS',
    amountMinor,
    currency: wallet.currency,
    balanceBeforeMinor:
      type === 'TRANSFER_OUT' ? balanceAfterMinor + amountMinor : balanceAfterMinor - amountMinor,
    balanceAfterMinor,
    sourceWalletId: transfer?.sourceWalletId ?? null,
    destinationWalletId: transfer?.destinationWalletId ?? null,
    transferId: transfer?.transferId ?? null,
    failureCode: null,
    description: null,
    reference: null,
    refundOf: null,
    createdAt: at,
  };
}

function declineError(attempt: DeclinedAttempt, transactionId: string): DomainError {
  const currency = getCurrency(attempt.wallet.currency);
  switch (attempt.reason) {
    case 'INSUFFICIENT_FUNDS':
      return new InsufficientFundsError(
        attempt.wallet.balanceMinor,
        attempt.amountMinor,
        currency,
        transactionId,
      );
    case 'CURRENCY_MISMATCH':
      return new CurrencyMismatchError(
        attempt.wallet.currency,
        attempt.destination?.currency ?? attempt.wallet.currency,
        transactionId,
      );
    case 'BALANCE_LIMIT_EXCEEDED':
      return new BalanceLimitExceededError(currency, transactionId);
  }
}
