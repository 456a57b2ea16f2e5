import { Module } from '@nestjs/common';
import { IdempotencyModule } from '../common/idempotency/idempotency.module';
import { TransactionsModule } from '../transactions/transactions.module';
import { WalletsModule } from '../wallets/wallets.module';
import { RefundsController } from './refunds.controller';
import { RefundsService } from './refunds.service';

@Module({
  imports: [TransactionsModule, WalletsModule, IdempotencyModule],
  controllers: [RefundsController],
  providers: [RefundsService],
})
export class RefundsModule {}
