import { DomainError } from '../common/errors';

/** No such request, or one the caller may not see (a request to someone else's wallet): the same 404. */
export class PaymentRequestNotFoundError extends DomainError {
  constructor(id: string) {
    super('NOT_FOUND', `There is no payment request ${id}.`);
  }
}

/** Paid, declined, cancelled or expired already, or its payment is held for review: nothing changed. */
export class PaymentRequestNotOpenError extends DomainError {
  constructor(id: string, status: string, heldForReview = false) {
    super(
      'PAYMENT_REQUEST_NOT_OPEN',
      heldForReview
        ? `A payment of request ${id} is held for review; nothing was changed.`
        : `The payment request ${id} is ${status}; nothing was changed.`,
      { paymentRequestStatus: status },
    );
  }
}

/** The caller may see the request but not do this with it (e.g. decline a request asked of someone else). */
export class PaymentRequestForbiddenError extends DomainError {
  constructor(detail: string) {
    super('FORBIDDEN', detail);
  }
}
