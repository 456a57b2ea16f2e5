import { randomUUID } from 'node:crypto';
import type { Hold } from '../holds/dto/hold.dto';
import type { PaymentRequest } from '../payment-requests/dto/payment-request.dto';
import type { HeldTransfer } from '../reviews/dto/review.dto';
import type { Transaction } from '../transactions/dto/transaction.dto';
import type { LedgerEntry } from '../transactions/posting/posting';
import { asSeenByOwner, toTransactionView } from '../transactions/transaction.view';

/** What an endpoint can subscribe to. The migration's CHECK constraints list the same. */
export const WEBHOOK_EVENT_TYPES = [
  'transaction.succeeded',
  'transaction.failed',
  'refund.succeeded',
  // A transfer a review rule held, and its decision (apps/api/src/reviews): data is a HeldTransfer.
  'transfer.held',
  'transfer.released',
  'transfer.rejected',
  // A payment request's life (apps/api/src/payment-requests): data is a PaymentRequest as the owner sees it.
  'payment_request.created',
  'payment_request.paid',
  'payment_request.declined',
  'payment_request.cancelled',
  'payment_request.expired',
  // A hold made, captured, voided or expired (apps/api/src/holds): data is a Hold.
  'hold.created',
  'hold.captured',
  'hold.voided',
  'hold.expired',
  // A scheduled transfer's occurrence ran, was declined, or the series ended (apps/api/src/scheduled-transfers):
  // data is { scheduledTransfer, occurrence }.
  'scheduled_transfer.executed',
  'scheduled_transfer.failed',
  'scheduled_transfer.completed',
  // A posting took a wallet's balance across its alert's threshold (apps/api/src/balance-alerts): data is
  // { walletId, threshold, balance, currency, transactionId }.
  'balance.below',
  'balance.above',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/**
 * A test event (POST /webhook-endpoints/:id/test): sent to the one endpoint asked for, whatever it
 * subscribes to, so it is no type an endpoint can subscribe to (nor a checkbox of the dashboard's form).
 */
export const WEBHOOK_TEST_EVENT = 'webhook.test';
/** Every type a delivery can carry: the subscribable ones and the test event. */
export const DELIVERED_EVENT_TYPES = [...WEBHOOK_EVENT_TYPES, WEBHOOK_TEST_EVENT] as const;
export type DeliveredEventType = (typeof DELIVERED_EVENT_TYPES)[number];

/** What a test event carries. */
export interface WebhookTestData {
  endpointId: string;
  message: string;
}

/**
 * An event of one owner's ledger, as it is given to the outbox. Its payload has no `livemode` yet: the
 * outbox's statement reads it from the wallet the event is about (webhooks.repository.ts outboxCtes), sends
 * the event only to endpoints of that mode, and stores the payload with it, as every attempt sends it.
 */
export interface OutboxEvent {
  id: string;
  ownerId: string;
  type: WebhookEventType;
  payload: EventPayload;
}

/**
 * The body of a delivery: the event's id (also sent as webhook-id), its type, when it happened, whether
 * it is of live or test mode (the mode of its wallet; the endpoint's mode for a test event), and the
 * transaction (transaction.*, refund.*), the held transfer (transfer.*), the payment request
 * (payment_request.*) or the hold (hold.*).
 */
export interface WebhookPayload {
  id: string;
  type: DeliveredEventType;
  createdAt: string;
  livemode: boolean;
  data: Transaction | HeldTransfer | PaymentRequest | Hold | WebhookTestData | EventData;
}

/** A payload before its mode is known (the outbox adds `livemode`). */
export type EventPayload = Omit<WebhookPayload, 'livemode'>;

/** The data of an event that is neither a ledger row nor a held transfer (scheduled transfers, alerts). */
export type EventData = { readonly [field: string]: unknown };

/** A ledger entry's event type; also what `pnpm webhooks:listen` calls a streamed Transaction. */
export function eventTypeOf(entry: Pick<LedgerEntry, 'status' | 'refundOf'>): WebhookEventType {
  if (entry.status === 'FAILED') return 'transaction.failed';
  return entry.refundOf ? 'refund.succeeded' : 'transaction.succeeded';
}

/**
 * The events a posting's ledger rows raise: one per row, for the owner of the row's wallet, showing the
 * row as that owner reads it from the API (money from another user's wallet carries no source id).
 * Wallets without an owner (from before access control) raise none.
 */
export function eventsOf(
  entries: readonly LedgerEntry[],
  owners: ReadonlyMap<string, string | null>,
): OutboxEvent[] {
  return entries.flatMap((entry) => {
    const ownerId = owners.get(entry.walletId);
    if (!ownerId) return [];
    const data = toTransactionView(asSeenByOwner(entry, (walletId) => owners.get(walletId) === ownerId));
    const id = randomUUID();
    const type = eventTypeOf(entry);
    return [{ id, ownerId, type, payload: { id, type, createdAt: entry.createdAt.toISOString(), data } }];
  });
}
