import { Module } from '@nestjs/common';
import { OpsModule } from '../ops/ops.module';
import { MovementsModule } from '../transactions/movements/movements.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { HeldTransfersController } from './held-transfers.controller';
import { OpsReviewsController } from './ops-reviews.controller';
import { ReviewGateModule } from './review-gate.module';
import { ReviewsService } from './reviews.service';

/** Held transfers: the payer's list, and staff's queue, decisions and rule versions (ReviewsService). */
@Module({
  // OpsModule: its StaffGuard behind @Staff on the operator routes.
  imports: [MovementsModule, ReviewGateModule, WebhooksModule, OpsModule],
  controllers: [HeldTransfersController, OpsReviewsController],
  providers: [ReviewsService],
  exports: [ReviewsService],
})
export class ReviewsModule {}
