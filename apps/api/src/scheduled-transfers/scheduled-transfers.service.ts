import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { canonicalDecimal } from '@wallet/money';
import { type Caller, idempotencyScope } from '../auth/caller';
import { inCallersMode, livemodeOf } from '../auth/mode';
import { ValidationFailedError } from '../common/errors';
import { IdempotencyService, type IdempotencyToken } from '../common/idempotency/idempotency.service';
import { declined, done, type Recorded } from '../common/outcome';
import { type Page, pageSize, toPage } from '../common/page';
import { parseInstant } from '../common/validation';
import type { Db } from '../database/db';
import { PrismaService } from '../database/prisma.service';
import { UnitOfWork } from '../database/unit-of-work';
import { JobQueue } from '../jobs/job-queue';
import { amountIn } from '../transactions/movements/movement-input';
import {
  CurrencyMismatchError,
  SameWalletTransferError,
  WalletNotFoundError,
} from '../transactions/transactions.errors';
import type {
  CreateScheduledTransferRequest,
  ListScheduledTransfersQuery,
  ScheduledTransfer,
  ScheduledTransferDetail,
} from './dto/scheduled-transfer.dto';
import { type OccurrenceJob, SCHEDULE_QUEUE, ScheduleAnnouncer } from './schedule-announcer';
import { nextDueFrom } from './schedule-dates';
import { seriesOf, toOccurrenceView, toScheduledTransferView } from './scheduled-transfer.view';
import { ScheduledTransferEndedError, ScheduledTransferNotFoundError } from './scheduled-transfers.errors';
import { ScheduledTransfersRepository, type ScheduleRow } from './scheduled-transfers.repository';

/** "Now" is accepted up to this long ago (a form filled in a minute ago still means now). */
const PAST_GRACE_MS = 60_000;
/** Live (ACTIVE or PAUSED) schedules one user may have at once in each mode (live, test). */
export const MAX_LIVE_SCHEDULES = 100;
/** The furthest ahead a first occurrence may be set. */
const MAX_AHEAD_MS = 5 * 366 * 24 * 60 * 60 * 1000;

/**
 * Scheduled transfers: set up (with an Idempotency-Key, like a transfer), listed, read with what ran,
 * paused, resumed and cancelled by the source wallet's owner. Each change of state takes the schedule's
 * row lock, as each occurrence's run does (OccurrenceRunner), so they take turns.
 */
@Injectable()
export class ScheduledTransfersService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly prisma: PrismaService,
    private readonly idempotency: IdempotencyService,
    private readonly schedules: ScheduledTransfersRepository,
    private readonly jobs: JobQueue,
    private readonly announcer: ScheduleAnnouncer,
  ) {}

  create(
    caller: Caller,
    input: CreateScheduledTransferRequest,
    token: IdempotencyToken,
  ): Promise<Recorded<ScheduledTransfer>> {
    const { sourceWalletId, destinationWalletId } = input;
    if (sourceWalletId === destinationWalletId) throw new SameWalletTransferError();
    // The shape here; the checks against now after the key's claim, so a retry replays its answer.
    const dates = datesOf(input);
    const note = {
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.reference !== undefined ? { reference: input.reference } : {}),
    };
    const call = {
      scope: idempotencyScope(caller),
      key: token.key,
      operation: token.operation,
      input: {
        sourceWalletId,
        destinationWalletId,
        amount: canonicalDecimal(input.amount),
        startAt: dates.startAt.toISOString(),
        repeat: dates.every
          ? { every: dates.every, until: dates.until?.toISOString() ?? null, count: dates.count }
          : null,
        ...note,
      },
    };
    return this.unitOfWork.run((tx) =>
      this.idempotency.once(tx, call, async () => {
        // Thrown (400, rolled back, not recorded): a request that was late when it first came is refused.
        checkStart(dates.startAt, new Date());
        const wallets = await tx.wallet.findMany({
          where: { id: { in: [sourceWalletId, destinationWalletId] } },
        });
        const source = wallets.find((w) => w.id === sourceWalletId);
        const destination = wallets.find((w) => w.id === destinationWalletId);
        if (!source || source.ownerId !== caller.userId || !inCallersMode(caller, source))
          return declined(new WalletNotFoundError(sourceWalletId));
        // A destination of the other mode (live or test) is not there: test money never reaches it.
        if (!destination || destination.ownerId === null || destination.livemode !== source.livemode) {
          return declined(new WalletNotFoundError(destinationWalletId));
        }
        if (source.currency !== destination.currency) {
          return declined(new CurrencyMismatchError(source.currency, destination.currency, null));
        }
        if (
          (await this.schedules.liveCountLocked(tx, caller.userId, source.livemode)) >= MAX_LIVE_SCHEDULES
        ) {
          // Not recorded (thrown, so rolled back): once one ends, the same request may go through.
          throw new ValidationFailedError(
            `You have ${MAX_LIVE_SCHEDULES} scheduled transfers that are active or paused, the most at once. Cancel one first.`,
          );
        }
        const row = await this.schedules.create(tx, {
          id: randomUUID(),
          ownerId: caller.userId,
          sourceWalletId,
          destinationWalletId,
          amountMinor: amountIn(input.amount, source.currency),
          currency: source.currency,
          description: note.description ?? null,
          reference: note.reference ?? null,
          startAt: dates.startAt,
          repeatEvery: dates.every,
          repeatUntil: dates.until,
          repeatCount: dates.count,
          status: 'ACTIVE',
          nextOccurrence: 1,
          nextRunAt: dates.startAt,
          occurrencesRun: 0,
        });
        await this.enqueue(tx, row.id, 1, dates.startAt);
        return done(toScheduledTransferView(row));
      }),
    );
  }

  async list(caller: Caller, query: ListScheduledTransfersQuery): Promise<Page<ScheduledTransfer>> {
    const limit = pageSize(query.limit);
    const rows = await this.schedules.list(this.prisma, caller.userId, livemodeOf(caller), {
      limit: limit + 1,
      beforeSeq: query.cursor,
      walletId: query.walletId,
    });
    const names = await this.schedules.destinationNames(
      this.prisma,
      caller.userId,
      rows.map((row) => row.destinationWalletId),
    );
    return toPage(rows, limit, (row) => ({
      ...toScheduledTransferView(row),
      destinationName: names.get(row.destinationWalletId) ?? null,
    }));
  }

  async get(caller: Caller, id: string): Promise<ScheduledTransferDetail> {
    const row = await this.schedules.findOwned(this.prisma, caller.userId, id, livemodeOf(caller));
    if (!row) throw new ScheduledTransferNotFoundError(id);
    const [occurrences, names] = await Promise.all([
      this.schedules.occurrences(this.prisma, id),
      this.schedules.destinationNames(this.prisma, caller.userId, [row.destinationWalletId]),
    ]);
    return {
      ...toScheduledTransferView(row),
      destinationName: names.get(row.destinationWalletId) ?? null,
      occurrences: occurrences.map(toOccurrenceView),
    };
  }

  /** ACTIVE -> PAUSED; pausing a paused one changes nothing. Occurrences due while paused are skipped. */
  pause(caller: Caller, id: string): Promise<ScheduledTransfer> {
    return this.change(caller, id, 'pause', async (tx, row, at) => {
      if (row.status !== 'ACTIVE') return row;
      return this.schedules.progress(tx, id, { ...progressOf(row), status: 'PAUSED' }, at);
    });
  }

  /**
   * PAUSED -> ACTIVE, with the first occurrence due from now on (those due while it was paused are
   * skipped); COMPLETED when the series ended meanwhile. Resuming an active one changes nothing.
   */
  resume(caller: Caller, id: string): Promise<ScheduledTransfer> {
    return this.change(caller, id, 'resume', async (tx, row, at) => {
      if (row.status !== 'PAUSED') return row;
      const next = nextDueFrom(seriesOf(row), row.nextOccurrence, at);
      if (!next) {
        const ended = await this.schedules.progress(
          tx,
          id,
          { ...progressOf(row), status: 'COMPLETED', nextRunAt: null },
          at,
        );
        await this.announcer.completed(tx, ended, at);
        return ended;
      }
      const resumed = await this.schedules.progress(
        tx,
        id,
        { ...progressOf(row), status: 'ACTIVE', nextOccurrence: next.occurrence, nextRunAt: next.at },
        at,
      );
      await this.enqueue(tx, id, next.occurrence, next.at);
      return resumed;
    });
  }

  /** Cancels it for good: no occurrence runs after this. Cancelling a cancelled one changes nothing. */
  cancel(caller: Caller, id: string): Promise<ScheduledTransfer> {
    return this.change(caller, id, 'cancel', async (tx, row, at) => {
      if (row.status === 'CANCELLED') return row;
      return this.schedules.progress(
        tx,
        id,
        { ...progressOf(row), status: 'CANCELLED', nextRunAt: null },
        at,
      );
    });
  }

  /**
   * A change of the caller's schedule under its lock. One that has ended is not paused or resumed (409);
   * cancelling a cancelled one answers it as it is.
   */
  private async change(
    caller: Caller,
    id: string,
    kind: 'pause' | 'resume' | 'cancel',
    apply: (tx: Db, row: ScheduleRow, at: Date) => Promise<ScheduleRow>,
  ): Promise<ScheduledTransfer> {
    const row = await this.unitOfWork.run(async (tx) => {
      const locked = await this.schedules.lock(tx, id, {
        ownerId: caller.userId,
        livemode: livemodeOf(caller),
      });
      if (!locked) throw new ScheduledTransferNotFoundError(id);
      const ended = locked.status === 'COMPLETED' || locked.status === 'CANCELLED';
      if (ended && !(kind === 'cancel' && locked.status === 'CANCELLED')) {
        throw new ScheduledTransferEndedError(id, locked.status);
      }
      return apply(tx, locked, new Date());
    });
    return toScheduledTransferView(row);
  }

  private enqueue(tx: Db, scheduleId: string, occurrence: number, startAfter: Date): Promise<void> {
    return this.jobs.send<OccurrenceJob>(tx, SCHEDULE_QUEUE, [
      { data: { scheduleId, occurrence }, startAfter, singletonKey: `${scheduleId}:${occurrence}` },
    ]);
  }
}

function progressOf(row: ScheduleRow) {
  return {
    status: row.status,
    nextOccurrence: row.nextOccurrence,
    nextRunAt: row.nextRunAt,
    occurrencesRun: row.occurrencesRun,
  };
}

/** The series' dates, checked for shape: the end not before the start. */
function datesOf(input: CreateScheduledTransferRequest) {
  const startAt = parseInstant(input.startAt, 'start');
  if (!startAt) throw new Error('startAt passed validation without being an instant');
  const repeat = input.repeat;
  const until = repeat?.until !== undefined ? parseInstant(repeat.until, 'start') : null;
  if (until && until.getTime() < startAt.getTime()) {
    throw new ValidationFailedError("The schedule's repeat.until must not be before startAt.", [
      { field: 'repeat.until', message: 'must not be before startAt' },
    ]);
  }
  return { startAt, every: repeat?.every ?? null, until, count: repeat?.count ?? null };
}

/**
 * The first occurrence now or later (a minute's grace) and at most 5 years ahead. Checked once the
 * Idempotency-Key is claimed: a retry of a created schedule replays it even when its start has passed.
 */
function checkStart(startAt: Date, now: Date): void {
  const message =
    startAt.getTime() < now.getTime() - PAST_GRACE_MS
      ? 'must not be in the past'
      : startAt.getTime() > now.getTime() + MAX_AHEAD_MS
        ? 'must be at most 5 years ahead'
        : null;
  if (message) {
    throw new ValidationFailedError(`The schedule's startAt ${message}.`, [{ field: 'startAt', message }]);
  }
}
