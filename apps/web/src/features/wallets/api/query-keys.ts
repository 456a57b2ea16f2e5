import type { TransactionType } from '@wallet/contract';

export const walletKeys = {
  all: ['wallets'] as const,
  list: () => ['wallets', 'list'] as const,
  transactions: (walletId: string, type?: TransactionType, search?: string) =>
    ['wallets', walletId, 'transactions', type ?? 'ALL', search ?? ''] as const,
  walletTransactions: (walletId: string) => ['wallets', walletId, 'transactions'] as const,
  transaction: (id: string) => ['transactions', id] as const,
  currencies: ['currencies'] as const,
};
