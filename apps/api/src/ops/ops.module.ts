import { Module } from '@nestjs/common';
import { OpsController } from './ops.controller';
import { OpsRepository } from './ops.repository';
import { OpsService } from './ops.service';
import { OpsAuditController } from './ops-audit.controller';
import { StaffGuard } from './staff';

/** The operator console's API (docs/operations.md "Operators"): staff reads, roles and the audit trail. */
@Module({
  controllers: [OpsController, OpsAuditController],
  providers: [OpsRepository, OpsService, StaffGuard],
  exports: [StaffGuard],
})
export class OpsModule {}
