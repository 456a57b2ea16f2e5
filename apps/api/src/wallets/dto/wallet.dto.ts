import { CreateWalletRequestSchema, FundRequestSchema, TransferRequestSchema } from '@wallet/contract';
import { CURRENCIES, DEFAULT_CURRENCY_CODE, findCurrency } from '@wallet/money';
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
