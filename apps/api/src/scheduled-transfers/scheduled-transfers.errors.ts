import { DomainError } from '../common/errors';

export class ScheduledTransferNotFoundError extends DomainError {
  constructor(id: string) {
    super('NOT_FOUND', `There is no scheduled transfer ${id} of yours.`);
  }
}

/** A pause or resume of a schedule that is over: nothing is left to pause or resume. */
export class ScheduledTransferEndedError extends DomainError {
  constructor(id: string, status: string) {
    super(
      'SCHEDULED_TRANSFER_ENDED',
      `The scheduled transfer ${id} is ${status}: it can no longer be paused or resumed.`,
      { scheduledTransferStatus: status },
    );
  }
}
