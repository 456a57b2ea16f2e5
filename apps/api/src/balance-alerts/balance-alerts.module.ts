import { Module } from '@nestjs/common';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { BalanceAlertsController } from './balance-alerts.controller';
import { BalanceAlertsListener } from './balance-alerts.listener';
import { BalanceAlertsService } from './balance-alerts.service';

/** Balance alerts: the owner's routes, and the ledger listener that finds crossings (bound in app.module.ts). */
@Module({
  imports: [WebhooksModule],
  controllers: [BalanceAlertsController],
  providers: [BalanceAlertsService, BalanceAlertsListener],
  exports: [BalanceAlertsListener],
})
export class BalanceAlertsModule {}
