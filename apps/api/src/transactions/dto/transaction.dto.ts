import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { getCurrency, minorToNumber } from '@wallet/money';
import { DateTime, Money, NullableUuid, UuidProperty } from '../../common/http/openapi-decorators';
import { PageCursor, PageLimit, QueryChoice } from '../../common/validation';
import {
  TRANSACTION_STATUSES,
  TRANSACTION_TYPES,
  type TransactionStatus,
  type TransactionType,
} from '../transaction.constants';

export { TRANSACTION_STATUSES, TRANSACTION_TYPES, type TransactionStatus, type TransactionType };

/** ?limit=&cursor=: one page of a list, oldest or newest first. */
export class PageQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 100, default: 20 })
  @PageLimit()
  limit?: number;

  @ApiPropertyOptional({ type: String, description: 'The nextCursor of the previous page.' })
  @PageCursor()
  cursor?: bigint;
}

export class ListTransactionsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: TRANSACTION_TYPES, enumName: 'TransactionType' })
  @QueryChoice(TRANSACTION_TYPES)
  type?: TransactionType;
}

/** One ledger entry, as the API shows it. */
@ApiSchema({
  description: 'One ledger entry. Append-only. A FAILED entry records a declined attempt and moves no money.',
})
export class Transaction {
  @UuidProperty() id!: string;
  @UuidProperty() walletId!: string;
  @ApiProperty({ enum: TRANSACTION_TYPES, enumName: 'TransactionType' }) type!: TransactionType;
  @ApiProperty({ enum: TRANSACTION_STATUSES, enumName: 'TransactionStatus' }) status!: TransactionStatus;
  @Money(25.5) amount!: number;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @Money(100) balanceBefore!: number;
  @Money(74.5) balanceAfter!: number;
  @NullableUuid() sourceWalletId!: string | null;
  @NullableUuid() destinationWalletId!: string | null;
  @NullableUuid('Shared by both legs of a transfer.') transferId!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why a FAILED attempt was declined, e.g. INSUFFICIENT_FUNDS.',
  })
  failureCode!: string | null;
  @DateTime() createdAt!: string;
}

export class TransactionPage {
  @ApiProperty({ type: [Transaction] }) data!: Transaction[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

/** A ledger row as the repositories read it. */
export interface TransactionRow {
  id: string;
  seq: bigint;
  walletId: string;
  type: TransactionType;
  status: TransactionStatus;
  amountMinor: bigint;
  currency: string;
  balanceBeforeMinor: bigint;
  balanceAfterMinor: bigint;
  sourceWalletId: string | null;
  destinationWalletId: string | null;
  transferId: string | null;
  failureCode: string | null;
  createdAt: Date;
}

export function toTransactionView(row: TransactionRow): Transaction {
  const currency = getCurrency(row.currency);
  return {
    id: row.id,
    walletId: row.walletId,
    type: row.type,
    status: row.status,
    amount: minorToNumber(row.amountMinor, currency),
    currency: row.currency,
    balanceBefore: minorToNumber(row.balanceBeforeMinor, currency),
    balanceAfter: minorToNumber(row.balanceAfterMinor, currency),
    sourceWalletId: row.sourceWalletId,
    destinationWalletId: row.destinationWalletId,
    transferId: row.transferId,
    failureCode: row.failureCode,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * The caller's view of ledger rows: money received from another user's wallet shows no source id,
 * so nothing of a wallet the caller does not own leaks (API.md, access control).
 */
export function hideForeignSources(rows: TransactionRow[], ownedIds: ReadonlySet<string>): TransactionRow[] {
  return rows.map((row) =>
    row.type === 'TRANSFER_IN' && row.sourceWalletId && !ownedIds.has(row.sourceWalletId)
      ? { ...row, sourceWalletId: null }
      : row,
  );
}

/** The counterparties whose ownership decides what hideForeignSources shows. */
export function incomingSourceIds(rows: TransactionRow[]): string[] {
  return [
    ...new Set(
      rows.flatMap((row) => (row.type === 'TRANSFER_IN' && row.sourceWalletId ? [row.sourceWalletId] : [])),
    ),
  ];
}
