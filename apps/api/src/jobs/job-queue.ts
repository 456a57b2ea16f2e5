import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { JobQueueName } from '@wallet/postgres';
import type PgBoss from 'pg-boss';
import { APP_CONFIG, type AppConfig } from '../config/config';
import type { Db } from '../database/db';
import { newBoss, onTransaction, startBoss } from './pg-boss-support';

/** A job to run at (or after) `startAfter`, now when absent. */
export interface NewJob<T extends object> {
  data: T;
  startAfter?: Date;
  /** A label pg-boss keeps with the job (for reading the queue); not a uniqueness guarantee. */
  singletonKey?: string;
}

/** Connections this queue's pg-boss may hold per process (polling, completion). */
const POOL_SIZE = 2;
/** How often an idle worker asks a queue for a due job. */
const POLLING_INTERVAL_SECONDS = 1;
/** Retries of a job whose handler threw: 5 s, 10 s, 20 s ... (pg-boss's backoff), about a day in all. */
const RETRY_LIMIT = 20;
const RETRY_DELAY_SECONDS = 5;
/** A run that lasts longer than this (its worker died) is failed and retried. */
const EXPIRE_IN_SECONDS = 120;
/** How long stop() waits for the jobs in flight. */
const STOP_TIMEOUT_MS = 8_000;

/**
 * Durable jobs at a time (a hold's expiry, a scheduled transfer's occurrence), on pg-boss in PostgreSQL
 * (the schema "pgboss", beside the webhook deliveries). A job is inserted on the caller's open
 * transaction, so a change that rolls back leaves no job, and one that commits always has its job: the
 * database holds it across restarts, and any process may run it. At least once: a handler that throws,
 * or whose process dies, runs again later, so each handler decides under its row's lock whether there is
 * still something to do. Long-running processes run the workers; the serverless function only sends.
 */
@Injectable()
export class JobQueue implements OnModuleDestroy {
  private readonly logger = new Logger(JobQueue.name);
  private boss: PgBoss;
  private started: Promise<void> | undefined;
  private stopped = false;
  private readonly queues = new Map<string, Promise<void>>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.boss = this.newBoss();
  }

  private newBoss(): PgBoss {
    // The webhook queue's pg-boss keeps the shared schema tidy; this one only sends and works.
    return newBoss(this.config, 'wallet-jobs', { max: POOL_SIZE, supervise: false }, this.logger);
  }

  private start(): Promise<void> {
    this.started ??= (async () => {
      this.boss = await startBoss(
        () => this.newBoss(),
        this.boss,
        () => this.stopped,
        this.logger,
        'job queue',
      );
    })();
    return this.started;
  }

  /**
   * The queue is there (one read per process). The owner creates the queues with the migrations
   * (@wallet/postgres JOB_QUEUES): the runtime role may not, so a queue missing there is a bug, said so.
   */
  private queue(name: string): Promise<void> {
    let made = this.queues.get(name);
    if (!made) {
      made = this.start().then(async () => {
        if (!(await this.boss.getQueue(name))) {
          throw new Error(
            `the job queue "${name}" is not installed: list it in JOB_QUEUES (@wallet/postgres)`,
          );
        }
      });
      // A failure (the database away) is not kept: the next call tries again.
      made.catch(() => this.queues.delete(name));
      this.queues.set(name, made);
    }
    return made;
  }

  /** Adds jobs to queue `name` on `tx`, the caller's open transaction: one statement for them all. */
  async send<T extends object>(tx: Db, name: JobQueueName, jobs: NewJob<T>[]): Promise<void> {
    if (jobs.length === 0) return;
    await this.queue(name);
    await this.boss.insert(
      jobs.map((job) => ({
        name,
        data: job.data,
        ...(job.startAfter ? { startAfter: job.startAfter.toISOString() } : {}),
        ...(job.singletonKey ? { singletonKey: job.singletonKey } : {}),
        retryLimit: RETRY_LIMIT,
        retryDelay: RETRY_DELAY_SECONDS,
        retryBackoff: true,
        expireInSeconds: EXPIRE_IN_SECONDS,
      })),
      { db: onTransaction(tx) },
    );
  }

  /**
   * Runs `handler` for each due job of queue `name`, one at a time per process, where workers run
   * (config.webhookWorkers: the long-running API and the tests' app). A handler that throws has its job
   * retried with backoff. Call it once per queue, from onApplicationBootstrap.
   */
  async work<T extends object>(name: JobQueueName, handler: (data: T) => Promise<void>): Promise<void> {
    if (!this.config.webhookWorkers || this.stopped) return;
    await this.queue(name);
    const worker: { id?: string } = {};
    worker.id = await this.boss.work<T>(
      name,
      { batchSize: 1, pollingIntervalSeconds: POLLING_INTERVAL_SECONDS },
      async ([job]) => {
        if (!job) return;
        try {
          await handler(job.data);
        } finally {
          // The next due job at once: pg-boss otherwise waits the polling interval after every job.
          if (worker.id) this.boss.notifyWorker(worker.id);
        }
      },
    );
  }

  /** Stops taking jobs, lets the ones in flight finish (up to a bound), and closes the pool. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (!this.started) return;
    await this.started.catch(() => {});
    await this.boss.stop({ graceful: true, wait: true, timeout: STOP_TIMEOUT_MS });
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }
}
