import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray } from 'class-validator';
import { MODES, type Mode } from '../../auth/mode';
import { DateTime, UuidProperty } from '../../common/http/openapi-decorators';
import { PageQuery } from '../../common/http/page-query.dto';
import { firstNotIn, IsText, MaxChars, OneOf, Required, Rules, Uuid } from '../../common/validation';
import {
  DELIVERED_EVENT_TYPES,
  type DeliveredEventType,
  WEBHOOK_EVENT_TYPES,
  type WebhookEventType,
} from '../webhook-events';
import { MAX_URL_LENGTH } from '../webhook-target';

export class CreateWebhookEndpointRequest {
  @ApiProperty({
    maxLength: MAX_URL_LENGTH,
    example: 'https://example.com/webhooks/wallet',
    description:
      'Where events are POSTed: https (http outside production), a public address, no user name or password.',
  })
  @Rules(Required(), IsText(), MaxChars(MAX_URL_LENGTH))
  url!: string;

  @ApiProperty({
    enum: WEBHOOK_EVENT_TYPES,
    enumName: 'WebhookEventType',
    isArray: true,
    minItems: 1,
    maxItems: WEBHOOK_EVENT_TYPES.length,
    example: ['transaction.succeeded', 'refund.succeeded'],
  })
  @Transform(({ value }) => (Array.isArray(value) ? [...new Set(value)] : value))
  @Rules(
    Required(),
    IsArray({ message: 'must be a list of event types' }),
    ArrayMinSize(1, { message: 'must name at least one event type' }),
    OneOf(WEBHOOK_EVENT_TYPES, { each: true, context: { at: firstNotIn(WEBHOOK_EVENT_TYPES) } }),
    ArrayMaxSize(WEBHOOK_EVENT_TYPES.length, {
      message: `must name at most ${WEBHOOK_EVENT_TYPES.length} event types`,
    }),
  )
  events!: WebhookEventType[];
}

export class WebhookEndpoint {
  @UuidProperty() id!: string;
  @ApiProperty({ example: 'https://example.com/webhooks/wallet' }) url!: string;
  @ApiProperty({ enum: WEBHOOK_EVENT_TYPES, enumName: 'WebhookEventType', isArray: true })
  events!: WebhookEventType[];
  @ApiProperty({
    enum: MODES,
    enumName: 'Mode',
    description:
      "The caller's mode when it was made: a live endpoint receives live wallets' events only, a test endpoint test wallets' (their payloads say `livemode`). Only callers of its mode see it.",
  })
  mode!: Mode;
  @DateTime() createdAt!: string;
}

export class CreatedWebhookEndpoint extends WebhookEndpoint {
  @ApiProperty({
    description:
      'The signing secret (Standard Webhooks: whsec_ + base64), shown this once. Verify each delivery with it.',
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  })
  secret!: string;
}

export class WebhookEndpointPage {
  @ApiProperty({ type: [WebhookEndpoint] }) data!: WebhookEndpoint[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class ListWebhookEndpointsQuery extends PageQuery {}
export class ListWebhookDeliveriesQuery extends PageQuery {}

export class WebhookDelivery {
  @UuidProperty() id!: string;
  @UuidProperty('The event, sent as webhook-id: the same on every attempt.') eventId!: string;
  @ApiProperty({
    enum: DELIVERED_EVENT_TYPES,
    enumName: 'DeliveredEventType',
    description: "The event's type: one an endpoint subscribes to, or webhook.test (a test event).",
  })
  type!: DeliveredEventType;
  @ApiProperty({
    enum: ['pending', 'succeeded', 'failed'],
    description: 'pending: to be (re)tried; succeeded: a 2xx came back; failed: every attempt failed.',
  })
  status!: 'pending' | 'succeeded' | 'failed';
  @ApiProperty({ type: 'integer', example: 1 }) attempts!: number;
  @DateTime(true) lastAttemptAt!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: "The receiver's last HTTP status." })
  lastStatusCode!: number | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why the last attempt failed (timeout, network error, ...). Response bodies are never kept.',
  })
  lastError!: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'While pending: no attempt comes before this time.',
  })
  nextAttemptAt!: string | null;
  @DateTime(true) deliveredAt!: string | null;
  @DateTime() createdAt!: string;
}

export class WebhookDeliveryPage {
  @ApiProperty({ type: [WebhookDelivery] }) data!: WebhookDelivery[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

/** A path naming one delivery of one endpoint: /webhook-endpoints/:id/deliveries/:deliveryId. */
export class DeliveryParam {
  @ApiProperty({ type: String, format: 'uuid' })
  @Uuid()
  id!: string;

  @ApiProperty({ type: String, format: 'uuid' })
  @Uuid()
  deliveryId!: string;
}
