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
