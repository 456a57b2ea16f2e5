import { Module } from '@nestjs/common';
import { IdempotencyModule } from '../common/idempotency/idempotency.module';
import { ReviewGateModule } from '../reviews/review-gate.module';
import { TiersModule } from '../tiers/tiers.module';
import { MovementsModule } from '../transactions/movements/movements.module';
import { BatchTransfersController } from './batch-transfers.controller';
import { BatchTransfersService } from './batch-transfers.service';

/** Batches of transfers: each one a transfer of MovementsModule, the batch under one Idempotency-Key. */
@Module({
  imports: [MovementsModule, ReviewGateModule, IdempotencyModule, TiersModule],
  controllers: [BatchTransfersController],
  providers: [BatchTransfersService],
})
export class BatchTransfersModule {}
