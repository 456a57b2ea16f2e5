import { DomainError } from '../common/errors';
import type { AdjustmentStatus } from '../generated/prisma/enums';

export class AdjustmentNotFoundError extends DomainError {
  constructor(id: string) {
    super('NOT_FOUND', `No adjustment with id ${id} exists.`);
  }
}

/** The proposer of an adjustment may not approve it: money moves only when two staff members agree. */
export class SecondApproverRequiredError extends DomainError {
  constructor() {
    super('SECOND_APPROVER_REQUIRED', 'You proposed this adjustment: another admin must approve it.');
  }
}

/** An adjustment is decided once: approving or rejecting one that is not PROPOSED changes nothing. */
export class AdjustmentNotProposedError extends DomainError {
  constructor(id: string, status: AdjustmentStatus) {
    super(
      'ADJUSTMENT_NOT_PROPOSED',
      status === 'EXPIRED'
        ? `Adjustment ${id} has expired without a decision; nothing moved. Propose it again if it is still needed.`
        : `Adjustment ${id} is ${status} already; only a PROPOSED adjustment can be approved or rejected.`,
    );
  }
}

/** Finance may withdraw its own proposals; rejecting another's is an admin's decision. */
export class RejectNotAllowedError extends DomainError {
  constructor() {
    super('FORBIDDEN', "Only an admin may reject another staff member's adjustment.");
  }
}
