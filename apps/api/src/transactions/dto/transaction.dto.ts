import { getCurrency, minorToNumber } from '@wallet/money';
import { z } from 'zod';
import { cursorSchema, limitSchema } from '../../common/validation';

export const TRANSACTION_TYPES = ['FUND', 'TRANSFER_IN', 'TRANSFER_OUT'] as const;
export const TRANSACTION_STATUSES = ['SUCCESS', 'FAILED'] as const;

export const TransactionSchema = z
  .object({
    id: z.string().meta({ format: 'uuid' }),
    walletId: z.string().meta({ format: 'uuid' }),
    type: z.enum(TRANSACTION_TYPES),
    status: z.enum(TRANSACTION_STATUSES),
    amount: z
      .number()
      .meta({ description: 'Major units, exact (at most 15 significant digits).', example: 25.5 }),
    currency: z.string().meta({ example: 'USD' }),
    balanceBefore: z.number().meta({ example: 100 }),
    balanceAfter: z.number().meta({ example: 74.5 }),
    sourceWalletId: z.string().nullable().meta({ format: 'uuid' }),
    destinationWalletId: z.string().nullable().meta({ format: 'uuid' }),
    transferId: z
      .string()
      .nullable()
      .meta({ format: 'uuid', description: 'Shared by both legs of a transfer.' }),
    failureCode: z
      .string()
      .nullable()
      .meta({ description: 'Why a FAILED attempt was declined, e.g. INSUFFICIENT_FUNDS.' }),
    createdAt: z.string().meta({ format: 'date-time' }),
  })
  .meta({
    id: 'Transaction',
    description:
      'One ledger entry. Append-only. A FAILED entry records a declined attempt and moves no money.',
  });
export type TransactionView = z.infer<typeof TransactionSchema>;

export const TransactionPageSchema = z
  .object({ data: z.array(TransactionSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'TransactionPage' });

export const ListTransactionsQuery = z.strictObject({
  limit: limitSchema.optional(),
  cursor: cursorSchema.optional(),
  type: z.enum(TRANSACTION_TYPES).optional(),
});

/** A ledger row as the repositories read it. */
export interface TransactionRow {
  id: string;
  seq: bigint;
  walletId: string;
  type: (typeof TRANSACTION_TYPES)[number];
  status: (typeof TRANSACTION_STATUSES)[number];
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

export function toTransactionView(row: TransactionRow): TransactionView {
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
