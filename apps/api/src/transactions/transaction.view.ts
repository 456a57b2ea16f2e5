import { getCurrency, minorToNumber } from '@wallet/money';
import type { TransactionRow } from '../database/rows';
import type { Transaction } from './dto/transaction.dto';
import type { ScheduledLink } from './posting/posting';

/**
 * `refundedMinor`: how much of this entry's transfer has been refunded (none when absent). Shown as
 * `refundedAmount` on the SUCCESS legs of a transfer that is not itself a refund; null elsewhere.
 */
export function toTransactionView(
  row: Omit<TransactionRow, 'seq'> & ScheduledLink,
  refundedMinor = 0n,
): Transaction {
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
    scheduledTransferId: row.scheduledTransferId ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * The visibility rule: what a wallet's owner may see of a ledger row. Money received from a wallet that
 * is not theirs shows no source id, and a refund they send back to a wallet that is not theirs shows no
 * destination id (the payer of a transfer is hidden from its payee, who never gave that id), so nothing
 * of another user's wallet leaks (access control). Every view of a row applies it: the API's reads and
 * answers, the live events, the webhook events and the statements.
 * `owns(walletId)`: whether that counterparty wallet is the viewer's too.
 */
export function asSeenByOwner<R extends Counterparties>(row: R, owns: (walletId: string) => boolean): R {
  const hidden = hiddenCounterparty(row);
  if (hidden === 'source' && row.sourceWalletId !== null && !owns(row.sourceWalletId)) {
    return { ...row, sourceWalletId: null };
  }
  if (hidden === 'destination' && row.destinationWalletId !== null && !owns(row.destinationWalletId)) {
    return { ...row, destinationWalletId: null };
  }
  return row;
}

type Counterparties = Pick<TransactionRow, 'type' | 'sourceWalletId' | 'destinationWalletId' | 'refundOf'>;

/**
 * Which end of a row its owner may see only when they own it: the source of money received, the
 * destination of a refund sent back (it is the original payer's wallet). The destination of a plain
 * transfer out is the one the sender chose, so they see it.
 */
function hiddenCounterparty(row: Counterparties): 'source' | 'destination' | null {
  if (row.type === 'TRANSFER_IN') return 'source';
  if (row.type === 'TRANSFER_OUT' && row.refundOf !== null) return 'destination';
  return null;
}

/** The counterparties whose ownership decides what asSeenByOwner shows. */
export function counterpartyIds(rows: Counterparties[]): string[] {
  return [
    ...new Set(
      rows.flatMap((row) => {
        const hidden = hiddenCounterparty(row);
        const id =
          hidden === 'source'
            ? row.sourceWalletId
            : hidden === 'destination'
              ? row.destinationWalletId
              : null;
        return id ? [id] : [];
      }),
    ),
  ];
}
