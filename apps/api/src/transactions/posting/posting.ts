import { randomUUID } from 'node:crypto';
import { getCurrency, type Money } from '@wallet/money';
import type { DomainError } from '../../common/errors';
import { declined, done, type Outcome } from '../../common/outcome';
import type { TransactionRow, WalletRow } from '../../database/rows';
import type { TransactionType } from '../../generated/prisma/enums';
import { type DeclineReason, decideFund, decideTransfer } from '../ledger.rules';
import {
  BalanceLimitExceededError,
  CurrencyMismatchError,
  InsufficientFundsError,
} from '../transactions.errors';

/**
 * Planning a posting: the rules decide (ledger.rules.ts), and a Posting says exactly what that writes,
 * before anything is written. Pure: the posting service writes the plan on locked wallets.
 */

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

/** The memo and the initiator's reference a movement carries (either may be absent). */
export interface Note {
  description?: string | undefined;
  reference?: string | undefined;
  /** On a refund: the transfer_id of the transfer it sends back, on both legs and a declined attempt. */
  refundOf?: string | undefined;
}

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
  /** The owner of each wallet the posting writes on: who hears of each row (ledger-events.port.ts). */
  owners: Map<string, string | null>;
}

const balanceOf = (wallet: WalletRow): Money => ({
  amountMinor: wallet.balanceMinor,
  currency: wallet.currency,
});

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

const ownersOf = (...wallets: WalletRow[]) => new Map(wallets.map((w) => [w.id, w.ownerId]));

/** Funding a locked wallet at `at` (when its lock was taken). */
export function planFund(
  wallet: WalletRow,
  amountMinor: bigint,
  at: Date,
  note: Note = {},
): Posting<PostedLeg> {
  const currency = getCurrency(wallet.currency);
  const decision = decideFund(balanceOf(wallet), { amountMinor, currency: wallet.currency }, currency);
  if (decision.kind === 'decline') {
    return declinedPosting({ reason: decision.reason, wallet, amountMinor, at, note });
  }
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

/**
 * A transfer between two locked wallets: both legs [TRANSFER_OUT, TRANSFER_IN], or the declined attempt.
 * Only the source's available money (balance less reserved) may leave. `transferId`: the legs' shared
 * id (a held transfer's own when it is released).
 */
export function planTransfer(
  source: WalletRow,
  destination: WalletRow,
  amountMinor: bigint,
  at: Date,
  note: Note = {},
  transferId: string = randomUUID(),
): Posting<[PostedLeg, PostedLeg]> {
  const amount = { amountMinor, currency: source.currency };
  const limit = getCurrency(destination.currency);
  const decision = decideTransfer(
    balanceOf(source),
    balanceOf(destination),
    amount,
    limit,
    source.reservedMinor,
  );
  if (decision.kind === 'decline') {
    return declinedPosting({ reason: decision.reason, wallet: source, amountMinor, destination, at, note });
  }
  const transfer = { sourceWalletId: source.id, destinationWalletId: destination.id, transferId };
  const out = {
    ...newEntry(source, 'TRANSFER_OUT', amountMinor, decision.sourceAfter.amountMinor, at, transfer),
    ...initiatorNote(note),
  };
  const into = {
    ...newEntry(destination, 'TRANSFER_IN', amountMinor, decision.destinationAfter.amountMinor, at, transfer),
    ...counterpartyNote(note),
  };
  return {
    outcome: done([
      { transaction: out, wallet: { ...source, balanceMinor: out.balanceAfterMinor, updatedAt: at } },
      { transaction: into, wallet: { ...destination, balanceMinor: into.balanceAfterMinor, updatedAt: at } },
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
        attempt.wallet.balanceMinor - attempt.wallet.reservedMinor,
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
