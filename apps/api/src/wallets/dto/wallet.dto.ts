import { CURRENCIES, DEFAULT_CURRENCY_CODE, findCurrency, getCurrency, minorToNumber } from '@wallet/money';
import { z } from 'zod';
import { amountSchema, cursorSchema, limitSchema, uuidSchema } from '../../common/validation';
import { TransactionSchema } from '../../transactions/dto/transaction.dto';

const CODES = CURRENCIES.map((c) => c.code);

export const currencyCodeSchema = z
  .string()
  .refine((code) => findCurrency(code) !== undefined, { message: `must be one of ${CODES.join(', ')}` })
  .meta({ enum: CODES, example: 'USD' });

export const CreateWalletBody = z
  .strictObject({
    currency: currencyCodeSchema.optional().meta({ description: `Defaults to ${DEFAULT_CURRENCY_CODE}.` }),
    name: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(60, 'must be at most 60 characters')
      .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters')
      .optional()
      .meta({ example: 'Holiday savings' }),
  })
  .meta({ id: 'CreateWalletRequest' });
export type CreateWalletInput = z.output<typeof CreateWalletBody>;

export const FundBody = z.strictObject({ amount: amountSchema }).meta({ id: 'FundRequest' });
export type FundInput = z.output<typeof FundBody>;

export const TransferBody = z
  .strictObject({ sourceWalletId: uuidSchema, destinationWalletId: uuidSchema, amount: amountSchema })
  .meta({ id: 'TransferRequest' });
export type TransferInput = z.output<typeof TransferBody>;

export const ListWalletsQuery = z.strictObject({
  limit: limitSchema.optional(),
  cursor: cursorSchema.optional(),
});

export const WalletSchema = z
  .object({
    id: z.string().meta({ format: 'uuid' }),
    name: z.string().meta({ example: 'Holiday savings' }),
    currency: z.string().meta({ example: 'USD' }),
    balance: z.number().meta({ description: 'Major units, exact.', example: 100.5 }),
    createdAt: z.string().meta({ format: 'date-time' }),
    updatedAt: z.string().meta({ format: 'date-time' }),
  })
  .meta({ id: 'Wallet' });
export type WalletView = z.infer<typeof WalletSchema>;

export const WalletDetailSchema = WalletSchema.extend({
  transactions: z
    .array(TransactionSchema)
    .meta({ description: 'The 20 newest ledger entries, newest first.' }),
}).meta({ id: 'WalletWithTransactions' });
export type WalletDetailView = z.infer<typeof WalletDetailSchema>;

export const WalletPageSchema = z
  .object({ data: z.array(WalletSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'WalletPage' });

export const FundResultSchema = z
  .object({ wallet: WalletSchema, transaction: TransactionSchema })
  .meta({ id: 'FundResult' });
export type FundResultView = z.infer<typeof FundResultSchema>;

export const TransferResultSchema = z
  .object({
    sourceWallet: WalletSchema,
    destinationWallet: WalletSchema,
    transactions: z.array(TransactionSchema).meta({ description: '[TRANSFER_OUT, TRANSFER_IN]' }),
  })
  .meta({ id: 'TransferResult' });
export type TransferResultView = z.infer<typeof TransferResultSchema>;

export interface WalletRow {
  id: string;
  seq?: bigint;
  name: string;
  currency: string;
  balanceMinor: bigint;
  createdAt: Date;
  updatedAt: Date;
}

export function toWalletView(row: WalletRow): WalletView {
  return {
    id: row.id,
    name: row.name,
    currency: row.currency,
    balance: minorToNumber(row.balanceMinor, getCurrency(row.currency)),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
