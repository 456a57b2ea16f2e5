import {
  CreateWalletRequestSchema,
  FundRequestSchema,
  TransferRequestSchema,
  type Wallet,
} from '@wallet/contract';
import { CURRENCIES, DEFAULT_CURRENCY_CODE, findCurrency, getCurrency, minorToNumber } from '@wallet/money';
import { z } from 'zod';
import {
  amountSchema,
  cursorSchema,
  displayNameSchema,
  limitSchema,
  uuidSchema,
} from '../../common/validation';

const CODES = CURRENCIES.map((c) => c.code);

export const currencyCodeSchema = z
  .string()
  .refine((code) => findCurrency(code) !== undefined, { message: `must be one of ${CODES.join(', ')}` })
  .meta({ enum: CODES, example: 'USD' });

/** The contract's request shapes, each field narrowed to the rules the API enforces. */
export const CreateWalletBody = CreateWalletRequestSchema.extend({
  currency: currencyCodeSchema.optional().meta({ description: `Defaults to ${DEFAULT_CURRENCY_CODE}.` }),
  name: displayNameSchema(60).optional().meta({ example: 'Holiday savings' }),
}).meta({ id: 'CreateWalletRequest' });
export type CreateWalletInput = z.output<typeof CreateWalletBody>;

export const FundBody = FundRequestSchema.extend({ amount: amountSchema }).meta({ id: 'FundRequest' });
export type FundInput = z.output<typeof FundBody>;

export const TransferBody = TransferRequestSchema.extend({
  sourceWalletId: uuidSchema,
  destinationWalletId: uuidSchema,
  amount: amountSchema,
}).meta({ id: 'TransferRequest' });
export type TransferInput = z.output<typeof TransferBody>;

export const ListWalletsQuery = z.strictObject({
  limit: limitSchema.optional(),
  cursor: cursorSchema.optional(),
});

export interface WalletRow {
  id: string;
  seq?: bigint;
  ownerId: string | null;
  name: string;
  currency: string;
  balanceMinor: bigint;
  createdAt: Date;
  updatedAt: Date;
}

export function toWalletView(
  row: Pick<WalletRow, 'id' | 'name' | 'currency' | 'balanceMinor' | 'createdAt' | 'updatedAt'>,
): Wallet {
  return {
    id: row.id,
    name: row.name,
    currency: row.currency,
    balance: minorToNumber(row.balanceMinor, getCurrency(row.currency)),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
