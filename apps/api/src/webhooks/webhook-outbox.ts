import { Injectable } from '@nestjs/common';
import type { Db } from '../database/db';
import { Prisma } from '../generated/prisma/client';
import type { LedgerEvents, PostedEntries, StatementPart } from '../transactions/ledger-events.port';
import { eventsOf, type OutboxEvent } from './webhook-events';
import { WebhookQueue } from './webhook-queue';
import { outboxCtes } from './webhooks.repository';

/**
 * The webhooks' side of the ledger's port: a posting's events and deliveries are written in the posting's
 * own statement (the outbox, webhooks.repository.ts), and the deliveries it made are enqueued on the same
 * transaction (one more statement, only when some owner has a subscribed endpoint). A movement that rolls
 * back leaves no event, no delivery and no job.
 */
@Injectable()
export class WebhookOutbox implements LedgerEvents {
  constructor(private readonly queue: WebhookQueue) {}

  statementPart(posted: PostedEntries): StatementPart | null {
    const events = eventsOf(posted.entries, posted.owners);
    if (events.length === 0) return null;
    return {
      ctes: outboxCtes(events, posted.at),
      returns: Prisma.sql`(SELECT array_agg(id::text) FROM webhook_deliveries_written)`,
    };
  }

  async posted(tx: Db, _posted: PostedEntries, deliveries: unknown): Promise<void> {
    await this.queue.enqueue(tx, (deliveries as string[] | null) ?? []);
  }

  /**
   * Events that are no posting's (a held transfer's, apps/api/src/reviews): the same outbox CTEs, for the
   * caller's own statement, whose `returns` value goes to enqueue() on the same transaction.
   */
  partFor(events: OutboxEvent[], at: Date): StatementPart | null {
    if (events.length === 0) return null;
    return {
      ctes: outboxCtes(events, at),
      returns: Prisma.sql`(SELECT array_agg(id::text) FROM webhook_deliveries_written)`,
    };
  }

  async enqueue(tx: Db, deliveries: unknown): Promise<void> {
    await this.queue.enqueue(tx, (deliveries as string[] | null) ?? []);
  }
}
