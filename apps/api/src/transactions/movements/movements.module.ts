import { Module } from '@nestjs/common';
import { IdempotencyModule } from '../../common/idempotency/idempotency.module';
import { ReviewGateModule } from '../../reviews/review-gate.module';
import { PostingRepository } from '../posting/posting.repository';
import { PostingService } from '../posting/posting.service';
import { TransactionsModule } from '../transactions.module';
import { MovementsService } from './movements.service';
import { RefundsController } from './refunds.controller';

/**
 * The money's movements (fund, transfer, refund) and the posting that writes them. Its listeners
 * (LEDGER_EVENTS) are bound by the application module: the ledger knows none of them. Fund and transfer
 * are routes of the wallets (WalletsController); the refund is a route of a transaction.
 */
@Module({
  imports: [TransactionsModule, IdempotencyModule, ReviewGateModule],
  controllers: [RefundsController],
  providers: [MovementsService, PostingService, PostingRepository],
  // PostingService is shared: the operators' adjustments (adjustments/) post on their own, and a held
  // transfer's release posts it (reviews/reviews.service.ts).
  exports: [MovementsService, PostingService],
})
export class MovementsModule {}
