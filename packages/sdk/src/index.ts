/**
 * @wallet/sdk: a typed client for the wallet API and a webhook signature check. The request and answer
 * types are the API's OpenAPI document's (through @wallet/contract).
 */
export type { components, operations, paths } from '@wallet/contract';
export {
  createWalletClient,
  retriesAfterNetworkError,
  type WalletClient,
  type WalletClientOptions,
} from './client.js';
export {
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  parseRetryAfter,
  type RetryPolicy,
  retryDelay,
} from './retry.js';
export { type FieldProblem, type Problem, WalletApiError } from './wallet-api-error.js';
export {
  verifyWebhook,
  WEBHOOK_TOLERANCE_SECONDS,
  type WebhookEvent,
  type WebhookHeaders,
  WebhookVerificationError,
} from './webhooks.js';
