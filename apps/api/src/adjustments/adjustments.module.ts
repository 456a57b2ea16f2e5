import { Module } from '@nestjs/common';
import { IdempotencyModule } from '../common/idempotency/idempotency.module';
import { MovementsModule } from '../transactions/movements/movements.module';
import { AdjustmentsController } from './adjustments.controller';
import { AdjustmentsRepository } from './adjustments.repository';
import { AdjustmentsService } from './adjustments.service';
import { OperatorAudit } from './operator-audit';
import { WalletFreezeController } from './wallet-freeze.controller';
import { WalletFreezeRepository } from './wallet-freeze.repository';
import { WalletFreezeService } from './wallet-freeze.service';

/** Operators' money tools: freezing wallets and two-person adjustments (routes under /api/v1/ops). */
@Module({
  imports: [MovementsModule, IdempotencyModule],
  controllers: [AdjustmentsController, WalletFreezeController],
  providers: [
    AdjustmentsRepository,
    AdjustmentsService,
    OperatorAudit,
    WalletFreezeRepository,
    WalletFreezeService,
  ],
  exports: [AdjustmentsService, WalletFreezeService],
})
export class AdjustmentsModule {}
