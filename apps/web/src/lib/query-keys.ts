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
  currencies: ['currencies'] as const,
  me: ['auth', 'me'] as const,
  /** Not under 'auth': the sign-in and sign-out keep only `me`, and another person's sessions must go. */
  sessions: ['sessions'] as const,
  apiKeys: ['api-keys'] as const,
  webhookEndpoints: ['webhook-endpoints'] as const,
  webhookDeliveries: (endpointId: string) => ['webhook-endpoints', endpointId, 'deliveries'] as const,
};
