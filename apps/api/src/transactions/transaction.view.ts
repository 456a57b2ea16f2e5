import { getCurrency, minorToNumber } from '@wallet/money';
import type { TransactionRow } from '../database/rows';
import type { Counterparty, Transaction } from './dto/transaction.dto';
import type { ScheduledLink } from './posting/posting';

/**
 * `refundedMinor`: how much of this entry's transfer has been refunded (none when absent). Shown as
 * `refundedAmount` on the SUCCESS legs of a transfer that is not itself a refund; null elsewhere.
 */
export function toTransactionView(
  row: Omit<TransactionRow, 'seq'> & ScheduledLink,
  refundedMinor = 0n,
  counterparty?: Counterparty | null,
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
    ...(counterparty === undefined ? {} : { counterparty }),
    createdAt: row.createdAt.toISOString(),
  };
}

/** A counterparty wallet as the naming needs it: whose it is, its name, its owner's display name. */
export interface CounterpartyWallet {
  id: string;
  ownerId: string;
  name: string;
  displayName: string | null;
}

/** The other wallet of a row: where a transfer out went, where a transfer in came from. */
export function otherWalletId(row: Pick<TransactionRow, 'type' | 'sourceWalletId' | 'destinationWalletId'>) {
  if (row.type === 'TRANSFER_OUT') return row.destinationWalletId;
  if (row.type === 'TRANSFER_IN') return row.sourceWalletId;
  return null;
}

/**
 * Who is on the other side of `row` for `viewerId`: their own other wallet by its name, anyone else by
 * the display name they chose (null when none; never their email). `visible` is the row after
 * asSeenByOwner, whose ids say what the viewer may see of the wallet itself.
 */
export function counterpartyOf(
  row: Pick<TransactionRow, 'type' | 'sourceWalletId' | 'destinationWalletId'>,
  visible: Pick<TransactionRow, 'type' | 'sourceWalletId' | 'destinationWalletId'>,
  wallets: Map<string, CounterpartyWallet>,
  viewerId: string,
): Counterparty | null {
  const id = otherWalletId(row);
  if (!id) return null;
  const wallet = wallets.get(id);
  const ownWallet = wallet?.ownerId === viewerId;
  const name = wallet ? (ownWallet ? wallet.name : wallet.displayName) : null;
  return { walletId: otherWalletId(visible), name, ownWallet };
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

/** Every row's other wallet: the ones to name, and whose ownership decides what asSeenByOwner shows. */
export function otherWalletIds(
  rows: Pick<TransactionRow, 'type' | 'sourceWalletId' | 'destinationWalletId'>[],
) {
  return [...new Set(rows.flatMap((row) => otherWalletId(row) ?? []))];
}
