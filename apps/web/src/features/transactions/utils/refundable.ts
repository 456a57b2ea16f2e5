import type { Transaction } from '@wallet/contract';
import { findCurrency, parseAmount } from '@wallet/money';

/** What is left to refund of a received transfer, in minor units (0 when unknown or all refunded). */
export function remainingMinor(t: Transaction): bigint {
  const currency = findCurrency(t.currency);
  if (!currency) return 0n;
  const minor = (value: number) => {
    const parsed = parseAmount(String(value), currency);
    return parsed.ok ? parsed.minor : 0n;
  };
  return minor(t.amount) - (t.refundedAmount ? minor(t.refundedAmount) : 0n);
}

/** Whether this history entry is money received by a transfer that can still be sent back. */
export function isRefundable(t: Transaction): boolean {
  return t.type === 'TRANSFER_IN' && t.status === 'SUCCESS' && !t.refundOf && remainingMinor(t) > 0n;
}
