import { randomUUID } from 'node:crypto';
import { getCurrency, type Money } from '@wallet/money';
import type { DomainError } from '../../common/errors';
import { declined, done, type Outcome } from '../../common/outcome';
import type { TransactionRow, WalletRow } from '../../database/rows';
import type { TransactionType } from '../../generated/prisma/enums';
import { type DeclineReason, decideAdjustment, decideFund, decideTransfer } from '../ledger.rules';
import {
  BalanceLimitExceededError,
  CurrencyMismatchError,
  InsufficientFundsError,
  WalletFrozenError,
} from '../transactions.errors';

/**
 * Planning a posting: the rules decide (ledger.rules.ts), and a Posting says exactly what that writes,
 * before anything is written. Pure: the posting service writes the plan on locked wallets.
 */

/** A ledger row as a posting writes it (its seq, the ledger's order, is the database's to give). */
export type LedgerEntry = Omit<TransactionRow, 'seq'> & ScheduledLink;

/**
 * Not a column of the ledger: the scheduled transfer a row ran for, which the views show. The link is
 * recorded outside the ledger's rows (scheduled_transfer_occurrences), so their format and hash chain
 * are unchanged; a posting of an occurrence sets it on its entries for the answers and events it makes.
 */
export interface ScheduledLink {
  scheduledTransferId?: string | null;
}

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
    source.frozenAt !== null,
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

/**
 * An approved adjustment of a locked wallet: one ADJUSTMENT row naming the wallet as its destination (a
 * credit) or its source (a debit), or the decline (not recorded as a row: the approval is refused and the
 * adjustment stays PROPOSED, so the owner's history shows no adjustment that never was).
 */
export function planAdjustment(
  wallet: WalletRow,
  direction: 'CREDIT' | 'DEBIT',
  amountMinor: bigint,
  at: Date,
): Posting<PostedLeg> | { outcome: Outcome<never>; reason: DeclineReason } {
  const currency = getCurrency(wallet.currency);
  const amount = { amountMinor, currency: wallet.currency };
  const decision = decideAdjustment(balanceOf(wallet), direction, amount, currency, wallet.reservedMinor);
  if (decision.kind === 'decline') {
    const error = declineError({ reason: decision.reason, wallet, amountMinor, at, note: {} }, null);
    return { outcome: declined(error), reason: decision.reason };
  }
  const after = decision.balanceAfter.amountMinor;
  const delta = direction === 'CREDIT' ? amountMinor : -amountMinor;
  const entry: LedgerEntry = {
    ...newEntry(wallet, 'ADJUSTMENT', amountMinor, after, at),
    balanceBeforeMinor: wallet.balanceMinor,
    ...(direction === 'CREDIT' ? { destinationWalletId: wallet.id } : { sourceWalletId: wallet.id }),
  };
  return {
    outcome: done({ transaction: entry, wallet: { ...wallet, balanceMinor: after, updatedAt: at } }),
    entries: [entry],
    moves: [{ walletId: wallet.id, deltaMinor: delta, maxBalanceMinor: currency.maxBalanceMinor }],
    at,
    owners: ownersOf(wallet),
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
  return refusedPosting(attempt, attempt.reason, (transactionId) => declineError(attempt, transactionId));
}

/**
 * A transfer the ledger's rules allow but a rule outside them refuses (a tier's money limit): its FAILED
 * row with `failureCode`, and `error` (given that row's id) as the answer, like any other decline.
 */
export function planRefusedTransfer(
  source: WalletRow,
  destination: WalletRow,
  amountMinor: bigint,
  at: Date,
  note: Note,
  refusal: { failureCode: string; error: (transactionId: string) => DomainError },
): Posting<never> {
  const attempt = { wallet: source, destination, amountMinor, at, note };
  return refusedPosting(attempt, refusal.failureCode, refusal.error);
}

function refusedPosting(
  attempt: Omit<DeclinedAttempt, 'reason'>,
  failureCode: string,
  error: (transactionId: string) => DomainError,
): Posting<never> {
  const { wallet, destination, at } = attempt;
  const entry: LedgerEntry = {
    ...newEntry(wallet, destination ? 'TRANSFER_OUT' : 'FUND', attempt.amountMinor, wallet.balanceMinor, at),
    status: 'FAILED',
    balanceBeforeMinor: wallet.balanceMinor,
    failureCode,
    ...initiatorNote(attempt.note),
    ...(destination ? { sourceWalletId: wallet.id, destinationWalletId: destination.id } : {}),
  };
  return {
    outcome: declined(error(entry.id)),
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

/** The decline's error; `transactionId` names its FAILED row (null when none is written). */
function declineError(attempt: DeclinedAttempt, transactionId: string | null): DomainError {
  const currency = getCurrency(attempt.wallet.currency);
  switch (attempt.reason) {
    case 'WALLET_FROZEN':
      return new WalletFrozenError(attempt.wallet.id, transactionId);
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
