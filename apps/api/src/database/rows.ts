/**
 * The rows the repositories read and write, as Prisma's schema defines them: one definition per table,
 * shared by the queries written with Prisma's API and the few written in SQL.
 */
export type {
  Transaction as TransactionRow,
  Wallet as WalletRow,
} from '../generated/prisma/client';
