import { DomainError } from '../common/errors';

export class RequestLogKeyNotFoundError extends DomainError {
  constructor(id: string) {
    super('NOT_FOUND', `You have no API key with id ${id} whose requests you may read.`);
  }
}
