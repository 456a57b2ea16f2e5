import { TRANSACTION_TYPES } from '@wallet/contract';
import { z } from 'zod';
import { cursorSchema, limitSchema } from '../../common/validation';

export const ListTransactionsQuery = z.strictObject({
  limit: limitSchema.optional(),
  cursor: cursorSchema.optional(),
  type: z.enum(TRANSACTION_TYPES).optional(),
});
