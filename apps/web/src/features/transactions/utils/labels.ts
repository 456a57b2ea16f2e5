import type { Transaction, TransactionType } from '@wallet/contract';

export const TYPE_LABELS: Record<TransactionType, string> = {
  FUND: 'Funding',
  TRANSFER_IN: 'Received',
  TRANSFER_OUT: 'Sent',
  ADJUSTMENT: 'Adjustment',
};

const FAILURE_LABELS: Record<string, string> = {
  INSUFFICIENT_FUNDS: 'Not enough funds',
  CURRENCY_MISMATCH: 'Different currencies',
  BALANCE_LIMIT_EXCEEDED: 'Balance limit reached',
  LIMIT_EXCEEDED: 'Over your sending limit',
  WALLET_FROZEN: 'Wallet frozen',
};

/**
 * Whether an entry takes its amount off its wallet: money sent, or an adjustment that debits it (it names
 * its own wallet as the source; a credit names it as the destination).
 */
export function takesOff(t: Pick<Transaction, 'type' | 'walletId' | 'sourceWalletId'>): boolean {
  return t.type === 'TRANSFER_OUT' || (t.type === 'ADJUSTMENT' && t.sourceWalletId === t.walletId);
}

export function failureLabel(code: string | null): string {
  return code ? (FAILURE_LABELS[code] ?? code) : 'Declined';
}
