import { Module } from '@nestjs/common';
import { IdempotencyModule } from '../common/idempotency/idempotency.module';
import { ReviewGateModule } from '../reviews/review-gate.module';
import { MovementsModule } from '../transactions/movements/movements.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { OccurrenceRunner } from './occurrence-runner';
import { ScheduleAnnouncer } from './schedule-announcer';
import { ScheduleSweeper } from './schedule-sweeper';
import { ScheduledTransfersController } from './scheduled-transfers.controller';
import { ScheduledTransfersRepository } from './scheduled-transfers.repository';
import { ScheduledTransfersService } from './scheduled-transfers.service';

/** Scheduled and recurring transfers: the routes, and the occurrences' runs from the durable queue. */
@Module({
  imports: [MovementsModule, ReviewGateModule, IdempotencyModule, WebhooksModule],
  controllers: [ScheduledTransfersController],
  providers: [
    ScheduledTransfersService,
    ScheduledTransfersRepository,
    OccurrenceRunner,
    ScheduleAnnouncer,
    ScheduleSweeper,
  ],
  exports: [ScheduledTransfersRepository, OccurrenceRunner],
})
export class ScheduledTransfersModule {}
