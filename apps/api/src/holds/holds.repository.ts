import { Injectable } from '@nestjs/common';
import type { JobQueueName } from '@wallet/postgres';
import type { Db } from '../database/db';
import { Prisma } from '../generated/prisma/client';
import type { NewJob } from '../jobs/job-queue';
import { noLiveJob } from '../jobs/job-sweeper';
import type { HoldStatus } from './dto/hold.dto';
import type { HoldRow } from './hold.view';

const HOLD_COLUMNS = Prisma.sql`
  h.id, h.seq, h.owner_id AS "ownerId", h.wallet_id AS "walletId", h.amount_minor AS "amountMinor",
  h.currency, h.status, h.captured_minor AS "capturedMinor", h.destination_wallet_id AS "destinationWalletId",
  h.transaction_id AS "transactionId", h.expires_at AS "expiresAt", h.description, h.reference,
  h.created_at AS "createdAt", h.finished_at AS "finishedAt"`;

/** Extra CTEs of a statement (the webhook outbox) and the SQL value it returns. */
export interface Riders {
  ctes: Prisma.Sql | null;
  returns: Prisma.Sql | null;
}

const ridersSql = (riders: Riders) => ({
  ctes: riders.ctes ? Prisma.sql`, ${riders.ctes}` : Prisma.empty,
  returns: riders.returns ?? Prisma.sql`NULL::text[]`,
});

/** How a hold ends: captured (with what, where and its TRANSFER_OUT leg), voided or expired. */
export interface Ending {
  id: string;
  status: Exclude<HoldStatus, 'ACTIVE'>;
  capturedMinor: bigint;
  destinationWalletId: string | null;
  transactionId: string | null;
  at: Date;
}

/**
 * The holds' reads and writes. A hold and its reservation change together, in one statement (the
 * database's constraint trigger checks, at the end of each statement, that a wallet reserves exactly
 * what its reservations add up to); every write comes after its wallet's lock (PostingService.lock).
 */
@Injectable()
export class HoldsRepository {
  /**
   * Reserves the amount on the (locked) wallet, only if that much is available, and adds the hold, with
   * `record` (the Idempotency-Key's stored answer) and `riders` (the webhook outbox). Returns the wallet's
   * reserved money after it (null: nothing was held).
   */
  async create(
    db: Db,
    hold: HoldRow,
    record: Prisma.Sql | null,
    riders: Riders,
  ): Promise<{ reservedMinor: bigint | null; riders: unknown }> {
    const extra = ridersSql(riders);
    const [row] = await db.$queryRaw<{ reserved: bigint | null; riders: unknown }[]>`
      WITH reserved AS (
        UPDATE wallets SET reserved_minor = reserved_minor + ${hold.amountMinor}
        WHERE id = ${hold.walletId}::uuid AND balance_minor - reserved_minor >= ${hold.amountMinor}
        RETURNING reserved_minor
      ), hold AS (
        INSERT INTO holds (id, owner_id, wallet_id, amount_minor, currency, expires_at, description,
                           reference, created_at)
        SELECT ${hold.id}::uuid, ${hold.ownerId}::uuid, ${hold.walletId}::uuid, ${hold.amountMinor},
               ${hold.currency}, ${hold.expiresAt}::timestamptz, ${hold.description}, ${hold.reference},
               ${hold.createdAt}::timestamptz
        FROM reserved
        RETURNING id
      ), recorded AS (${record ?? Prisma.sql`SELECT NULL::uuid AS id WHERE false`})
      ${extra.ctes}
      SELECT (SELECT reserved_minor FROM reserved) AS reserved,
             ${extra.returns} AS riders,
             (SELECT count(*) FROM hold) + 0 * (SELECT count(*) FROM recorded) AS held`;
    return { reservedMinor: row?.reserved ?? null, riders: row?.riders ?? null };
  }

  find(db: Db, id: string): Promise<HoldRow | null> {
    return db.$queryRaw<HoldRow[]>`SELECT ${HOLD_COLUMNS} FROM holds h WHERE h.id = ${id}::uuid`.then(
      (rows) => rows[0] ?? null,
    );
  }

  /**
   * Ends an ACTIVE hold and releases its reservation, in one statement, with `riders` (the webhook
   * outbox). Null when it was no longer ACTIVE (another ending won). The wallet must be locked first.
   */
  async finish(db: Db, ending: Ending, riders: Riders): Promise<{ hold: HoldRow; riders: unknown } | null> {
    const extra = ridersSql(riders);
    const [row] = await db.$queryRaw<{ hold: HoldRow | null; released: number; riders: unknown }[]>`
      WITH finished AS (
        UPDATE holds h
        SET status = ${ending.status}, captured_minor = ${ending.capturedMinor},
            destination_wallet_id = ${ending.destinationWalletId}::uuid,
            transaction_id = ${ending.transactionId}::uuid, finished_at = ${ending.at}::timestamptz
        WHERE h.id = ${ending.id}::uuid AND h.status = 'ACTIVE'
        RETURNING ${HOLD_COLUMNS}
      ), released AS (
        UPDATE wallets w SET reserved_minor = w.reserved_minor - f."amountMinor"
        FROM finished f WHERE w.id = f."walletId"
        RETURNING w.id
      ) ${extra.ctes}
      SELECT (SELECT count(*) FROM released)::int AS released, ${extra.returns} AS riders`;
    if (row?.released !== 1) return null;
    const hold = await this.find(db, ending.id);
    if (!hold) throw new Error('a hold vanished as it ended');
    return { hold, riders: row.riders };
  }

  /** A wallet's holds, newest first, after the cursor (a seq); only those of `status` when given. */
  list(
    db: Db,
    walletId: string,
    status: HoldStatus | undefined,
    page: { limit: number; beforeSeq?: bigint | undefined },
  ): Promise<HoldRow[]> {
    return db.$queryRaw<HoldRow[]>`
      SELECT ${HOLD_COLUMNS} FROM holds h
      WHERE h.wallet_id = ${walletId}::uuid
        AND (${status ?? null}::text IS NULL OR h.status = ${status ?? null}::text)
        AND (${page.beforeSeq ?? null}::bigint IS NULL OR h.seq < ${page.beforeSeq ?? null}::bigint)
      ORDER BY h.seq DESC LIMIT ${page.limit}`;
  }

  /** The expiry jobs again of ACTIVE holds expired before `expiredBefore` that have none (HoldSweeper). */
  async stranded(
    db: Db,
    queue: JobQueueName,
    expiredBefore: Date,
    limit: number,
  ): Promise<NewJob<{ holdId: string }>[]> {
    const rows = await db.$queryRaw<{ id: string }[]>`
      SELECT h.id FROM holds h
      WHERE h.status = 'ACTIVE' AND h.expires_at < ${expiredBefore}::timestamptz
        AND ${noLiveJob(queue, 'holdId', Prisma.sql`h.id`)}
      ORDER BY h.expires_at
      LIMIT ${limit}`;
    return rows.map((h) => ({ data: { holdId: h.id }, singletonKey: h.id }));
  }

  /** Each wallet's active holds: how many, and what they reserve. */
  async activeOf(db: Db, walletId: string): Promise<{ count: number; amountMinor: bigint }> {
    const [row] = await db.$queryRaw<{ count: number; amount: bigint }[]>`
      SELECT count(*)::int AS count, COALESCE(sum(amount_minor), 0)::bigint AS amount
      FROM holds WHERE wallet_id = ${walletId}::uuid AND status = 'ACTIVE'`;
    return { count: row?.count ?? 0, amountMinor: row?.amount ?? 0n };
  }

  /** Whether the wallet is the user's and of the mode (live or test). */
  async walletOwnedBy(db: Db, walletId: string, userId: string, livemode: boolean): Promise<boolean> {
    const [row] = await db.$queryRaw<{ owned: boolean }[]>`
      SELECT EXISTS (SELECT 1 FROM wallets WHERE id = ${walletId}::uuid AND owner_id = ${userId}::uuid
                     AND livemode = ${livemode}) AS owned`;
    return row?.owned ?? false;
  }
}
