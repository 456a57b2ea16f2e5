import { getCurrency, minorToNumber } from '@wallet/money';
import type { TransactionRow } from '../database/rows';
import type { Transaction } from './dto/transaction.dto';

/**
 * `refundedMinor`: how much of this entry's transfer has been refunded (none when absent). Shown as
 * `refundedAmount` on the SUCCESS legs of a transfer that is not itself a refund; null elsewhere.
 */
export function toTransactionView(row: Omit<TransactionRow, 'seq'>, refundedMinor = 0n): Transaction {
  const currency = getCurrency(row.currency);
  const refundable = row.status === 'SUCCESS' && row.transferId !== null && row.refundOf === null;
  return {
    id: row.id,
    walletId: row.walletId,
    type: row.type,
    status: row.status,
    amount: minorToNumber(row.amountMinor, currency),
    currency: row.currency,
    balanceBefore: minorToNumber(row.balanceBeforeMinor, currency),
    balanceAfter: minorToNumber(row.balanceAfterMinor, currency),
    sourceWalletId: row.sourceWalletId,
    destinationWalletId: row.destinationWalletId,
    transferId: row.transferId,
    failureCode: row.failureCode,
    description: row.description,
    reference: row.reference,
    refundOf: row.refundOf,
    refundedAmount: refundable ? minorToNumber(refundedMinor, currency) : null,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * The visibility rule: what a wallet's owner may see of a ledger row. Money received from a wallet that
 * is not theirs shows no source id, so nothing of another user's wallet leaks (access control). Every
 * view of a row applies it: the API's reads, the live events and the webhook events.
 * `ownsSource(walletId)`: whether that source wallet is the viewer's too.
 */
export function asSeenByOwner<R extends Pick<TransactionRow, 'type' | 'sourceWalletId'>>(
  row: R,
  ownsSource: (walletId: string) => boolean,
): R {
  return row.type === 'TRANSFER_IN' && row.sourceWalletId !== null && !ownsSource(row.sourceWalletId)
    ? { ...row, sourceWalletId: null }
    : row;
}

/** The counterparties whose ownership decides what asSeenByOwner shows. */
export function incomingSourceIds(rows: Pick<TransactionRow, 'type' | 'sourceWalletId'>[]): string[] {
  return [
    ...new Set(
      rows.flatMap((row) => (row.type === 'TRANSFER_IN' && row.sourceWalletId ? [row.sourceWalletId] : [])),
    ),
  ];
}
