import { Global, Module } from '@nestjs/common';
import { WebhookDeliverer } from './webhook-deliverer';
import { WebhookQueue } from './webhook-queue';
import { WebhooksController } from './webhooks.controller';
import { WebhooksRepository } from './webhooks.repository';
import { WebhooksService } from './webhooks.service';

/** Global for its queue: the ledger (TransactionsService) enqueues deliveries with each posting. */
@Global()
@Module({
  controllers: [WebhooksController],
  providers: [WebhookQueue, WebhooksRepository, WebhooksService, WebhookDeliverer],
  exports: [WebhookQueue],
})
export class WebhooksModule {}
