import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { modeOf } from '../auth/mode';
import { type Page, pageSize, toPage } from '../common/page';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PrismaService } from '../database/prisma.service';
import { UnitOfWork } from '../database/unit-of-work';
import type {
  CreatedWebhookEndpoint,
  CreateWebhookEndpointRequest,
  WebhookDelivery,
  WebhookEndpoint,
} from './dto/webhook.dto';
import {
  type DeliveredEventType,
  WEBHOOK_TEST_EVENT,
  type WebhookEventType,
  type WebhookPayload,
} from './webhook-events';
import { WebhookQueue } from './webhook-queue';
import { refuseEndpointUrl, type TargetRules } from './webhook-target';
import {
  DeliveryPendingError,
  TooManyWebhookEndpointsError,
  WebhookDeliveryNotFoundError,
  WebhookEndpointNotFoundError,
  WebhookUrlRefusedError,
} from './webhooks.errors';
import {
  type DeliveryRow,
  type EndpointOwner,
  type EndpointRow,
  WebhooksRepository,
} from './webhooks.repository';

/** Standard Webhooks secrets: whsec_ and base64 of 24 to 64 random bytes. */
const SECRET_BYTES = 32;

/** Webhook endpoints and their deliveries, as their owner manages them. */
@Injectable()
export class WebhooksService {
  private readonly rules: TargetRules;

  constructor(
    private readonly prisma: PrismaService,
    private readonly unitOfWork: UnitOfWork,
    private readonly endpoints: WebhooksRepository,
    private readonly queue: WebhookQueue,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.rules = {
      allowPrivateTargets: config.webhooks.allowPrivateTargets,
      httpsOnly: config.nodeEnv === 'production',
    };
  }

  /**
   * Adds an endpoint of the caller's mode (it receives that mode's events only); its signing secret is in
   * this answer and never shown again.
   */
  async create(owner: EndpointOwner, input: CreateWebhookEndpointRequest): Promise<CreatedWebhookEndpoint> {
    const refused = await refuseEndpointUrl(input.url, this.rules);
    if (refused) {
      // Refused only for being private (a laptop, a LAN)? Then the answer says how to develop locally.
      const local = !(await refuseEndpointUrl(input.url, { ...this.rules, allowPrivateTargets: true }));
      throw new WebhookUrlRefusedError(refused, local ? { url: input.url } : undefined);
    }
    const secret = `whsec_${randomBytes(SECRET_BYTES).toString('base64')}`;
    const row = await this.unitOfWork.run((tx) =>
      this.endpoints.create(tx, { ...owner, url: input.url, events: input.events, secret }),
    );
    if (!row) throw new TooManyWebhookEndpointsError();
    return { ...toEndpointView(row), secret };
  }

  async list(
    owner: EndpointOwner,
    page: { limit?: number; cursor?: bigint },
  ): Promise<Page<WebhookEndpoint>> {
    const limit = pageSize(page.limit);
    const rows = await this.endpoints.list(this.prisma, owner, { limit: limit + 1, afterSeq: page.cursor });
    return toPage(rows, limit, toEndpointView);
  }

  async get(owner: EndpointOwner, id: string): Promise<WebhookEndpoint> {
    return toEndpointView(await this.owned(owner, id));
  }

  /** Deletes the endpoint: nothing more is sent to it, pending deliveries included. */
  async delete(owner: EndpointOwner, id: string): Promise<void> {
    if (!(await this.endpoints.delete(this.prisma, owner, id))) throw new WebhookEndpointNotFoundError(id);
  }

  async deliveries(
    owner: EndpointOwner,
    id: string,
    page: { limit?: number; cursor?: bigint },
  ): Promise<Page<WebhookDelivery>> {
    await this.owned(owner, id);
    const limit = pageSize(page.limit);
    const rows = await this.endpoints.deliveries(this.prisma, id, {
      limit: limit + 1,
      beforeSeq: page.cursor,
    });
    return toPage(rows, limit, toDeliveryView);
  }

  /**
   * Sends a delivery that succeeded or failed once more, with the same event (so the same webhook-id),
   * and a fresh series of attempts. The reopening and its job commit together.
   */
  async resend(owner: EndpointOwner, id: string, deliveryId: string): Promise<WebhookDelivery> {
    await this.owned(owner, id);
    const row = await this.unitOfWork.run(async (tx) => {
      const reopened = await this.endpoints.reopen(tx, id, deliveryId);
      if (reopened) await this.queue.enqueue(tx, [reopened.id]);
      return reopened;
    });
    if (row) return toDeliveryView(row);
    if (await this.endpoints.findDelivery(this.prisma, id, deliveryId))
      throw new DeliveryPendingError(deliveryId);
    throw new WebhookDeliveryNotFoundError(deliveryId);
  }

  /**
   * Sends a signed `webhook.test` event to this endpoint through the usual path (an event, a delivery
   * and its job, committed together), so it is retried like any delivery and shows in the list. It is of
   * the endpoint's mode (the caller's: another mode's endpoint is not found).
   */
  async sendTest(owner: EndpointOwner, id: string): Promise<WebhookDelivery> {
    const eventId = randomUUID();
    const payload: WebhookPayload = {
      id: eventId,
      type: WEBHOOK_TEST_EVENT,
      createdAt: new Date().toISOString(),
      livemode: owner.livemode,
      data: { endpointId: id, message: 'A test event sent from the wallet API. It moves no money.' },
    };
    const row = await this.unitOfWork.run(async (tx) => {
      const delivery = await this.endpoints.createTestDelivery(tx, owner, id, payload);
      if (delivery) await this.queue.enqueue(tx, [delivery.id]);
      return delivery;
    });
    if (!row) throw new WebhookEndpointNotFoundError(id);
    return toDeliveryView(row);
  }

  private async owned(owner: EndpointOwner, id: string): Promise<EndpointRow> {
    const row = await this.endpoints.findOwned(this.prisma, owner, id);
    if (!row) throw new WebhookEndpointNotFoundError(id);
    return row;
  }
}

function toEndpointView(row: EndpointRow): WebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    events: row.events as WebhookEventType[],
    mode: modeOf(row.livemode),
    createdAt: row.createdAt.toISOString(),
  };
}

function toDeliveryView(row: DeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    eventId: row.eventId,
    type: row.event.type as DeliveredEventType,
    status: row.status as WebhookDelivery['status'],
    attempts: row.attempts,
    lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
