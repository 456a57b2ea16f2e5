import { Injectable } from '@nestjs/common';
import type { JobQueueName } from '@wallet/postgres';
import type { Db } from '../database/db';
import {
  type ScheduledTransferOccurrence as OccurrenceRow,
  Prisma,
  type ScheduledTransfer as ScheduleRow,
} from '../generated/prisma/client';
import type { NewJob } from '../jobs/job-queue';
import { noLiveJob } from '../jobs/job-sweeper';
import type { OccurrenceJob } from './schedule-announcer';

export type { OccurrenceRow, ScheduleRow };

/** The occurrences a schedule's detail shows at most (newest first). */
export const MAX_OCCURRENCES_SHOWN = 100;

/** What moves a schedule on: its status, the occurrence to run next and when, how many ran. */
export type ScheduleProgress = Pick<
  ScheduleRow,
  'status' | 'nextOccurrence' | 'nextRunAt' | 'occurrencesRun'
>;

/** Scheduled transfers and the record of their occurrences. */
@Injectable()
export class ScheduledTransfersRepository {
  create(db: Db, row: Omit<ScheduleRow, 'seq' | 'createdAt' | 'updatedAt'>): Promise<ScheduleRow> {
    return db.scheduledTransfer.create({ data: row });
  }

  /**
   * How many of the owner's schedules of one mode (their source wallet's: live or test) are still live
   * (ACTIVE or PAUSED), counted while holding the owner's turn in that mode (an advisory lock until the
   * transaction ends), so two creations at once cannot both pass the limit. Not a row lock on users: the
   * runtime role may not lock that table's rows.
   */
  async liveCountLocked(db: Db, ownerId: string, livemode: boolean): Promise<number> {
    await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`scheduled transfers of ${ownerId} ${livemode ? 'live' : 'test'}`}, 0))`;
    const rows = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM scheduled_transfers s
      WHERE s.owner_id = ${ownerId}::uuid AND s.status IN ('ACTIVE', 'PAUSED') AND ${fromWalletOf(livemode)}`;
    return rows[0]?.n ?? 0;
  }

  /** The owner's schedule when its source wallet is of this mode (live or test); any other is not there. */
  async findOwned(db: Db, ownerId: string, id: string, livemode: boolean): Promise<ScheduleRow | null> {
    const found = await db.$queryRaw<{ id: string }[]>`
      SELECT s.id FROM scheduled_transfers s
      WHERE s.id = ${id}::uuid AND s.owner_id = ${ownerId}::uuid AND ${fromWalletOf(livemode)}`;
    if (found.length === 0) return null;
    return db.scheduledTransfer.findUnique({ where: { id } });
  }

  /**
   * The schedule, locked until the transaction ends: an occurrence's run, a pause, a resume and a
   * cancel of one schedule take turns, so each decides on what the one before it left. With `mine`, only
   * the owner's schedule whose source wallet is of that mode (live or test).
   */
  async lock(db: Db, id: string, mine?: { ownerId: string; livemode: boolean }): Promise<ScheduleRow | null> {
    const whose = mine
      ? Prisma.sql`AND s.owner_id = ${mine.ownerId}::uuid AND ${fromWalletOf(mine.livemode)}`
      : Prisma.empty;
    const locked = await db.$queryRaw<{ id: string }[]>`
      SELECT s.id FROM scheduled_transfers s
      WHERE s.id = ${id}::uuid ${whose}
      FOR NO KEY UPDATE OF s`;
    if (locked.length === 0) return null;
    return db.scheduledTransfer.findUnique({ where: { id } });
  }

  /**
   * Newest first, a page past `beforeSeq`, of those whose source wallet is of this mode (live or test);
   * with `walletId`, those from or to that wallet.
   */
  async list(
    db: Db,
    ownerId: string,
    livemode: boolean,
    page: { limit: number; beforeSeq?: bigint | undefined; walletId?: string | undefined },
  ): Promise<ScheduleRow[]> {
    const wallet = page.walletId
      ? Prisma.sql`AND (s.source_wallet_id = ${page.walletId}::uuid OR s.destination_wallet_id = ${page.walletId}::uuid)`
      : Prisma.empty;
    const before = page.beforeSeq !== undefined ? Prisma.sql`AND s.seq < ${page.beforeSeq}` : Prisma.empty;
    const ids = await db.$queryRaw<{ id: string }[]>`
      SELECT s.id FROM scheduled_transfers s
      WHERE s.owner_id = ${ownerId}::uuid AND ${fromWalletOf(livemode)} ${wallet} ${before}
      ORDER BY s.seq DESC LIMIT ${page.limit}`;
    if (ids.length === 0) return [];
    return db.scheduledTransfer.findMany({
      where: { id: { in: ids.map((row) => row.id) } },
      orderBy: { seq: 'desc' },
    });
  }

  /**
   * The names of these destination wallets as `viewerId` may see them: their own wallet by its name,
   * anyone else's by the display name its owner chose (absent when none). One join on primary keys.
   */
  async destinationNames(db: Db, viewerId: string, walletIds: string[]): Promise<Map<string, string>> {
    if (walletIds.length === 0) return new Map();
    const rows = await db.$queryRaw<{ id: string; name: string | null }[]>`
      SELECT w.id::text AS "id",
             CASE WHEN w.owner_id = ${viewerId}::uuid THEN w.name ELSE u.display_name END AS "name"
      FROM wallets w JOIN users u ON u.id = w.owner_id
      WHERE w.id = ANY(${[...new Set(walletIds)]}::uuid[])`;
    return new Map(rows.flatMap((row) => (row.name ? [[row.id, row.name] as const] : [])));
  }

  occurrences(db: Db, id: string): Promise<OccurrenceRow[]> {
    return db.scheduledTransferOccurrence.findMany({
      where: { scheduledTransferId: id },
      orderBy: { occurrence: 'desc' },
      take: MAX_OCCURRENCES_SHOWN,
    });
  }

  progress(db: Db, id: string, progress: ScheduleProgress, at: Date): Promise<ScheduleRow> {
    return db.scheduledTransfer.update({ where: { id }, data: { ...progress, updatedAt: at } });
  }

  /** Records an occurrence that ran; its key (schedule, occurrence) refuses a second record. */
  recordOccurrence(db: Db, row: Omit<OccurrenceRow, 'ranAt'> & { ranAt: Date }): Promise<OccurrenceRow> {
    return db.scheduledTransferOccurrence.create({ data: row });
  }

  /** The jobs again of ACTIVE schedules due before `dueBefore` that have none (ScheduleSweeper). */
  async stranded(
    db: Db,
    queue: JobQueueName,
    dueBefore: Date,
    limit: number,
  ): Promise<NewJob<OccurrenceJob>[]> {
    const rows = await db.$queryRaw<{ id: string; nextOccurrence: number }[]>`
      SELECT s.id, s.next_occurrence AS "nextOccurrence"
      FROM scheduled_transfers s
      WHERE s.status = 'ACTIVE' AND s.next_run_at < ${dueBefore}::timestamptz
        AND ${noLiveJob(queue, 'scheduleId', Prisma.sql`s.id`)}
      ORDER BY s.next_run_at
      LIMIT ${limit}`;
    return rows.map((s) => ({
      data: { scheduleId: s.id, occurrence: s.nextOccurrence },
      singletonKey: `${s.id}:${s.nextOccurrence}`,
    }));
  }
}

/** The schedule `s` is from a wallet of this mode (live or test): of the other, it is not there. */
function fromWalletOf(livemode: boolean): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM wallets w WHERE w.id = s.source_wallet_id AND w.livemode = ${livemode})`;
}
