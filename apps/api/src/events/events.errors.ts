import { DomainError, ValidationFailedError } from '../common/errors';

/** Seconds a client is asked to wait before it opens another stream once it holds too many. */
const STREAMS_RETRY_AFTER_SECONDS = 5;

export class TooManyStreamsError extends DomainError {
  constructor(max: number) {
    super(
      'RATE_LIMITED',
      `You already have ${max} event ${max === 1 ? 'stream' : 'streams'} open on this server: close one before opening another.`,
      { retryAfterSeconds: STREAMS_RETRY_AFTER_SECONDS },
    );
  }
}

export class BadLastEventIdError extends ValidationFailedError {
  constructor() {
    super('Last-Event-ID must be the id of an event this stream sent (a ledger seq: digits only).', [
      { field: 'Last-Event-ID', message: 'must be a whole number from 0 to 9223372036854775807' },
    ]);
  }
}
