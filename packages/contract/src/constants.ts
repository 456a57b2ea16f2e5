/**
 * The contract's enumerations, without zod, so the dashboard can use them at run time without
 * shipping the schema library (import from '@wallet/contract/constants').
 */
export const TRANSACTION_TYPES = ['FUND', 'TRANSFER_IN', 'TRANSFER_OUT'] as const;
export const TRANSACTION_STATUSES = ['SUCCESS', 'FAILED'] as const;
export type TransactionType = (typeof TRANSACTION_TYPES)[number];
export type TransactionStatus = (typeof TRANSACTION_STATUSES)[number];

export const SCOPES = ['wallets:read', 'wallets:write', 'transfers:write'] as const;
export type Scope = (typeof SCOPES)[number];
