import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { isDatabaseUnavailable } from '../database/db';
import { UnitOfWork } from '../database/unit-of-work';
import { JobQueue } from '../jobs/job-queue';
import { type OccurrenceJob, SCHEDULE_QUEUE } from './schedule-announcer';
import { ScheduledTransfersRepository } from './scheduled-transfers.repository';

/** How often a worker process looks for schedules that lost their job. */
const SWEEP_INTERVAL_MS = 5 * 60_000;
/** Overdue by more than this (the queue runs a due job within seconds) before a job is sent again. */
const OVERDUE_MS = 10 * 60_000;
/** Schedules given a job again per sweep at most. */
const SWEEP_LIMIT = 500;

/**
 * A safety net under the queue: a schedule that is ACTIVE, overdue, and has no job waiting, running or
 * to be retried gets its occurrence's job again. That happens when a job ran out of retries (its handler
 * threw 20 times: the database away for a day) or was lost with the queue (a database restored from a
 * logical backup, which carries the tables but not the queue's jobs). Sending one again is always safe:
 * the run decides under the schedule's lock whether that occurrence is still to run (OccurrenceRunner).
 */
@Injectable()
export class ScheduleSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ScheduleSweeper');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly unitOfWork: UnitOfWork,
    private readonly schedules: ScheduledTransfersRepository,
    private readonly jobs: JobQueue,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.webhookWorkers) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.sweep()
        .catch((error: unknown) => {
          if (!isDatabaseUnavailable(error))
            this.logger.error({ err: error }, 'could not sweep the schedules');
        })
        .finally(() => {
          this.running = undefined;
        });
    }, SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Sends the job again of each overdue schedule that has none; how many it sent. */
  async sweep(now = new Date()): Promise<number> {
    return this.unitOfWork.run(async (tx) => {
      const stranded = await this.schedules.stranded(
        tx,
        SCHEDULE_QUEUE,
        new Date(now.getTime() - OVERDUE_MS),
        SWEEP_LIMIT,
      );
      await this.jobs.send<OccurrenceJob>(
        tx,
        SCHEDULE_QUEUE,
        stranded.map((s) => ({
          data: { scheduleId: s.id, occurrence: s.nextOccurrence },
          singletonKey: `${s.id}:${s.nextOccurrence}`,
        })),
      );
      if (stranded.length > 0)
        this.logger.warn(`sent the job again of ${stranded.length} overdue scheduled transfers`);
      return stranded.length;
    });
  }
}
