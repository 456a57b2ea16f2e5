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
 * The caller's view of ledger rows: money received from another user's wallet shows no source id,
 * so nothing of a wallet the caller does not own leaks (access control).
 */
export function hideForeignSources(rows: TransactionRow[], ownedIds: ReadonlySet<string>): TransactionRow[] {
  return rows.map((row) =>
    row.type === 'TRANSFER_IN' && row.sourceWalletId && !ownedIds.has(row.sourceWalletId)
      ? { ...row, sourceWalletId: null }
      : row,
  );
}

/** The counterparties whose ownership decides what hideForeignSources shows. */
export function incomingSourceIds(rows: TransactionRow[]): string[] {
  return [
    ...new Set(
      rows.flatMap((row) => (row.type === 'TRANSFER_IN' && row.sourceWalletId ? [row.sourceWalletId] : [])),
    ),
  ];
}
