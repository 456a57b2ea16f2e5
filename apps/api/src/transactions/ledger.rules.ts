import assert from 'node:assert/strict';
import { addMoney, assertSameCurrency, type Money, subtractMoney } from '@wallet/money';
import type { TransactionStatus, TransactionType } from '../generated/prisma/enums';

/**
 * The ledger's money rules, as pure functions over plain values: given the balances of locked wallets and
 * an amount, post the movement (with the balances it leads to) or decline it with its reason. No database,
 * no HTTP; the ledger service applies the decision and the database's guards and CHECKs hold it to it.
 */

/**
 * Whether a ledger row takes its amount off its wallet (else it adds it): a TRANSFER_OUT, and a debit
 * ADJUSTMENT, which names its own wallet as the source (a credit names it as the destination).
 */
export function takesOff(row: {
  type: TransactionType;
  walletId: string;
  sourceWalletId: string | null;
}): boolean {
  return row.type === 'TRANSFER_OUT' || (row.type === 'ADJUSTMENT' && row.sourceWalletId === row.walletId);
}

/** Why a movement is declined. Each is recorded as a FAILED ledger row that moves nothing. */
export type DeclineReason =
  | 'INSUFFICIENT_FUNDS'
  | 'CURRENCY_MISMATCH'
  | 'BALANCE_LIMIT_EXCEEDED'
  | 'WALLET_FROZEN';

export interface Decline {
  readonly kind: 'decline';
  readonly reason: DeclineReason;
}

export interface FundPosting {
  readonly kind: 'post';
  readonly balanceAfter: Money;
}

export interface TransferPosting {
  readonly kind: 'post';
  readonly sourceAfter: Money;
  readonly destinationAfter: Money;
}

/** The currency's ceiling on one wallet's balance, in minor units. */
export interface BalanceLimit {
  readonly maxBalanceMinor: bigint;
}

const decline = (reason: DeclineReason): Decline => ({ kind: 'decline', reason });

/** Preconditions the caller guarantees (the amount was parsed in the wallet's currency); a bug if not. */
function assertValidAmount(balance: Money, amount: Money): void {
  assert(amount.amountMinor > 0n, 'an amount must be positive');
  assert(balance.amountMinor >= 0n, 'a balance is never negative');
  assertSameCurrency(balance, amount);
}

/** Credit `amount` to a wallet holding `balance`, unless that passes the currency's balance limit. */
export function decideFund(balance: Money, amount: Money, limit: BalanceLimit): FundPosting | Decline {
  assertValidAmount(balance, amount);
  const balanceAfter = addMoney(balance, amount);
  if (balanceAfter.amountMinor > limit.maxBalanceMinor) return decline('BALANCE_LIMIT_EXCEEDED');
  return { kind: 'post', balanceAfter };
}

/**
 * Move `amount` from `source` to `destination`. Declined, in this order: the source is frozen (a frozen
 * wallet sends nothing; it may still receive), the wallets hold different currencies, the source's
 * available money (its balance less `sourceReservedMinor`, money set aside for a held transfer) does not
 * cover the amount, the credit would pass the destination's limit.
 */
export function decideTransfer(
  source: Money,
  destination: Money,
  amount: Money,
  limit: BalanceLimit,
  sourceReservedMinor = 0n,
  sourceFrozen = false,
): TransferPosting | Decline {
  assertValidAmount(source, amount);
  assert(destination.amountMinor >= 0n, 'a balance is never negative');
  assert(
    sourceReservedMinor >= 0n && sourceReservedMinor <= source.amountMinor,
    'reserved within the balance',
  );
  if (sourceFrozen) return decline('WALLET_FROZEN');
  if (source.currency !== destination.currency) return decline('CURRENCY_MISMATCH');
  if (source.amountMinor - sourceReservedMinor < amount.amountMinor) return decline('INSUFFICIENT_FUNDS');
  const destinationAfter = addMoney(destination, amount);
  if (destinationAfter.amountMinor > limit.maxBalanceMinor) return decline('BALANCE_LIMIT_EXCEEDED');
  const sourceAfter = subtractMoney(source, amount);
  // Legs balance: what leaves the source is exactly what reaches the destination.
  assert.equal(
    source.amountMinor - sourceAfter.amountMinor,
    destinationAfter.amountMinor - destination.amountMinor,
  );
  return { kind: 'post', sourceAfter, destinationAfter };
}

/** Why a refund is refused before anything moves (not recorded as a ledger row: nothing was attempted). */
export type RefundRefusal = 'NOT_REFUNDABLE' | 'REFUND_EXCEEDS_REMAINING';

/** What the refund rules read of the entry to refund. */
export interface RefundableEntry {
  readonly type: TransactionType;
  readonly status: TransactionStatus;
  readonly amountMinor: bigint;
  readonly transferId: string | null;
  readonly refundOf: string | null;
}

export type RefundDecision =
  | { readonly kind: 'refund'; readonly amountMinor: bigint }
  | { readonly kind: 'refuse'; readonly reason: RefundRefusal; readonly remainingMinor: bigint };

/**
 * How much of a received transfer to send back: `requestedMinor`, or all that is left when absent. Only
 * a SUCCESS TRANSFER_IN that is not itself a refund can be refunded, and never past what is left once
 * `refundedMinor` (the earlier refunds' sum, read under the wallets' locks) is taken off.
 */
export function decideRefund(
  original: RefundableEntry,
  refundedMinor: bigint,
  requestedMinor: bigint | undefined,
): RefundDecision {
  const refundable =
    original.type === 'TRANSFER_IN' &&
    original.status === 'SUCCESS' &&
    original.transferId !== null &&
    original.refundOf === null;
  if (!refundable) return { kind: 'refuse', reason: 'NOT_REFUNDABLE', remainingMinor: 0n };
  assert(refundedMinor >= 0n, 'refunds are positive');
  const remainingMinor = original.amountMinor - refundedMinor;
  // The ledger never lets refunds pass the original: each one was checked against what was left.
  assert(remainingMinor >= 0n, 'refunds never exceed the original amount');
  const amountMinor = requestedMinor ?? remainingMinor;
  assert(amountMinor >= 0n, 'a requested amount is positive');
  if (amountMinor === 0n || amountMinor > remainingMinor) {
    return { kind: 'refuse', reason: 'REFUND_EXCEEDS_REMAINING', remainingMinor };
  }
  return { kind: 'refund', amountMinor };
}

export interface AdjustmentPosting {
  readonly kind: 'post';
  readonly balanceAfter: Money;
}

/**
 * An approved adjustment of a wallet holding `balance`: a CREDIT adds `amount` unless that passes the
 * currency's balance limit, a DEBIT takes it off unless the available money (the balance less
 * `reservedMinor`, set aside for a held transfer) does not cover it. A frozen wallet is adjusted all the
 * same: two staff members agreed on it, and a freeze stops only its owner's sending.
 */
export function decideAdjustment(
  balance: Money,
  direction: 'CREDIT' | 'DEBIT',
  amount: Money,
  limit: BalanceLimit,
  reservedMinor = 0n,
): AdjustmentPosting | Decline {
  assertValidAmount(balance, amount);
  assert(reservedMinor >= 0n && reservedMinor <= balance.amountMinor, 'reserved within the balance');
  if (direction === 'DEBIT') {
    if (balance.amountMinor - reservedMinor < amount.amountMinor) return decline('INSUFFICIENT_FUNDS');
    return { kind: 'post', balanceAfter: subtractMoney(balance, amount) };
  }
  const balanceAfter = addMoney(balance, amount);
  if (balanceAfter.amountMinor > limit.maxBalanceMinor) return decline('BALANCE_LIMIT_EXCEEDED');
  return { kind: 'post', balanceAfter };
}
