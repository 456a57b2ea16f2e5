import { DomainError, ValidationFailedError } from '../common/errors';
import { MAX_ENDPOINTS_PER_USER } from './webhooks.repository';

export class WebhookEndpointNotFoundError extends DomainError {
  constructor(id: string) {
    super('NOT_FOUND', `You have no webhook endpoint with id ${id}.`);
  }
}

export class WebhookDeliveryNotFoundError extends DomainError {
  constructor(id: string) {
    super('NOT_FOUND', `This webhook endpoint has no delivery with id ${id}.`);
  }
}

export class DeliveryPendingError extends DomainError {
  constructor(id: string) {
    super(
      'DELIVERY_PENDING',
      `The delivery ${id} is still being tried; it can be sent again once it has succeeded or failed.`,
    );
  }
}

export class TooManyWebhookEndpointsError extends ValidationFailedError {
  constructor() {
    super(
      `You can have at most ${MAX_ENDPOINTS_PER_USER} webhook endpoints. Delete one you no longer use first.`,
    );
  }
}

export class WebhookUrlRefusedError extends ValidationFailedError {
  constructor(reason: string) {
    super(`The webhook URL is refused (${reason.replace(/\.$/, '')}).`, [{ field: 'url', message: reason }]);
  }
}
