import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Db } from '../database/db';
import { Prisma } from '../generated/prisma/client';
import type { LedgerEvents, PostedEntries, StatementPart } from '../transactions/ledger-events.port';
import type { WebhookEventType } from '../webhooks/webhook-events';
import { WebhookOutbox } from '../webhooks/webhook-outbox';
import {
  audienceOf,
  dashboardBase,
  type PaymentRequestRow,
  toPaymentRequestView,
} from './payment-request.view';
import { findPaymentRequest, PaymentRequestsRepository } from './payment-requests.repository';

/** The webhook events of payment requests, written on the change's own transaction (the outbox). */
@Injectable()
export class PaymentRequestEvents {
  constructor(
    private readonly outbox: WebhookOutbox,
    private readonly requests: PaymentRequestsRepository,
  ) {}

  /** The event of a change, to the requester and the payer, each with the request as they see it. */
  async announce(tx: Db, type: WebhookEventType, row: PaymentRequestRow, at: Date): Promise<void> {
    const base = dashboardBase();
    const events = audienceOf(row).map((ownerId) => {
      const eventId = randomUUID();
      const data = toPaymentRequestView(row, ownerId, base, at);
      return {
        id: eventId,
        ownerId,
        type,
        payload: { id: eventId, type, createdAt: at.toISOString(), data },
      };
    });
    await this.outbox.enqueue(tx, await this.requests.emit(tx, this.outbox.partFor(events, at)));
  }
}

/**
 * A payment held for review and released by staff: the database marks its request PAID when the review
 * is decided (payment_requests_follow_review, a trigger), before the release posts the transfer; this
 * listener of the ledger (LEDGER_EVENTS) sees the posting's TRANSFER_OUT and raises the request's
 * `payment_request.paid`, on the same transaction. The lookup rides in the posting's own statement (a
 * partial index on review_id), so a transfer that paid no held request costs no round trip.
 */
@Injectable()
export class PaidOnRelease implements LedgerEvents {
  constructor(private readonly events: PaymentRequestEvents) {}

  statementPart(posted: PostedEntries): StatementPart | null {
    const ids = posted.entries
      .filter((e) => e.type === 'TRANSFER_OUT' && e.status === 'SUCCESS' && e.transferId && !e.refundOf)
      .map((e) => e.transferId);
    if (ids.length === 0) return null;
    return {
      ctes: Prisma.sql`payment_requests_released AS (
        SELECT id FROM payment_requests WHERE review_id = ANY(${ids}::uuid[]) AND status = 'PAID')`,
      returns: Prisma.sql`(SELECT array_agg(id::text) FROM payment_requests_released)`,
    };
  }

  async posted(tx: Db, posted: PostedEntries, released: unknown): Promise<void> {
    for (const id of (released as string[] | null) ?? []) {
      const row = await findPaymentRequest(tx, id);
      if (row) await this.events.announce(tx, 'payment_request.paid', row, posted.at);
    }
  }
}
