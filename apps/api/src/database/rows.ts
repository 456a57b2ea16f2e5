/**
 * The rows the repositories read and write, as Prisma's schema defines them: one definition per table,
 * shared by the queries written with Prisma's API and the few written in SQL.
 */
import type { Transaction } from '../generated/prisma/client';

export type { Wallet as WalletRow } from '../generated/prisma/client';

/** A ledger row as the API reads and writes it: its hash chain is the database's own (written by a
 * trigger, read only by the books check), so the API neither sends nor needs it. */
export type TransactionRow = Omit<Transaction, 'hash' | 'hashVersion'>;
