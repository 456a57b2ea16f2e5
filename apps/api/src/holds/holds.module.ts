import { Module } from '@nestjs/common';
import { IdempotencyModule } from '../common/idempotency/idempotency.module';
import { ReviewGateModule } from '../reviews/review-gate.module';
import { MovementsModule } from '../transactions/movements/movements.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { HoldSweeper } from './hold-sweeper';
import { HoldsController } from './holds.controller';
import { HoldsRepository } from './holds.repository';
import { HoldsService } from './holds.service';

/** Holds (two-phase transfers): made, captured as a transfer (PostingService), voided, expired (JobQueue). */
@Module({
  imports: [MovementsModule, ReviewGateModule, IdempotencyModule, WebhooksModule],
  controllers: [HoldsController],
  providers: [HoldsService, HoldsRepository, HoldSweeper],
  exports: [HoldsRepository],
})
export class HoldsModule {}
