import { Module } from '@nestjs/common';
import { TransactionsModule } from '../transactions/transactions.module';
import { WalletsModule } from '../wallets/wallets.module';
import { StatementsController } from './statements.controller';
import { StatementsRepository } from './statements.repository';
import { StatementsService } from './statements.service';

@Module({
  imports: [TransactionsModule, WalletsModule],
  controllers: [StatementsController],
  providers: [StatementsRepository, StatementsService],
})
export class StatementsModule {}
