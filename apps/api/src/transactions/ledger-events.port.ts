import type { Db } from '../database/db';
import type { Prisma } from '../generated/prisma/client';
import type { LedgerEntry } from './posting/posting';

/**
 * The ledger's one way out. A posting tells whoever listens what it posted, on the posting's own
 * transaction client: a listener's writes commit with the movement or roll back with it (so a
 * movement that rolls back announces nothing, and one that commits cannot lose its announcement).
 * The ledger knows no listener: the application module binds them to LEDGER_EVENTS (app.module.ts).
 */

/** What one posting wrote: its ledger rows, the owner of each wallet they are on (null: nobody's), when. */
export interface PostedEntries {
  readonly entries: readonly LedgerEntry[];
  readonly owners: ReadonlyMap<string, string | null>;
  readonly at: Date;
}

/**
 * Writes that ride in the posting's own statement, so that announcing costs no round trip of its own
 * while the wallets are locked. `ctes`: `name AS (...)` items for the statement's WITH list (with names
 * of the listener's own); `returns`: one SQL expression over them, whose value comes back to `posted`.
 */
export interface StatementPart {
  readonly ctes: Prisma.Sql;
  readonly returns: Prisma.Sql;
}

export interface LedgerEvents {
  /** Optional: what to write in the posting's statement itself (null: nothing this time). */
  statementPart?(posted: PostedEntries): StatementPart | null;
  /**
   * These entries were posted, on this transaction client (not committed yet: a throw rolls the
   * movement back). `fromStatement`: the value of this listener's statement part, if it had one.
   */
  posted(tx: Db, posted: PostedEntries, fromStatement: unknown): Promise<void>;
}

/** Injection token of the listeners: a `readonly LedgerEvents[]`, in the order they are told. */
export const LEDGER_EVENTS = Symbol('LEDGER_EVENTS');
