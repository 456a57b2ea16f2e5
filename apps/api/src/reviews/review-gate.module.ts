import { Module } from '@nestjs/common';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { ReviewGate } from './review-gate';
import { ReviewsRepository } from './reviews.repository';

/** The review rules at transfer time (ReviewGate), for the movements; staff decisions are in ReviewsModule. */
@Module({
  imports: [WebhooksModule],
  providers: [ReviewGate, ReviewsRepository],
  exports: [ReviewGate, ReviewsRepository],
})
export class ReviewGateModule {}
