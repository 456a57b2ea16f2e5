import { formatMinor, getCurrency } from '@wallet/money';
import { DomainError } from '../common/errors';

export class ReviewNotFoundError extends DomainError {
  constructor(id: string) {
    super('NOT_FOUND', `There is no held transfer ${id}.`);
  }
}

/** A decision on a review that is decided already (another operator was first, or it was asked twice). */
export class ReviewNotPendingError extends DomainError {
  constructor(id: string, status: string) {
    super('REVIEW_NOT_PENDING', `The held transfer ${id} is ${status} already; nothing was changed.`, {
      reviewStatus: status,
    });
  }
}

/** Releasing would take the destination past its currency's maxBalance: nothing moves, it stays held. */
export class ReleaseOverLimitError extends DomainError {
  constructor(currency: string) {
    super(
      'BALANCE_LIMIT_EXCEEDED',
      `Releasing this transfer would take the destination past the ${currency} limit of ${formatMinor(getCurrency(currency).maxBalanceMinor, getCurrency(currency))}; it stays held. Reject it, or release it later.`,
    );
  }
}

/** The payer's wallet was frozen while its transfer was held: it sends nothing, this one included. */
export class ReleaseFrozenError extends DomainError {
  constructor(walletId: string) {
    super(
      'WALLET_FROZEN',
      `Wallet ${walletId} was frozen since this transfer was held, so it sends nothing; it stays held. Reject it, or release it once the wallet is unfrozen.`,
    );
  }
}
