import { Module } from '@nestjs/common';
import { BooksCheckModule } from '../transactions/books-check/books-check.module';
import { OpsController } from './ops.controller';
import { OpsRepository } from './ops.repository';
import { OpsService } from './ops.service';
import { OpsAuditController } from './ops-audit.controller';
import { OpsBooksCheckController } from './ops-books-check.controller';
import { OpsBooksCheckService } from './ops-books-check.service';
import { StaffGuard } from './staff';

/** The operator console's API (docs/operations.md "Operators"): staff reads, roles, the audit trail and the books check. */
@Module({
  imports: [BooksCheckModule],
  controllers: [OpsController, OpsAuditController, OpsBooksCheckController],
  providers: [OpsRepository, OpsService, OpsBooksCheckService, StaffGuard],
  exports: [StaffGuard],
})
export class OpsModule {}
