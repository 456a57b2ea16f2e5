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
   * How many of the owner's schedules are still live (ACTIVE or PAUSED), counted while holding the
   * owner's turn (an advisory lock until the transaction ends), so two creations at once cannot both
   * pass the limit. Not a row lock on users: the runtime role may not lock that table's rows.
   */
  async liveCountLocked(db: Db, ownerId: string): Promise<number> {
    await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`scheduled transfers of ${ownerId}`}, 0))`;
    return db.scheduledTransfer.count({ where: { ownerId, status: { in: ['ACTIVE', 'PAUSED'] } } });
  }

  findOwned(db: Db, ownerId: string, id: string): Promise<ScheduleRow | null> {
    return db.scheduledTransfer.findFirst({ where: { id, ownerId } });
  }

  /**
   * The schedule, locked until the transaction ends: an occurrence's run, a pause, a resume and a
   * cancel of one schedule take turns, so each decides on what the one before it left.
   */
  async lock(db: Db, id: string, ownerId?: string): Promise<ScheduleRow | null> {
    const locked = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM scheduled_transfers
      WHERE id = ${id}::uuid AND (${ownerId ?? null}::uuid IS NULL OR owner_id = ${ownerId ?? null}::uuid)
      FOR NO KEY UPDATE`;
    if (locked.length === 0) return null;
    return db.scheduledTransfer.findUnique({ where: { id } });
  }

  /** Newest first, a page past `beforeSeq`; with `walletId`, those from or to that wallet. */
  list(
    db: Db,
    ownerId: string,
    page: { limit: number; beforeSeq?: bigint | undefined; walletId?: string | undefined },
  ): Promise<ScheduleRow[]> {
    return db.scheduledTransfer.findMany({
      where: {
        ownerId,
        ...(page.walletId
          ? { OR: [{ sourceWalletId: page.walletId }, { destinationWalletId: page.walletId }] }
          : {}),
        ...(page.beforeSeq !== undefined ? { seq: { lt: page.beforeSeq } } : {}),
      },
      orderBy: { seq: 'desc' },
      take: page.limit,
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
