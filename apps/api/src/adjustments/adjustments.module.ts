import { Module } from '@nestjs/common';
import { IdempotencyModule } from '../common/idempotency/idempotency.module';
import { MovementsModule } from '../transactions/movements/movements.module';
import { AdjustmentsRepository } from './adjustments.repository';
import { AdjustmentsService } from './adjustments.service';
import { OperatorAudit } from './operator-audit';
import { WalletFreezeRepository } from './wallet-freeze.repository';
import { WalletFreezeService } from './wallet-freeze.service';

/** Operators' money tools: freezing wallets and two-person adjustments (routes under /api/v1/ops). */
@Module({
  imports: [MovementsModule, IdempotencyModule],
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
