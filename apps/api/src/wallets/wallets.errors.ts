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
