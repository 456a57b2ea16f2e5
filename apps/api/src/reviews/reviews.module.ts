import { Module } from '@nestjs/common';
import { MovementsModule } from '../transactions/movements/movements.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { HeldTransfersController } from './held-transfers.controller';
import { ReviewGateModule } from './review-gate.module';
import { ReviewsService } from './reviews.service';

/** Held transfers: the payer's list, and staff's queue, decisions and rule versions (ReviewsService). */
@Module({
  imports: [MovementsModule, ReviewGateModule, WebhooksModule],
  controllers: [HeldTransfersController],
  providers: [ReviewsService],
  exports: [ReviewsService],
})
export class ReviewsModule {}
