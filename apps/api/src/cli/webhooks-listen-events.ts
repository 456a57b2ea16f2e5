/**
 * The pure parts of `pnpm webhooks:listen`: reading a text/event-stream, and turning the stream's events
 * into the bodies real webhook deliveries carry.
 */
import { randomUUID } from 'node:crypto';
import type { Transaction } from '../transactions/dto/transaction.dto';
import {
  type EventPayload,
  eventTypeOf,
  WEBHOOK_EVENT_TYPES,
  type WebhookEventType,
  type WebhookPayload,
} from '../webhooks/webhook-events';

/** One dispatched Server-Sent Event. */
export interface StreamEvent {
  id: string | null;
  event: string;
  data: string;
}

/**
 * An incremental text/event-stream reader (the WHATWG "event stream interpretation"): push chunks of
 * text, get the events they complete. Also remembers the last id and the server's `retry:` hint.
 */
export class EventStreamReader {
  private buffer = '';
  private data: string[] = [];
  private event = '';
  private id: string | null = null;
  lastEventId: string | null = null;
  retryMs: number | null = null;

  push(chunk: string): StreamEvent[] {
    this.buffer += chunk;
    const events: StreamEvent[] = [];
    for (;;) {
      const end = this.buffer.search(/\r\n|\r|\n/);
      // A CR that ends the chunk may be the first half of a CRLF: wait for the next chunk.
      if (end < 0 || (end === this.buffer.length - 1 && this.buffer[end] === '\r')) break;
      const line = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + (this.buffer.startsWith('\r\n', end) ? 2 : 1));
      const event = this.line(line);
      if (event) events.push(event);
    }
    return events;
  }

  private line(line: string): StreamEvent | null {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return null;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'data') this.data.push(value);
    else if (field === 'event') this.event = value;
    else if (field === 'id' && !value.includes('\0')) this.id = value;
    else if (field === 'retry' && /^\d+$/.test(value)) this.retryMs = Number(value);
    return null;
  }

  private dispatch(): StreamEvent | null {
    const id = this.id;
    if (id !== null) this.lastEventId = id;
    this.id = null;
    const event = { id, event: this.event || 'message', data: this.data.join('\n') };
    const any = this.data.length > 0;
    this.data = [];
    this.event = '';
    return any ? event : null;
  }
}

const REVIEW_TYPES = {
  PENDING_REVIEW: 'transfer.held',
  RELEASED: 'transfer.released',
  REJECTED: 'transfer.rejected',
} as const;

/** A payment request's live event names its state; OPEN is its making (or a held payment's release). */
const PAYMENT_REQUEST_TYPES = {
  OPEN: 'payment_request.created',
  PAID: 'payment_request.paid',
  DECLINED: 'payment_request.declined',
  CANCELLED: 'payment_request.cancelled',
  EXPIRED: 'payment_request.expired',
} as const;

const HOLD_TYPES = {
  ACTIVE: 'hold.created',
  CAPTURED: 'hold.captured',
  VOIDED: 'hold.voided',
  EXPIRED: 'hold.expired',
} as const;

/**
 * The webhook body for a stream event, as the API's deliveries carry it ({ id, type, createdAt,
 * livemode, data }: livemode is the key's, as the stream carries only its mode's wallets),
 * or null for events no webhook carries (`balance`: a wallet's new balance, which the transaction event
 * already tells). `transaction` becomes transaction.succeeded, transaction.failed or refund.succeeded,
 * as the API's outbox names it; `review` (a held transfer) transfer.held, .released or .rejected;
 * `hold` hold.created, .captured, .voided or .expired; `payment_request` payment_request.* by its
 * status; `scheduled_transfer` and `alert` the scheduled_transfer.* and balance.* event their data names.
 */
export function webhookBodyOf(
  event: StreamEvent,
  livemode = true,
  now: Date = new Date(),
): WebhookPayload | null {
  const body = bodyOf(event, now);
  return body && { ...body, livemode };
}

function bodyOf(event: StreamEvent, now: Date): EventPayload | null {
  if (event.event === 'transaction') {
    const transaction = JSON.parse(event.data) as Transaction;
    return {
      id: randomUUID(),
      type: eventTypeOf(transaction),
      createdAt: transaction.createdAt,
      data: transaction,
    };
  }
  if (event.event === 'review') {
    const { transfer } = JSON.parse(event.data) as {
      transfer: { status: keyof typeof REVIEW_TYPES; decidedAt?: string | null };
    };
    const type = REVIEW_TYPES[transfer.status];
    if (!type) return null;
    return {
      id: randomUUID(),
      type,
      createdAt: now.toISOString(),
      data: transfer as unknown as WebhookPayload['data'],
    };
  }
  if (event.event === 'hold') {
    const { hold } = JSON.parse(event.data) as { hold: { status: keyof typeof HOLD_TYPES } };
    const type = HOLD_TYPES[hold.status];
    if (!type) return null;
    return {
      id: randomUUID(),
      type,
      createdAt: now.toISOString(),
      data: hold as unknown as WebhookPayload['data'],
    };
  }
  if (event.event === 'payment_request') {
    const request = JSON.parse(event.data) as { status: keyof typeof PAYMENT_REQUEST_TYPES };
    const type = PAYMENT_REQUEST_TYPES[request.status];
    if (!type) return null;
    return {
      id: randomUUID(),
      type,
      createdAt: now.toISOString(),
      data: request as unknown as WebhookPayload['data'],
    };
  }
  if (event.event === 'scheduled_transfer' || event.event === 'alert') {
    const { type, ...data } = JSON.parse(event.data) as { type: string } & Record<string, unknown>;
    // A held occurrence raises no scheduled_transfer webhook of its own (transfer.held tells it).
    if (!(WEBHOOK_EVENT_TYPES as readonly string[]).includes(type)) return null;
    return { id: randomUUID(), type: type as WebhookEventType, createdAt: now.toISOString(), data };
  }
  return null;
}
