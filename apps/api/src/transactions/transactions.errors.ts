import { DomainError } from '../common/errors';

export class TransactionNotFoundError extends DomainError {
  constructor(id: string) {
    super('TRANSACTION_NOT_FOUND', `No transaction with id ${id} exists.`);
  }
}
