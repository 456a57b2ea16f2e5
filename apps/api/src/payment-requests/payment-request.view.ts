import { getCurrency, minorToNumber } from '@wallet/money';
import type { PaymentRequest, PaymentRequestStatus } from './dto/payment-request.dto';

/** A payment_requests row as the repository reads it, with the names and legs it is shown with. */
export interface PaymentRequestRow {
  id: string;
  seq: bigint;
  requesterId: string;
  walletId: string;
  amountMinor: bigint;
  currency: string;
  description: string | null;
  status: PaymentRequestStatus;
  expiresAt: Date | null;
  payerWalletId: string | null;
  payerId: string | null;
  paidBy: string | null;
  sourceWalletId: string | null;
  transferId: string | null;
  reviewId: string | null;
  createdAt: Date;
  updatedAt: Date;
  requesterName: string | null;
  paidByName: string | null;
  /** The legs of the transfer that paid it (null until PAID). */
  inTransactionId: string | null;
  outTransactionId: string | null;
  /** Its wallet's mode (live: true): a caller of the other mode is not shown it at all. */
  livemode: boolean;
}

/** OPEN with a payment held for review: it takes no other payment, decline or cancel until staff decide. */
export function isHeld(row: Pick<PaymentRequestRow, 'status' | 'reviewId'>): boolean {
  return row.status === 'OPEN' && row.reviewId !== null;
}

/**
 * Past its expiry and still OPEN (with no payment held for review): EXPIRED, whether or not the expiry
 * job has marked it yet. Reads show it so; a payment, decline or cancel marks it first.
 */
export function isLapsed(
  row: Pick<PaymentRequestRow, 'status' | 'reviewId' | 'expiresAt'>,
  now: Date,
): boolean {
  return row.status === 'OPEN' && row.reviewId === null && row.expiresAt !== null && row.expiresAt <= now;
}

/** Who may see it: its requester, the payer asked or who paid; anyone signed in when it is a link. */
export function canSee(row: PaymentRequestRow, userId: string): boolean {
  return row.payerId === null || [row.requesterId, row.payerId, row.paidBy].includes(userId);
}

/** The dashboard's page that pays it. `base`: the dashboard's origin ('' when unknown: a path). */
export function payUrlOf(id: string, base: string): string {
  return `${base.replace(/\/+$/, '')}/pay/${id}`;
}

/**
 * The dashboard's origin for links made outside a request (webhooks, live events): DASHBOARD_URL when
 * the dashboard is served elsewhere, else '' (a path on the dashboard's own origin, which serves the API).
 */
export function dashboardBase(origin = ''): string {
  return process.env.DASHBOARD_URL || origin;
}

/**
 * The request as `viewerId` sees it. A payer who holds only the link sees what paying needs: the amount,
 * memo, who asks (by the name they chose, never an email), expiry and status; the requester and the
 * payer also see who paid and their own leg of it.
 */
export function toPaymentRequestView(
  row: PaymentRequestRow,
  viewerId: string,
  base: string,
  now: Date = new Date(),
): PaymentRequest {
  const requester = viewerId === row.requesterId;
  const party = requester || viewerId === row.payerId || viewerId === row.paidBy;
  return {
    id: row.id,
    walletId: row.walletId,
    amount: minorToNumber(row.amountMinor, getCurrency(row.currency)),
    currency: row.currency,
    description: row.description,
    status: isLapsed(row, now) ? 'EXPIRED' : row.status,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    payUrl: payUrlOf(row.id, base),
    requester: { name: row.requesterName },
    payerWalletId: party ? row.payerWalletId : null,
    paidBy: row.paidBy && party ? { name: row.paidByName } : null,
    transactionId: requester ? row.inTransactionId : viewerId === row.paidBy ? row.outTransactionId : null,
    heldForReview: party && isHeld(row),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Who hears of it (live events, webhooks): the requester, and the payer asked or who paid. */
export function audienceOf(row: Pick<PaymentRequestRow, 'requesterId' | 'payerId' | 'paidBy'>): string[] {
  const payer = row.payerId ?? row.paidBy;
  return payer && payer !== row.requesterId ? [row.requesterId, payer] : [row.requesterId];
}
