import { DomainError, ValidationFailedError } from '../common/errors';
import { ALLOW_PRIVATE_HINT } from './webhook-target';
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
  /**
   * `local`: the URL is refused only because its address is private (loopback, a LAN, ...), which a
   * development setup may lift: the detail, and the URL field's message the dashboard shows, name the
   * URL and say how to receive its events locally.
   */
  constructor(reason: string, local?: { url: string }) {
    if (!local) {
      super(`The webhook URL is refused (${reason.replace(/\.$/, '')}).`, [
        { field: 'url', message: reason },
      ]);
      return;
    }
    const why = reason.replace(` ${ALLOW_PRIVATE_HINT}`, '');
    const listen = `pnpm webhooks:listen --forward-to ${local.url}`;
    super(
      `The webhook URL ${local.url} is refused: ${why} To receive events on this machine during development, ` +
        `run \`${listen}\` (it follows your account's events and forwards each to that address, signed, ` +
        'with no public URL), or set WEBHOOK_ALLOW_PRIVATE_TARGETS=true on a development server (never in production).',
      [
        {
          field: 'url',
          message: `${why} For local development, run \`${listen}\` instead, or set WEBHOOK_ALLOW_PRIVATE_TARGETS=true on a development server.`,
        },
      ],
    );
  }
}
