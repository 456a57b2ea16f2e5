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

/**
 * Who is on the other side, as a person reads it: the name the API gives (one's own other wallet by its
 * name, anyone else by the display name they chose), else one's own wallet from `names`, else
 * "Wallet ab12…" for an id the person typed, else "Someone". Never an email: the API sends none.
 */
export function counterpartyName(t: Transaction, names: Map<string, string>): string | null {
  const otherId =
    t.type === 'TRANSFER_OUT' ? t.destinationWalletId : t.type === 'TRANSFER_IN' ? t.sourceWalletId : null;
  if (t.type !== 'TRANSFER_OUT' && t.type !== 'TRANSFER_IN') return null;
  if (t.counterparty?.name) return t.counterparty.name;
  const own = otherId ? names.get(otherId) : undefined;
  if (own) return own;
  return otherId ? `Wallet ${otherId.slice(0, 4)}…` : 'Someone';
}

/** The line that says what happened: "From Ada", "To Savings", "Refund to Sam", "Added money". */
export function entryTitle(t: Transaction, names: Map<string, string>): string {
  const who = counterpartyName(t, names);
  if (t.type === 'FUND') return 'Added money';
  if (t.type === 'ADJUSTMENT') return takesOff(t) ? 'Adjustment (debit)' : 'Adjustment (credit)';
  const refund = t.refundOf !== null;
  if (t.type === 'TRANSFER_IN') return refund ? `Refund from ${who}` : `From ${who}`;
  return refund ? `Refund to ${who}` : `To ${who}`;
}

/** A day's heading in the activity: "Today", "Yesterday", else the date (the viewer's own days). */
export function dayLabel(iso: string, now = new Date()): string {
  const key = (d: Date) => d.toDateString();
  const date = new Date(iso);
  if (key(date) === key(now)) return 'Today';
  const yesterday = new Date(now);
  yesterday.setDate(now.getDate() - 1);
  if (key(date) === key(yesterday)) return 'Yesterday';
  return date.toLocaleDateString('en-US', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(date.getFullYear() === now.getFullYear() ? {} : { year: 'numeric' }),
  });
}

/** Rows (newest first) in runs of one local day each, in order. */
export function byDay<T extends { createdAt: string }>(rows: T[]): { day: string; rows: T[] }[] {
  const groups: { day: string; rows: T[] }[] = [];
  for (const row of rows) {
    const day = new Date(row.createdAt).toDateString();
    const last = groups.at(-1);
    if (last && last.day === day) last.rows.push(row);
    else groups.push({ day, rows: [row] });
  }
  return groups;
}
