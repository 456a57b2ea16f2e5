import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { JobQueueName } from '@wallet/postgres';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { type Db, isDatabaseUnavailable } from '../database/db';
import { UnitOfWork } from '../database/unit-of-work';
import { Prisma } from '../generated/prisma/client';
import { JobQueue, type NewJob } from './job-queue';

/** How often a worker process looks for rows that lost their job. */
const SWEEP_INTERVAL_MS = 5 * 60_000;
/** Overdue by more than this (the queue runs a due job within seconds) before a job is sent again. */
const OVERDUE_MS = 10 * 60_000;
/** Jobs sent again per sweep at most. */
const SWEEP_LIMIT = 500;

/** What a sweeper sweeps: its queue, and the jobs of the rows overdue before `dueBefore` that have none. */
export interface Sweep<T extends object> {
  queue: JobQueueName;
  /** Named in the log: "overdue scheduled transfers". */
  what: string;
  stranded(tx: Db, dueBefore: Date, limit: number): Promise<NewJob<T>[]>;
}

/** What every sweeper needs (JobsModule provides it), so that each one injects only its own reads. */
@Injectable()
export class SweeperDeps {
  constructor(
    @Inject(APP_CONFIG) readonly config: AppConfig,
    readonly unitOfWork: UnitOfWork,
    readonly jobs: JobQueue,
  ) {}
}

/**
 * A condition for a sweeper's read: no job of `queue` whose data's `field` is `id` is waiting, running
 * or to be retried (the queue's jobs are read in its own schema: the runtime role may read them).
 */
export function noLiveJob(queue: JobQueueName, field: string, id: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`NOT EXISTS (
    SELECT 1 FROM pgboss.job j
    WHERE j.name = ${queue} AND j.data->>${field} = ${id}::text
      AND j.state IN ('created', 'retry', 'active'))`;
}

/**
 * A safety net under the durable queue: every few minutes (in worker processes only), each row that is
 * overdue by more than OVERDUE_MS and has no job waiting, running or to be retried gets its job again.
 * That happens when a job ran out of retries (its handler threw 20 times: the database away for a day)
 * or was lost with the queue (a database restored from a logical backup, which carries the tables but
 * not the queue's jobs). The handlers are idempotent (each decides under its row's lock whether there is
 * still something to do), so sending a job again is always safe.
 */
export abstract class JobSweeper<T extends object> implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger: Logger;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  protected constructor(
    name: string,
    private readonly deps: SweeperDeps,
    private readonly sweepOf: Sweep<T>,
  ) {
    this.logger = new Logger(name);
  }

  onApplicationBootstrap(): void {
    if (!this.deps.config.webhookWorkers) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.sweep()
        .catch((error: unknown) => {
          if (!isDatabaseUnavailable(error))
            this.logger.error({ err: error }, `could not sweep the ${this.sweepOf.what}`);
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

  /** Sends the job again of each overdue row that has none; how many it sent. */
  async sweep(now = new Date()): Promise<number> {
    const { queue, what } = this.sweepOf;
    return this.deps.unitOfWork.run(async (tx) => {
      const stranded = await this.sweepOf.stranded(tx, new Date(now.getTime() - OVERDUE_MS), SWEEP_LIMIT);
      await this.deps.jobs.send<T>(tx, queue, stranded);
      if (stranded.length > 0) this.logger.warn(`sent the job again of ${stranded.length} ${what}`);
      return stranded.length;
    });
  }
}
