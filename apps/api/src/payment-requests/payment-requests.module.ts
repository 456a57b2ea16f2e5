import { Module } from '@nestjs/common';
import { IdempotencyModule } from '../common/idempotency/idempotency.module';
import { ReviewGateModule } from '../reviews/review-gate.module';
import { MovementsModule } from '../transactions/movements/movements.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { PaymentRequestsController } from './payment-requests.controller';
import { PaymentRequestsRepository } from './payment-requests.repository';
import { PaymentRequestsService } from './payment-requests.service';

/** Payment requests: asked, paid (a transfer, MovementsModule), declined, cancelled, expired. */
@Module({
  imports: [MovementsModule, ReviewGateModule, WebhooksModule, IdempotencyModule],
  controllers: [PaymentRequestsController],
  providers: [PaymentRequestsService, PaymentRequestsRepository],
})
export class PaymentRequestsModule {}
