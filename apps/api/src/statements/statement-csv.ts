import { type Currency, formatMinor } from '@wallet/money';
import type { TransactionRow } from '../database/rows';

/**
 * A statement as CSV (RFC 4180, CRLF line ends): one header row, then an OPENING_BALANCE row, every
 * entry oldest first, and a CLOSING_BALANCE row, so a spreadsheet reads it as one table. Amounts are
 * exact decimals in major units, signed by what they do to the balance (a TRANSFER_OUT is negative);
 * a FAILED entry shows what was attempted and leaves the balance as it was. A refund is a transfer in
 * the ledger (TRANSFER_OUT from the wallet sending it back, TRANSFER_IN to the one it came from): its
 * legs, and a declined refund's entry, name the transfer they send back in refund_of, as the JSON's
 * refundOf does.
 */
export const CSV_HEADER = [
  'date',
  'type',
  'status',
  'description',
  'reference',
  'amount',
  'balance_after',
  'transaction_id',
  'refund_of',
];

export function csvLine(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/** Quoted when it holds a comma, quote or line end. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** People's text that a spreadsheet would run as a formula (=, +, -, @) is prefixed with '. */
export function text(value: string | null): string {
  if (value === null) return '';
  return /^[=+\-@]/.test(value) ? `'${value}` : value;
}

export function balanceLine(kind: 'OPENING_BALANCE' | 'CLOSING_BALANCE', at: Date, balance: string): string {
  return csvLine([at.toISOString(), kind, '', '', '', '', balance, '', '']);
}

export function entryLine(row: TransactionRow, currency: Currency): string {
  const amount = formatMinor(row.amountMinor, currency);
  return csvLine([
    row.createdAt.toISOString(),
    row.type,
    row.status,
    text(row.description),
    text(row.reference),
    row.type === 'TRANSFER_OUT' ? `-${amount}` : amount,
    formatMinor(row.balanceAfterMinor, currency),
    row.id,
    row.refundOf ?? '',
  ]);
}
