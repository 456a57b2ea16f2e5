import { type Currency, formatMinor, minorToNumber } from '@wallet/money';
import { DomainError } from '../common/errors';

export class WalletNotFoundError extends DomainError {
  constructor(id: string) {
    super('WALLET_NOT_FOUND', `No wallet with id ${id} exists.`);
  }
}

export class SameWalletTransferError extends DomainError {
  constructor() {
    super(
      'SAME_WALLET_TRANSFER',
      'The source and destination are the same wallet. Choose another destination.',
    );
  }
}

export class TransactionNotFoundError extends DomainError {
  constructor(id: string) {
    super('TRANSACTION_NOT_FOUND', `No transaction with id ${id} exists.`);
  }
}

export class NotRefundableError extends DomainError {
  constructor(id: string) {
    super(
      'NOT_REFUNDABLE',
      `Transaction ${id} cannot be refunded: only money received by a transfer (a SUCCESS TRANSFER_IN that is not itself a refund) can be sent back.`,
    );
  }
}

export class RefundExceedsRemainingError extends DomainError {
  constructor(remainingMinor: bigint, currency: Currency) {
    super(
      'REFUND_EXCEEDS_REMAINING',
      remainingMinor === 0n
        ? 'This transfer has already been refunded in full.'
        : `At most ${formatMinor(remainingMinor, currency)} ${currency.code} of this transfer is left to refund.`,
      { remaining: minorToNumber(remainingMinor, currency) },
    );
  }
}

/**
 * The declines below are recorded as FAILED ledger rows; `transactionId` points at that row. (An
 * adjustment's approval that is declined writes no row: then there is none.)
 */
const declinedRow = (transactionId: string | null) => (transactionId === null ? {} : { transactionId });

export class InsufficientFundsError extends DomainError {
  /** `availableMinor`: the balance less reserved money (a held transfer's), which is all that may leave. */
  constructor(availableMinor: bigint, amountMinor: bigint, currency: Currency, transactionId: string | null) {
    super(
      'INSUFFICIENT_FUNDS',
      `The balance of ${formatMinor(availableMinor, currency)} ${currency.code} does not cover ${formatMinor(amountMinor, currency)} ${currency.code}.`,
      declinedRow(transactionId),
    );
  }
}

export class CurrencyMismatchError extends DomainError {
  constructor(source: string, destination: string, transactionId: string | null) {
    super(
      'CURRENCY_MISMATCH',
      `The source wallet holds ${source} and the destination holds ${destination}; transfers need one currency.`,
      declinedRow(transactionId),
    );
  }
}

export class BalanceLimitExceededError extends DomainError {
  constructor(currency: Currency, transactionId: string | null) {
    super(
      'BALANCE_LIMIT_EXCEEDED',
      `This would take the balance past the ${currency.code} limit of ${formatMinor(currency.maxBalanceMinor, currency)}.`,
      declinedRow(transactionId),
    );
  }
}

export class WalletFrozenError extends DomainError {
  constructor(walletId: string, transactionId: string | null) {
    super(
      'WALLET_FROZEN',
      `Wallet ${walletId} is frozen: it cannot send money until an operator unfreezes it. It still receives transfers and funding.`,
      declinedRow(transactionId),
    );
  }
}
