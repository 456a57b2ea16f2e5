import { Injectable } from '@nestjs/common';
import type { Db } from '../database/db';

/** A staff member acting through an operator route. */
export interface Operator {
  userId: string;
  email: string;
  role: 'support' | 'finance' | 'admin';
}

/** Where the request came from, for the audit trail. */
export interface AuditContext {
  address?: string;
  requestId?: string;
}

export interface OperatorAction {
  action: string;
  subjectType: string;
  subjectId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Records an operator's action in the audit trail, in the transaction of the change it describes, so
 * the record commits with the change or neither does.
 */
@Injectable()
export class OperatorAudit {
  async record(_tx: Db, _operator: Operator, _context: AuditContext, _entry: OperatorAction): Promise<void> {
    // Wired to the audit trail's service once it exists on main.
  }
}
