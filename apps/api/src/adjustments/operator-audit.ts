import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { RequestContext } from '../audit/request-context';
import type { Db } from '../database/db';
import type { StaffMember } from '../ops/staff';

export interface OperatorAction {
  action:
    | 'wallet.frozen'
    | 'wallet.unfrozen'
    | 'adjustment.proposed'
    | 'adjustment.approved'
    | 'adjustment.rejected';
  subjectType: 'wallet' | 'adjustment';
  subjectId: string;
  /** The owner of the wallet acted on (none: a system wallet): it shows in their security history. */
  userId: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Records a member of staff's action on a wallet in the audit trail, in the transaction of the change it
 * describes (`tx`), so the record commits with the change or neither does.
 */
@Injectable()
export class OperatorAudit {
  constructor(private readonly audit: AuditService) {}

  record(tx: Db, staff: StaffMember, context: RequestContext, entry: OperatorAction): Promise<void> {
    return this.audit.record({ ...entry, actorId: staff.userId, actorRole: staff.role, context }, tx);
  }
}
