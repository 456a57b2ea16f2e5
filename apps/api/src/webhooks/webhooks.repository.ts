import { Injectable } from '@nestjs/common';
import { SecretDecryptError } from '../common/secrets/secret-box';
import { Secrets } from '../common/secrets/secrets.module';
import type { Db } from '../database/db';
import { Prisma } from '../generated/prisma/client';
import type { OutboxEvent, WebhookPayload } from './webhook-events';

/** Endpoints (not deleted) one user may have in each mode. */
export const MAX_ENDPOINTS_PER_USER = 10;

export interface EndpointRow {
  id: string;
  seq: bigint;
  url: string;
  events: string[];
  livemode: boolean;
  createdAt: Date;
}

export interface DeliveryRow {
  id: string;
  seq: bigint;
  eventId: string;
  status: string;
  attempts: number;
  lastAttemptAt: Date | null;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
  createdAt: Date;
  event: { type: string };
}

/** Whose endpoints a caller sees: the user's, of the caller's mode only (the other mode's are not there). */
export interface EndpointOwner {
  ownerId: string;
  livemode: boolean;
}

/** What a worker needs for one attempt. */
export interface AttemptTarget {
  status: string;
  url: string;
  /** The signing secret in clear; why it cannot be opened; null once the endpoint is deleted. */
  secret: { value: string } | { unreadable: string } | null;
  payload: WebhookPayload;
}

export interface AttemptRecord {
  ok: boolean;
  last: boolean;
  statusCode: number | null;
  error: string | null;
  nextAttemptAt: Date | null;
}

const ENDPOINT_SELECT = {
  id: true,
  seq: true,
  url: true,
  events: true,
  livemode: true,
  createdAt: true,
} as const;
const DELIVERY_SELECT = {
  id: true,
  seq: true,
  eventId: true,
  status: true,
  attempts: true,
  lastAttemptAt: true,
  lastStatusCode: true,
  lastError: true,
  nextAttemptAt: true,
  deliveredAt: true,
  createdAt: true,
  event: { select: { type: true } },
} as const;

/**
 * The wallets an event's data names (its wallet; a transfer's or a schedule's source and destination):
 * money never moves between modes, so any of them gives the event's mode.
 */
const EVENT_WALLET_PATHS = [
  '{data,walletId}',
  '{data,sourceWalletId}',
  '{data,destinationWalletId}',
  '{data,scheduledTransfer,sourceWalletId}',
  '{data,scheduledTransfer,destinationWalletId}',
] as const;

/**
 * The outbox as three CTEs for the ledger's posting statement (`events`, then `deliveries`): each event
 * takes the mode of the wallet it is about (`livemode`, added to its payload), and is written only when
 * its owner has an endpoint of that mode (not deleted) subscribed to its type, with one delivery per such endpoint:
 * a test wallet's events never reach a live endpoint, nor a live wallet's a test one. With no subscriber
 * it costs one probe of a small partial index per ledger row, and no statement of its own. The statement
 * returns the new deliveries' ids for the queue.
 */
export function outboxCtes(events: OutboxEvent[], at: Date): Prisma.Sql {
  const col = <T>(read: (event: OutboxEvent) => T) => events.map(read);
  const walletIds = Prisma.join(
    EVENT_WALLET_PATHS.map((path) => Prisma.sql`(ev.payload #>> ${path}::text[])::uuid`),
  );
  return Prisma.sql`
    webhook_events_moded AS (
      SELECT ev.id, ev.owner_id, ev.type,
             COALESCE((SELECT w.livemode FROM wallets w WHERE w.id = ANY(ARRAY[${walletIds}]) LIMIT 1), true)
               AS livemode,
             ev.payload
      FROM unnest(${col((e) => e.id)}::uuid[], ${col((e) => e.ownerId)}::uuid[], ${col((e) => e.type)}::text[],
                  ${col((e) => JSON.stringify(e.payload))}::jsonb[]) AS ev(id, owner_id, type, payload)
    ), webhook_events_written AS (
      INSERT INTO webhook_events (id, owner_id, type, payload, created_at)
      SELECT ev.id, ev.owner_id, ev.type, ev.payload || jsonb_build_object('livemode', ev.livemode),
             ${at}::timestamptz
      FROM webhook_events_moded ev
      WHERE EXISTS (SELECT 1 FROM webhook_endpoints we
                    WHERE we.owner_id = ev.owner_id AND we.deleted_at IS NULL AND we.livemode = ev.livemode
                      AND ev.type = ANY(we.events))
      RETURNING id, owner_id, type, (payload ->> 'livemode')::boolean AS livemode
    ), webhook_deliveries_written AS (
      INSERT INTO webhook_deliveries (endpoint_id, event_id, next_attempt_at, created_at)
      SELECT we.id, ev.id, ${at}::timestamptz, ${at}::timestamptz
      FROM webhook_events_written ev
      JOIN webhook_endpoints we ON we.owner_id = ev.owner_id AND we.deleted_at IS NULL
                                AND we.livemode = ev.livemode AND ev.type = ANY(we.events)
      RETURNING id
    )`;
}

@Injectable()
export class WebhooksRepository {
  /** Signing secrets are stored sealed (AES-256-GCM envelopes), opened only to sign a delivery. */
  constructor(private readonly secrets: Secrets) {}

  /**
   * Creates an endpoint unless the owner already has MAX_ENDPOINTS_PER_USER of its mode; null then. The
   * owner's creations take turns (a lock on the owner's id until the transaction ends), so two at once
   * cannot both pass the count. An advisory lock, not a row lock on users: locking a row needs the right
   * to update it, and the API's database role may not update users. The secret is given in clear and
   * stored encrypted.
   */
  async create(
    db: Db,
    endpoint: { ownerId: string; livemode: boolean; url: string; events: string[]; secret: string },
  ): Promise<EndpointRow | null> {
    await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`webhook endpoints of ${endpoint.ownerId}`}, 0))`;
    const live = await db.webhookEndpoint.count({
      where: { ownerId: endpoint.ownerId, livemode: endpoint.livemode, deletedAt: null },
    });
    if (live >= MAX_ENDPOINTS_PER_USER) return null;
    return db.webhookEndpoint.create({
      data: { ...endpoint, secret: this.secrets.box().encrypt(endpoint.secret) },
      select: ENDPOINT_SELECT,
    });
  }

  list(
    db: Db,
    { ownerId, livemode }: EndpointOwner,
    page: { limit: number; afterSeq?: bigint | undefined },
  ): Promise<EndpointRow[]> {
    return db.webhookEndpoint.findMany({
      where: {
        ownerId,
        livemode,
        deletedAt: null,
        ...(page.afterSeq !== undefined ? { seq: { gt: page.afterSeq } } : {}),
      },
      orderBy: { seq: 'asc' },
      take: page.limit,
      select: ENDPOINT_SELECT,
    });
  }

  findOwned(db: Db, { ownerId, livemode }: EndpointOwner, id: string): Promise<EndpointRow | null> {
    return db.webhookEndpoint.findFirst({
      where: { id, ownerId, livemode, deletedAt: null },
      select: ENDPOINT_SELECT,
    });
  }

  /** Deletes the endpoint (keeping the row, erasing its secret); false when the owner has no such endpoint. */
  async delete(db: Db, { ownerId, livemode }: EndpointOwner, id: string): Promise<boolean> {
    const { count } = await db.webhookEndpoint.updateMany({
      where: { id, ownerId, livemode, deletedAt: null },
      data: { deletedAt: new Date(), secret: null },
    });
    return count === 1;
  }

  /** An endpoint's deliveries, newest first, one page past `beforeSeq`. */
  deliveries(
    db: Db,
    endpointId: string,
    page: { limit: number; beforeSeq?: bigint | undefined },
  ): Promise<DeliveryRow[]> {
    return db.webhookDelivery.findMany({
      where: { endpointId, ...(page.beforeSeq !== undefined ? { seq: { lt: page.beforeSeq } } : {}) },
      orderBy: { seq: 'desc' },
      take: page.limit,
      select: DELIVERY_SELECT,
    });
  }

  findDelivery(db: Db, endpointId: string, id: string): Promise<DeliveryRow | null> {
    return db.webhookDelivery.findFirst({ where: { id, endpointId }, select: DELIVERY_SELECT });
  }

  /**
   * A test event for one endpoint, with its one delivery (pending, due now), whatever the endpoint
   * subscribes to; the delivery's id, for the queue. Null when the owner has no such live endpoint.
   */
  async createTestDelivery(
    db: Db,
    { ownerId, livemode }: EndpointOwner,
    endpointId: string,
    payload: WebhookPayload,
  ): Promise<DeliveryRow | null> {
    const endpoint = await db.webhookEndpoint.findFirst({
      where: { id: endpointId, ownerId, livemode, deletedAt: null },
      select: { id: true },
    });
    if (!endpoint) return null;
    const at = new Date(payload.createdAt);
    await db.webhookEvent.create({
      data: {
        id: payload.id,
        ownerId,
        type: payload.type,
        payload: payload as unknown as Prisma.InputJsonValue,
        createdAt: at,
      },
    });
    return db.webhookDelivery.create({
      data: { endpointId, eventId: payload.id, nextAttemptAt: at, createdAt: at },
      select: DELIVERY_SELECT,
    });
  }

  /** Puts a delivery that is not pending back to pending, for a re-send; null when it is pending. */
  async reopen(db: Db, endpointId: string, id: string): Promise<DeliveryRow | null> {
    const { count } = await db.webhookDelivery.updateMany({
      where: { id, endpointId, status: { not: 'pending' } },
      data: { status: 'pending', deliveredAt: null, nextAttemptAt: new Date() },
    });
    return count === 1 ? this.findDelivery(db, endpointId, id) : null;
  }

  /**
   * What one attempt needs, the signing secret in clear (a plaintext row from before encryption is read
   * as it is). A secret sealed under a key that is no longer configured (or altered) is `unreadable`,
   * with the reason: no attempt can sign it until the key is configured again.
   */
  async attemptTarget(db: Db, deliveryId: string): Promise<(AttemptTarget & { deleted: boolean }) | null> {
    const row = await db.webhookDelivery.findUnique({
      where: { id: deliveryId },
      select: {
        status: true,
        endpoint: { select: { url: true, secret: true, deletedAt: true } },
        event: { select: { payload: true } },
      },
    });
    if (!row) return null;
    return {
      status: row.status,
      url: row.endpoint.url,
      secret: row.endpoint.secret === null ? null : this.openSecret(row.endpoint.secret),
      deleted: row.endpoint.deletedAt !== null,
      payload: row.event.payload as unknown as WebhookPayload,
    };
  }

  private openSecret(stored: string): { value: string } | { unreadable: string } {
    try {
      return { value: this.secrets.box().open(stored) };
    } catch (error) {
      if (error instanceof SecretDecryptError) return { unreadable: error.message };
      throw error;
    }
  }

  /** Records one attempt's result (only while the delivery is pending: a re-send or a delete may have come). */
  async recordAttempt(db: Db, deliveryId: string, attempt: AttemptRecord): Promise<void> {
    const now = new Date();
    await db.webhookDelivery.updateMany({
      where: { id: deliveryId, status: 'pending' },
      data: {
        attempts: { increment: 1 },
        lastAttemptAt: now,
        lastStatusCode: attempt.statusCode,
        lastError: attempt.error?.slice(0, 200) ?? null,
        status: attempt.ok ? 'succeeded' : attempt.last ? 'failed' : 'pending',
        deliveredAt: attempt.ok ? now : null,
        nextAttemptAt: attempt.ok || attempt.last ? null : attempt.nextAttemptAt,
      },
    });
  }

  /** A delivery that will never be sent (its endpoint was deleted). */
  async abandon(db: Db, deliveryId: string, reason: string): Promise<void> {
    await db.webhookDelivery.updateMany({
      where: { id: deliveryId, status: 'pending' },
      data: { status: 'failed', lastError: reason, nextAttemptAt: null },
    });
  }
}
