import { DomainError } from '../common/errors';

export class HoldNotFoundError extends DomainError {
  constructor(id: string) {
    super('NOT_FOUND', `There is no hold ${id}.`);
  }
}

/** Acting on a hold that ended already (captured, voided, or expired: its money is released). */
export class HoldNotActiveError extends DomainError {
  constructor(id: string, status: string) {
    super('HOLD_NOT_ACTIVE', `The hold ${id} is ${status} already; nothing was changed.`, {
      holdStatus: status,
    });
  }
}
