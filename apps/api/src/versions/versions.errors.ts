import { DomainError } from '../common/errors';

/** The Wallet-Version header names no version this API has. Nothing was done. */
export class UnknownApiVersionError extends DomainError {
  constructor(detail: string) {
    super('UNKNOWN_API_VERSION', detail);
  }
}
