import { Module } from '@nestjs/common';
import { IdempotencyModule } from '../common/idempotency/idempotency.module';
import { ReviewGateModule } from '../reviews/review-gate.module';
import { MovementsModule } from '../transactions/movements/movements.module';
import { PaymentRequestEventsModule } from './payment-request-events.module';
import { PaymentRequestsController } from './payment-requests.controller';
import { PaymentRequestsService } from './payment-requests.service';

/** Payment requests: asked, paid (a transfer, MovementsModule), declined, cancelled, expired. */
@Module({
  imports: [MovementsModule, ReviewGateModule, PaymentRequestEventsModule, IdempotencyModule],
  controllers: [PaymentRequestsController],
  providers: [PaymentRequestsService],
})
export class PaymentRequestsModule {}
