import { DomainError, ValidationFailedError } from '../common/errors';
import { MAX_KEYS_PER_USER } from './api-keys.repository';

export class ApiKeyNotFoundError extends DomainError {
  constructor(id: string) {
    super('NOT_FOUND', `You have no API key with id ${id}.`);
  }
}

export class TooManyApiKeysError extends ValidationFailedError {
  constructor() {
    super(`You can hold at most ${MAX_KEYS_PER_USER} live API keys. Revoke one you no longer use first.`);
  }
}

/** Rotating a key that no longer works (revoked, expired) or was replaced already. */
export class ApiKeyNotActiveError extends DomainError {
  constructor(id: string, why: string) {
    super(
      'API_KEY_NOT_ACTIVE',
      `The API key ${id} ${why}; only a key still in use can be rotated. Nothing was changed.`,
    );
  }
}
