import type { TransactionType } from '@wallet/contract';

export const TYPE_LABELS: Record<TransactionType, string> = {
  FUND: 'Funding',
  TRANSFER_IN: 'Received',
  TRANSFER_OUT: 'Sent',
};

const FAILURE_LABELS: Record<string, string> = {
  INSUFFICIENT_FUNDS: 'Not enough funds',
  CURRENCY_MISMATCH: 'Different currencies',
  BALANCE_LIMIT_EXCEEDED: 'Balance limit reached',
  LIMIT_EXCEEDED: 'Over your sending limit',
};

export function failureLabel(code: string | null): string {
  return code ? (FAILURE_LABELS[code] ?? code) : 'Declined';
}
