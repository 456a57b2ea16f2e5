import { getCurrency, minorToNumber } from '@wallet/money';
import type { HeldTransfer, ReviewItem } from './dto/review.dto';
import type { ReviewReason } from './review-rules';

/** A transfer_reviews row as the repository reads it. */
export interface ReviewRow {
  id: string;
  seq: bigint;
  ownerId: string;
  ownerEmail?: string | null;
  sourceWalletId: string;
  destinationWalletId: string;
  amountMinor: bigint;
  currency: string;
  description: string | null;
  reference: string | null;
  status: 'PENDING' | 'RELEASED' | 'REJECTED';
  ruleVersion: number;
  reasons: string[];
  createdAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionReason: string | null;
  transactionId: string | null;
}

/** What the API calls each stored status: a held transfer is PENDING_REVIEW until it is decided. */
const STATUS = { PENDING: 'PENDING_REVIEW', RELEASED: 'RELEASED', REJECTED: 'REJECTED' } as const;

/** A held transfer as its payer sees it (the answer to the transfer, events, webhooks, the wallet's list). */
export function toHeldTransferView(row: ReviewRow): HeldTransfer {
  return {
    id: row.id,
    status: STATUS[row.status],
    sourceWalletId: row.sourceWalletId,
    destinationWalletId: row.destinationWalletId,
    amount: minorToNumber(row.amountMinor, getCurrency(row.currency)),
    currency: row.currency,
    description: row.description,
    reference: row.reference,
    ruleVersion: row.ruleVersion,
    reasons: row.reasons as ReviewReason[],
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    transactionId: row.transactionId,
  };
}

/** A held transfer as staff see it in the queue: also who asked for it and who decided, and why. */
export function toReviewItemView(row: ReviewRow): ReviewItem {
  return {
    ...toHeldTransferView(row),
    ownerId: row.ownerId,
    ownerEmail: row.ownerEmail ?? null,
    decidedBy: row.decidedBy,
    decisionReason: row.decisionReason,
  };
}
