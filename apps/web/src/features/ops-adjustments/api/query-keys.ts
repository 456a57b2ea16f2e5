/** This feature's cache keys (the console's own keys live with the console). */
export const opsAdjustmentKeys = {
  all: ['ops', 'adjustments'] as const,
  list: (status: string) => ['ops', 'adjustments', status] as const,
  walletFreeze: (walletId: string) => ['ops', 'wallets', walletId, 'freeze'] as const,
};
