import { Module } from '@nestjs/common';
import { SecretsModule } from '../common/secrets/secrets.module';
import { WebhookDeliverer } from './webhook-deliverer';
import { WebhookOutbox } from './webhook-outbox';
import { WebhookQueue } from './webhook-queue';
import { WebhooksController } from './webhooks.controller';
import { WebhooksRepository } from './webhooks.repository';
import { WebhooksService } from './webhooks.service';

/** Webhook endpoints, their deliveries, and the outbox the ledger's postings fill (WebhookOutbox). */
@Module({
  imports: [SecretsModule],
  controllers: [WebhooksController],
  providers: [WebhookQueue, WebhooksRepository, WebhooksService, WebhookDeliverer, WebhookOutbox],
  exports: [WebhookOutbox],
})
export class WebhooksModule {}
