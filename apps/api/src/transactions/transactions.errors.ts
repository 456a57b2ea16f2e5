import { type Currency, formatMinor } from '@wallet/money';
import { DomainError } from '../common/errors';

export class TransactionNotFoundError extends DomainError {
  constructor(id: string) {
    super('TRANSACTION_NOT_FOUND', `No transaction with id ${id} exists.`);
  }
}

/** The declines below are recorded as FAILED ledger rows; `transactionId` points at that row. */
export class InsufficientFundsError extends DomainError {
  constructor(balanceMinor: bigint, amountMinor: bigint, currency: Currency, transactionId: string) {
    super(
      'INSUFFICIENT_FUNDS',
      `The balance of ${formatMinor(balanceMinor, currency)} ${currency.code} does not cover ${formatMinor(amountMinor, currency)} ${currency.code}.`,
      { transactionId },
    );
  }
}

export class CurrencyMismatchError extends DomainError {
  constructor(source: string, destination: string, transactionId: string) {
    super(
      'CURRENCY_MISMATCH',
      `The source wallet holds ${source} and the destination holds ${destination}; transfers need one currency.`,
      { transactionId },
    );
  }
}

export class BalanceLimitExceededError extends DomainError {
  constructor(currency: Currency, transactionId: string) {
    super(
      'BALANCE_LIMIT_EXCEEDED',
      `This would take the balance past the ${currency.code} limit of ${formatMinor(currency.maxBalanceMinor, currency)}.`,
      { transactionId },
    );
  }
}
