/**
 * The API contract (shared/API.md) as zod schemas. The API validates and documents with them (OpenAPI is
 * generated from them); the dashboard takes its types from them, so no shape is written twice.
 */
import { z } from 'zod';

import { SCOPES, TRANSACTION_STATUSES, TRANSACTION_TYPES } from './constants.js';

export * from './constants.js';

const uuid = () => z.string().meta({ format: 'uuid' });
const money = (example: number, description = 'Major units, exact (at most 15 significant digits).') =>
  z.number().meta({ description, example });

export const TransactionSchema = z
  .object({
    id: uuid(),
    walletId: uuid(),
    type: z.enum(TRANSACTION_TYPES),
    status: z.enum(TRANSACTION_STATUSES),
    amount: money(25.5),
    currency: z.string().meta({ example: 'USD' }),
    balanceBefore: money(100),
    balanceAfter: money(74.5),
    sourceWalletId: uuid().nullable(),
    destinationWalletId: uuid().nullable(),
    transferId: uuid().nullable().meta({ description: 'Shared by both legs of a transfer.' }),
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
export type Transaction = z.infer<typeof TransactionSchema>;

export const TransactionPageSchema = z
  .object({ data: z.array(TransactionSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'TransactionPage' });
export type TransactionPage = z.infer<typeof TransactionPageSchema>;

export const WalletSchema = z
  .object({
    id: uuid(),
    name: z.string().meta({ example: 'Holiday savings' }),
    currency: z.string().meta({ example: 'USD' }),
    balance: money(100.5, 'Major units, exact.'),
    createdAt: z.string().meta({ format: 'date-time' }),
    updatedAt: z.string().meta({ format: 'date-time' }),
  })
  .meta({ id: 'Wallet' });
export type Wallet = z.infer<typeof WalletSchema>;

export const WalletDetailSchema = WalletSchema.extend({
  transactions: z
    .array(TransactionSchema)
    .meta({ description: 'The 20 newest ledger entries, newest first.' }),
}).meta({ id: 'WalletWithTransactions' });
export type WalletDetail = z.infer<typeof WalletDetailSchema>;

export const WalletPageSchema = z
  .object({ data: z.array(WalletSchema), nextCursor: z.string().nullable() })
  .meta({ id: 'WalletPage' });
export type WalletPage = z.infer<typeof WalletPageSchema>;

export const FundResultSchema = z
  .object({ wallet: WalletSchema, transaction: TransactionSchema })
  .meta({ id: 'FundResult' });
export type FundResult = z.infer<typeof FundResultSchema>;

/** Another user's wallet, as much of it as a transfer into it may show: nothing but its id and currency. */
export const ForeignWalletSchema = z
  .object({ id: uuid(), currency: z.string().meta({ example: 'USD' }) })
  .meta({ id: 'ForeignWallet' });
export type ForeignWallet = z.infer<typeof ForeignWalletSchema>;

export const TransferResultSchema = z
  .object({
    sourceWallet: WalletSchema,
    destinationWallet: z.union([WalletSchema, ForeignWalletSchema]).meta({
      description:
        "The destination after the move, or only { id, currency } when it is another user's wallet.",
    }),
    transactions: z.array(TransactionSchema).meta({
      description:
        "[TRANSFER_OUT, TRANSFER_IN]; only the caller's own legs, so [TRANSFER_OUT] into another user's wallet.",
    }),
  })
  .meta({ id: 'TransferResult' });
export type TransferResult = z.infer<typeof TransferResultSchema>;

export const CurrencySchema = z
  .object({
    code: z.string().meta({ example: 'USD' }),
    exponent: z
      .number()
      .int()
      .meta({ description: 'Decimal places of the minor unit: USD 2, JPY 0, KWD 3.' }),
    maxAmount: z.number().meta({ description: 'Largest amount of one operation, major units.' }),
    maxBalance: z.number().meta({ description: 'Largest balance of one wallet, major units.' }),
  })
  .meta({ id: 'Currency' });
export type CurrencyInfo = z.infer<typeof CurrencySchema>;
export const CurrencyListSchema = z.array(CurrencySchema).meta({ id: 'CurrencyList' });

export const ProblemSchema = z
  .object({
    type: z.string().meta({ example: 'urn:wallet:problem:insufficient-funds' }),
    title: z.string().meta({ example: 'Insufficient funds' }),
    status: z.number().int().meta({ example: 422 }),
    detail: z.string().meta({ example: 'The balance of 10.00 USD does not cover 25.00 USD.' }),
    code: z.string().meta({ example: 'INSUFFICIENT_FUNDS' }),
    errors: z
      .array(z.object({ field: z.string(), message: z.string() }))
      .optional()
      .meta({ description: 'Per-field problems of a VALIDATION_FAILED.' }),
    transactionId: z
      .string()
      .optional()
      .meta({ description: 'For a declined fund or transfer: the FAILED ledger entry that records it.' }),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details; `code` is stable.' });
export type Problem = z.infer<typeof ProblemSchema>;

/** Request shapes. The API narrows each field (currency list, amount rules) on top of these. */
export const CreateWalletRequestSchema = z.strictObject({
  currency: z.string().optional(),
  name: z.string().optional(),
});
export type CreateWalletRequest = z.input<typeof CreateWalletRequestSchema>;

const amountInput = z.union([z.number(), z.string()]);
export const FundRequestSchema = z.strictObject({ amount: amountInput });
export type FundRequest = z.input<typeof FundRequestSchema>;

export const TransferRequestSchema = z.strictObject({
  sourceWalletId: z.string(),
  destinationWalletId: z.string(),
  amount: amountInput,
});
export type TransferRequest = z.input<typeof TransferRequestSchema>;

export const UserSchema = z
  .object({
    id: uuid(),
    email: z.string().meta({ example: 'ada@example.com' }),
    createdAt: z.string().meta({ format: 'date-time' }),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof UserSchema>;

export const UserResultSchema = z.object({ user: UserSchema }).meta({ id: 'UserResult' });
export type UserResult = z.infer<typeof UserResultSchema>;

export const ApiKeySchema = z
  .object({
    id: uuid(),
    name: z.string().meta({ example: 'Accounting export' }),
    prefix: z
      .string()
      .meta({ description: 'The first characters of the key, to recognise it by.', example: 'wk_3hF9xQ' }),
    scopes: z.array(z.enum(SCOPES)),
    createdAt: z.string().meta({ format: 'date-time' }),
    lastUsedAt: z.string().nullable().meta({ format: 'date-time' }),
    revokedAt: z.string().nullable().meta({ format: 'date-time' }),
  })
  .meta({ id: 'ApiKey' });
export type ApiKey = z.infer<typeof ApiKeySchema>;

export const CreatedApiKeySchema = ApiKeySchema.extend({
  key: z
    .string()
    .meta({ description: 'The secret, shown this once. Send it as Authorization: Bearer <key>.' }),
}).meta({ id: 'CreatedApiKey' });
export type CreatedApiKey = z.infer<typeof CreatedApiKeySchema>;

export const ApiKeyListSchema = z.object({ data: z.array(ApiKeySchema) }).meta({ id: 'ApiKeyList' });
export type ApiKeyList = z.infer<typeof ApiKeyListSchema>;

export const CreateApiKeyRequestSchema = z.strictObject({
  name: z.string(),
  scopes: z.array(z.string()),
});
export type CreateApiKeyRequest = z.input<typeof CreateApiKeyRequestSchema>;

export const CredentialsRequestSchema = z.strictObject({ email: z.string(), password: z.string() });
export type CredentialsRequest = z.input<typeof CredentialsRequestSchema>;
