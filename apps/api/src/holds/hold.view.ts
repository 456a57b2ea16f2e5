import { getCurrency, minorToNumber } from '@wallet/money';
import type { Hold, HoldStatus } from './dto/hold.dto';

/** A holds row as the repository reads it. */
export interface HoldRow {
  id: string;
  seq: bigint;
  ownerId: string;
  walletId: string;
  amountMinor: bigint;
  currency: string;
  status: HoldStatus;
  capturedMinor: bigint;
  destinationWalletId: string | null;
  transactionId: string | null;
  expiresAt: Date | null;
  description: string | null;
  reference: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

/** A hold as its owner sees it: the answers, the list, live events and webhooks. */
export function toHoldView(row: HoldRow): Hold {
  const currency = getCurrency(row.currency);
  return {
    id: row.id,
    walletId: row.walletId,
    amount: minorToNumber(row.amountMinor, currency),
    currency: row.currency,
    status: row.status,
    capturedAmount: minorToNumber(row.capturedMinor, currency),
    destinationWalletId: row.destinationWalletId,
    transactionId: row.transactionId,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    description: row.description,
    reference: row.reference,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
