import type { Wallet } from '@wallet/contract';
import { findCurrency } from '@wallet/money';
import { parseAmountInput } from '../../../lib/money';

/** The API takes 1 to 100 transfers in one batch. */
export const MAX_LINES = 100;
/** A transfer's description, as the API bounds it. */
export const MAX_DESCRIPTION = 140;

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export interface BatchLine {
  /** 1-based, as the person counts the lines they typed (blank lines are skipped, not counted out). */
  lineNumber: number;
  walletId: string;
  /** The person's own wallet's name, or the id's first characters. */
  recipient: string;
  /** The exact decimal the API takes, once the amount is valid. */
  amount: string | null;
  amountMinor: bigint | null;
  description: string | undefined;
  /** What is wrong with the line, in words; empty when it can be sent. */
  errors: string[];
}

export interface ParsedBatch {
  lines: BatchLine[];
  /** Problems of the whole list (none, too many lines). */
  errors: string[];
  totalMinor: bigint;
  /** True when there is at least one line and nothing is wrong. */
  ready: boolean;
}

/**
 * Lines of "wallet ID, amount, description" (pasted from a spreadsheet, tabs work too; a line with a
 * tab or a semicolon is split on those, so an amount may keep its thousands commas there). Every
 * check the API would make of the line's form is made here first, so a batch goes out only when it
 * can be posted as typed.
 */
export function parseBatchLines(text: string, source: Wallet, wallets: Wallet[]): ParsedBatch {
  const rows = text
    .split(/\r?\n/)
    .map((raw, i) => ({ raw: raw.trim(), lineNumber: i + 1 }))
    .filter((row) => row.raw !== '');
  const lines = rows.map((row) => parseLine(row.raw, row.lineNumber, source, wallets));
  const errors: string[] = [];
  if (lines.length > MAX_LINES) {
    errors.push(`Up to ${MAX_LINES} payments at once: remove ${lines.length - MAX_LINES} lines`);
  }
  const totalMinor = lines.reduce((sum, line) => sum + (line.amountMinor ?? 0n), 0n);
  const ready = lines.length > 0 && errors.length === 0 && lines.every((line) => line.errors.length === 0);
  return { lines, errors, totalMinor, ready };
}

function splitLine(raw: string): string[] {
  const separator = raw.includes('\t') ? '\t' : raw.includes(';') ? ';' : ',';
  const [id = '', amount = '', ...rest] = raw.split(separator);
  const description = rest.join(separator).trim();
  return [id.trim(), amount.trim(), description];
}

function parseLine(raw: string, lineNumber: number, source: Wallet, wallets: Wallet[]): BatchLine {
  const [walletId = '', amountText = '', description = ''] = splitLine(raw);
  const errors: string[] = [];
  const own = wallets.find((w) => w.id.toLowerCase() === walletId.toLowerCase());
  if (walletId === '') errors.push('Start the line with a wallet ID');
  else if (!UUID.test(walletId)) errors.push(`“${clip(walletId)}” is not a wallet ID`);
  else if (walletId.toLowerCase() === source.id.toLowerCase())
    errors.push('This is the wallet you send from');
  else if (own && own.currency !== source.currency) {
    errors.push(`${own.name} holds ${own.currency}, not ${source.currency}`);
  }
  let amount: string | null = null;
  let amountMinor: bigint | null = null;
  const currency = findCurrency(source.currency);
  if (!currency) errors.push(`Unknown currency ${source.currency}`);
  else {
    const parsed = parseAmountInput(amountText, currency);
    if (parsed.ok) {
      amount = parsed.amount;
      amountMinor = parsed.minor;
    } else errors.push(parsed.message);
  }
  if (description.length > MAX_DESCRIPTION) {
    errors.push(`Keep the description to ${MAX_DESCRIPTION} characters`);
  }
  return {
    lineNumber,
    walletId,
    recipient: own ? own.name : shortId(walletId),
    amount,
    amountMinor,
    description: description === '' ? undefined : description,
    errors,
  };
}

export function shortId(id: string): string {
  return id.length > 8 ? `${id.slice(0, 8)}…` : id || '(none)';
}

function clip(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}
