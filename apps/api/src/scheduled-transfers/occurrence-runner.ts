import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Db } from '../database/db';
import type { WalletRow } from '../database/rows';
import { UnitOfWork } from '../database/unit-of-work';
import { JobQueue } from '../jobs/job-queue';
import { ReviewGate } from '../reviews/review-gate';
import { OutgoingLimits } from '../tiers/outgoing-limits';
import { planTransfer } from '../transactions/posting/posting';
import { PostingService } from '../transactions/posting/posting.service';
import type { OccurrenceStatus } from './dto/scheduled-transfer.dto';
import { type OccurrenceJob, SCHEDULE_QUEUE, ScheduleAnnouncer } from './schedule-announcer';
import { dueAt } from './schedule-dates';
import { seriesOf } from './scheduled-transfer.view';
import { ScheduledTransfersRepository, type ScheduleRow } from './scheduled-transfers.repository';

type RuleSet = Awaited<ReturnType<ReviewGate['rules']>>;

/** What one occurrence's transfer came to. */
interface Ran {
  status: OccurrenceStatus;
  transactionId: string | null;
  transferId: string | null;
  failureCode: string | null;
}

/**
 * Runs each occurrence of a scheduled transfer from the durable queue, exactly once. The queue delivers
 * at least once (a handler whose process died runs again; two workers may hold copies of one job after a
 * resume), so the run decides under the schedule's row lock: only the occurrence the schedule waits for
 * (next_occurrence), only while ACTIVE. In that one transaction it posts the transfer (or its declined
 * attempt), records the occurrence (its primary key refuses a second record even if the lock were
 * bypassed), moves the schedule on and enqueues the next occurrence's job, and tells the owner: a crash
 * anywhere before the commit leaves nothing, and a retry after it finds nothing left to do.
 */
@Injectable()
export class OccurrenceRunner implements OnApplicationBootstrap {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly schedules: ScheduledTransfersRepository,
    private readonly postings: PostingService,
    private readonly limits: OutgoingLimits,
    private readonly reviews: ReviewGate,
    private readonly jobs: JobQueue,
    private readonly announcer: ScheduleAnnouncer,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<OccurrenceJob>(SCHEDULE_QUEUE, async (job) => {
      await this.run(job);
    });
  }

  /** Runs the occurrence if it is still to run: 'ran', or 'nothing' (paused, ended, or ran already). */
  async run(job: OccurrenceJob): Promise<'ran' | 'nothing'> {
    // Read before any lock is taken, as a transfer does: the rule set in force when it is asked for.
    const rules = await this.reviews.rules();
    return this.unitOfWork.run(async (tx) => {
      const schedule = await this.schedules.lock(tx, job.scheduleId);
      if (schedule?.status !== 'ACTIVE' || schedule.nextOccurrence !== job.occurrence) {
        return 'nothing';
      }
      const due = schedule.nextRunAt;
      if (!due) throw new Error('an active schedule without its next run');
      const ids = [schedule.sourceWalletId, schedule.destinationWalletId];
      const { wallets, at } = await this.postings.lock(tx, ids);
      const ran = await this.transfer(tx, schedule, wallets, at, rules);
      const occurrence = await this.schedules.recordOccurrence(tx, {
        scheduledTransferId: schedule.id,
        occurrence: job.occurrence,
        dueAt: due,
        ranAt: at,
        ...ran,
      });
      const nextAt = dueAt(seriesOf(schedule), job.occurrence + 1);
      const moved = await this.schedules.progress(
        tx,
        schedule.id,
        {
          status: nextAt ? 'ACTIVE' : 'COMPLETED',
          nextOccurrence: job.occurrence + 1,
          nextRunAt: nextAt,
          occurrencesRun: schedule.occurrencesRun + 1,
        },
        at,
      );
      if (nextAt) {
        const next = { scheduleId: schedule.id, occurrence: job.occurrence + 1 };
        await this.jobs.send<OccurrenceJob>(tx, SCHEDULE_QUEUE, [
          { data: next, startAfter: nextAt, singletonKey: `${next.scheduleId}:${next.occurrence}` },
        ]);
      }
      await this.announcer.ran(tx, moved, occurrence, at);
      return 'ran';
    });
  }

  /**
   * The occurrence's transfer on the locked wallets, as a transfer asked for now would go: the
   * destination checked again (it exists and has an owner; the currency is the ledger's rules'), the
   * ledger's rules (available balance, frozen, currency, maxBalance), the sender's tier limits and the
   * review rules. A decline writes its FAILED row, as a declined transfer does.
   */
  private async transfer(
    tx: Db,
    schedule: ScheduleRow,
    wallets: WalletRow[],
    at: Date,
    rules: RuleSet,
  ): Promise<Ran> {
    const source = wallets.find((w) => w.id === schedule.sourceWalletId);
    const destination = wallets.find((w) => w.id === schedule.destinationWalletId);
    if (!source || source.ownerId !== schedule.ownerId || !destination || destination.ownerId === null) {
      return { status: 'DECLINED', transactionId: null, transferId: null, failureCode: 'WALLET_NOT_FOUND' };
    }
    const note = {
      ...(schedule.description !== null ? { description: schedule.description } : {}),
      ...(schedule.reference !== null ? { reference: schedule.reference } : {}),
    };
    const amountMinor = schedule.amountMinor;
    const planned = planTransfer(source, destination, amountMinor, at, note);
    const posting = await this.limits.checked(tx, planned, source, destination, note);
    if (posting.outcome.kind === 'done') {
      const asked = { ownerId: schedule.ownerId, source, destination, amountMinor, at, note };
      const held = await this.reviews.holdIfMatched(tx, rules, asked, () => null);
      if (held?.kind === 'done') {
        const transferId = held.value.transfer.id;
        return { status: 'PENDING_REVIEW', transactionId: null, transferId, failureCode: null };
      }
    }
    // For the webhooks and answers this posting makes; the link itself is the occurrence's record. Only
    // on the schedule owner's legs: to another user (the payee) its id is someone else's object.
    for (const entry of posting.entries) {
      if (ownedBy(schedule, [source, destination], entry.walletId)) entry.scheduledTransferId = schedule.id;
    }
    await this.postings.write(tx, posting, null);
    const [first] = posting.entries;
    if (!first) throw new Error('a transfer posting without its rows');
    if (posting.outcome.kind === 'done') {
      return {
        status: 'SUCCEEDED',
        transactionId: first.id,
        transferId: first.transferId,
        failureCode: null,
      };
    }
    return { status: 'DECLINED', transactionId: first.id, transferId: null, failureCode: first.failureCode };
  }
}

/** Whether the wallet (one of these, locked) belongs to the schedule's owner. */
function ownedBy(schedule: ScheduleRow, wallets: WalletRow[], walletId: string): boolean {
  return wallets.some((w) => w.id === walletId && w.ownerId === schedule.ownerId);
}
