/** The kinds and outcomes of ledger entries. */
export const TRANSACTION_TYPES = ['FUND', 'TRANSFER_IN', 'TRANSFER_OUT'] as const;
export const TRANSACTION_STATUSES = ['SUCCESS', 'FAILED'] as const;
export type TransactionType = (typeof TRANSACTION_TYPES)[number];
export type TransactionStatus = (typeof TRANSACTION_STATUSES)[number];
