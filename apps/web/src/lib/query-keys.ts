import type { TransactionType } from '@wallet/contract';

/**
 * The cache's keys, shared by the features that read a query and those that must refresh it (a transfer
 * moves the wallets' balances; a refund changes the original's detail).
 */
export const queryKeys = {
  wallets: ['wallets'] as const,
  walletList: () => ['wallets', 'list'] as const,
  wallet: (walletId: string) => ['wallets', walletId] as const,
  transactions: (walletId: string, type?: TransactionType, search?: string) =>
    ['wallets', walletId, 'transactions', type ?? 'ALL', search ?? ''] as const,
  walletTransactions: (walletId: string) => ['wallets', walletId, 'transactions'] as const,
  transaction: (id: string) => ['transactions', id] as const,
  /** A wallet's scheduled transfers (from or to it): the live `scheduled_transfer` event refreshes them. */
  scheduledTransfers: (walletId: string) => ['scheduled-transfers', walletId] as const,
  allScheduledTransfers: ['scheduled-transfers'] as const,
  balanceAlert: (walletId: string) => ['wallets', walletId, 'alert'] as const,
  currencies: ['currencies'] as const,
  /** Payment requests: the person's open ones of each side, and each one (the `payment_request` event refreshes them). */
  paymentRequests: ['payment-requests'] as const,
  openPaymentRequests: (role: 'requester' | 'payer') => ['payment-requests', 'open', role] as const,
  paymentRequest: (id: string) => ['payment-requests', id] as const,
  me: ['auth', 'me'] as const,
  /** Not under 'auth': the sign-in and sign-out keep only `me`, and another person's sessions must go. */
  sessions: ['sessions'] as const,
  /** The person's tier and what is left of its money limits: a transfer to someone else uses them. */
  accountLimits: ['account', 'limits'] as const,
  opsTiers: ['ops', 'tiers'] as const,
  apiKeys: ['api-keys'] as const,
  /** One key's request log, narrowed by the dashboard's filters (status, route). */
  requestLogs: (keyId: string, filter: { status: string; route: string }) =>
    ['api-keys', keyId, 'request-logs', filter] as const,
  webhookEndpoints: ['webhook-endpoints'] as const,
  webhookDeliveries: (endpointId: string) => ['webhook-endpoints', endpointId, 'deliveries'] as const,
  // Not under 'auth': signing in keeps only those, and a history is one person's.
  securityHistory: ['security-history'] as const,
  /** The operator console's reads (of anyone's account). */
  ops: ['ops'] as const,
  opsUsers: (email: string) => ['ops', 'users', 'search', email] as const,
  opsUser: (userId: string) => ['ops', 'users', userId] as const,
  opsWallet: (walletId: string) => ['ops', 'wallets', walletId] as const,
  opsTransaction: (transactionId: string) => ['ops', 'transactions', transactionId] as const,
  opsTransactionsByReference: (reference: string) => ['ops', 'transactions', 'reference', reference] as const,
  opsLookup: (id: string) => ['ops', 'lookup', id] as const,
  opsAudit: (filter: Record<string, string>) => ['ops', 'audit', filter] as const,
  opsBooksCheck: ['ops', 'books-check'] as const,
};
