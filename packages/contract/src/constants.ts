/**
 * The contract's enumerations at run time, taken from the generated document's enums (so they cannot
 * drift from the API), without the rest of the types (import from '@wallet/contract/constants').
 */
import type { components } from './openapi.js';

export {
  scopeValues as SCOPES,
  transactionStatusValues as TRANSACTION_STATUSES,
  transactionTypeValues as TRANSACTION_TYPES,
  webhookEventTypeValues as WEBHOOK_EVENT_TYPES,
} from './openapi.js';

export type Scope = components['schemas']['Scope'];
export type TransactionType = components['schemas']['TransactionType'];
export type TransactionStatus = components['schemas']['TransactionStatus'];
export type WebhookEventType = components['schemas']['WebhookEventType'];
