import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { APP_CONFIG, type AppConfig, sessionUrl } from '../config/config';
import { type Db, isDatabaseUnavailable } from '../database/db';
import { warnUnlessStopping } from '../database/stopping';

/** The pg-boss queue the deliveries go through. */
export const DELIVERY_QUEUE = 'webhook-delivery';

/** A job: one attempt series of one delivery row. */
export interface DeliveryJob {
  deliveryId: string;
}

/** Workers per process: deliveries sent at once by one API process. */
export const WORKERS_PER_PROCESS = 4;

/** What a worker made of a job: done (or thrown to be retried), or put back until a later time. */
export type WorkResult = undefined | { deferUntil: Date };
/** How often an idle worker asks the queue for a job. */
const POLLING_INTERVAL_SECONDS = 2;
/** How long after a deferred job is due a worker is woken for it (the database's clock decides "due"). */
const WAKE_SLACK_MS = 25;
/** Connections pg-boss may hold per process (its polling, maintenance and job completion). */
const POOL_SIZE = 3;
/** How long a job is kept, retries included; far past the retry window (about a day). */
const RETENTION_DAYS = 7;
/** How long stop() waits for deliveries in flight. */
const STOP_TIMEOUT_MS = 8_000;
/** How long a start waits before trying again while the database is unavailable. */
const START_RETRY_MS = 1_000;
/** The advisory lock under which one process at a time creates the queue ('wallet-q' in ASCII). */
const QUEUE_SETUP_LOCK = '8602275976068738417';

/**
 * The durable queue in PostgreSQL (pg-boss, in its own schema "pgboss"). Jobs are inserted on the money
 * movement's own transaction (send with the `db` option), so a movement that rolls back leaves no job.
 * Long-running processes run the delivery workers; the serverless function only enqueues.
 */
@Injectable()
export class WebhookQueue implements OnModuleDestroy {
  private readonly logger = new Logger(WebhookQueue.name);
  private boss: PgBoss;
  private started: Promise<void> | undefined;
  private stopped = false;
  private readonly wakes = new Map<string, { at: number; timer: NodeJS.Timeout }>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.boss = this.newBoss();
  }

  private newBoss(): PgBoss {
    const boss = new PgBoss({
      // Its schema migrations and maintenance take locks across statements: never through a
      // transaction pooler. Jobs added with a money movement go in that movement's transaction instead.
      connectionString: sessionUrl(this.config),
      max: POOL_SIZE,
      application_name: 'wallet-webhooks',
      // Only the long-running API keeps the queue tidy (archiving, expiring) on a timer.
      supervise: this.config.webhookWorkers,
      schedule: false,
      migrate: true,
    });
    boss.on('error', (error: Error) =>
      warnUnlessStopping(
        error,
        () => this.logger.warn(`webhook queue: ${error.message}`),
        () => this.logger.debug(`webhook queue: ${error.message} (this process is stopping)`),
      ),
    );
    return boss;
  }

  /**
   * Starts pg-boss and makes sure the queue exists. A process that starts while PostgreSQL is away (a
   * restart, an outage) waits for it, trying every second, instead of dying at start-up; a pg-boss
   * that failed to start cannot be started again, so each try gets a new one.
   */
  private async startBoss(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.boss.start();
        await this.createQueueOnce();
        return;
      } catch (error) {
        if (this.stopped || !isDatabaseUnavailable(error)) throw error;
        if (attempt === 1)
          this.logger.warn('webhook queue: the database is unavailable; trying every second');
        await this.boss.stop({ graceful: false, wait: true }).catch(() => {});
        await new Promise((resolve) => setTimeout(resolve, START_RETRY_MS));
        this.boss = this.newBoss();
      }
    }
  }

  /** Creates the schema and the queue (once per database), and starts the workers where they run. */
  start(work?: (job: PgBoss.JobWithMetadata<DeliveryJob>) => Promise<WorkResult>): Promise<void> {
    this.started ??= (async () => {
      await this.startBoss();
      if (!work || !this.config.webhookWorkers) return;
      for (let i = 0; i < WORKERS_PER_PROCESS; i++) {
        const worker: { id?: string } = {};
        worker.id = await this.boss.work<DeliveryJob>(
          DELIVERY_QUEUE,
          { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: POLLING_INTERVAL_SECONDS },
          async ([job]) => {
            if (!job) return;
            try {
              const result = await work(job);
              if (result) {
                await this.defer(job.id, result.deferUntil);
                if (worker.id) this.wakeAt(worker.id, result.deferUntil);
              }
            } finally {
              // Fetch the next job as soon as this one is done: pg-boss otherwise waits the polling
              // interval after every job, so each worker would take one job per 2 s, and an owner with
              // many due jobs (old ones first) would take nearly all of that time, its quick failures
              // and deferrals included, while another owner's job waits. Only an empty fetch waits.
              if (worker.id) this.boss.notifyWorker(worker.id);
            }
          },
        );
      }
    })();
    return this.started;
  }

  /**
   * Creates the delivery queue if this database has none yet. pg-boss 10's createQueue is not safe when
   * several processes run it at once on a new database: one inserts the queue row and then adds its
   * partition's foreign key to that table, while another waits on the same row, and PostgreSQL stops
   * one of them as a deadlock (the process then dies at start-up). So processes take turns under a
   * session advisory lock, held on a connection of its own; a queue already there costs one read.
   */
  private async createQueueOnce(): Promise<void> {
    if (await this.boss.getQueue(DELIVERY_QUEUE)) return;
    const lock = new pg.Client({
      connectionString: sessionUrl(this.config),
      application_name: 'wallet-webhooks',
    });
    await lock.connect();
    try {
      await lock.query('SELECT pg_advisory_lock($1)', [QUEUE_SETUP_LOCK]);
      await this.boss.createQueue(DELIVERY_QUEUE);
    } finally {
      // Ending the session releases the lock, also when createQueue failed.
      await lock.end();
    }
  }

  /**
   * Enqueues one job per delivery on `tx`, the caller's open transaction: one statement for them all.
   * Each job retries with exponential backoff (webhook-schedule.ts) up to the configured attempts.
   */
  async enqueue(tx: Db, deliveryIds: string[]): Promise<void> {
    if (deliveryIds.length === 0) return;
    await this.started;
    const { retryDelaySeconds, maxAttempts, timeoutMs } = this.config.webhooks;
    const jobs = deliveryIds.map((deliveryId) => ({
      name: DELIVERY_QUEUE,
      data: { deliveryId } satisfies DeliveryJob,
      retryLimit: maxAttempts - 1,
      retryDelay: retryDelaySeconds,
      retryBackoff: true,
      // An attempt that runs past this (a worker that died) is failed and retried.
      expireInSeconds: Math.ceil(timeoutMs / 1000) + 60,
      keepUntil: new Date(Date.now() + RETENTION_DAYS * 86_400_000).toISOString(),
    }));
    await this.boss.insert(jobs, { db: onTransaction(tx) });
  }

  /**
   * Wakes an idle worker when a job it put back is due again, if that comes before its next poll: a
   * job deferred for a busy endpoint is then taken up in moments, not at the poll 2 s later. One timer
   * per worker, for the earliest such time.
   */
  private wakeAt(workerId: string, until: Date): void {
    const delay = until.getTime() - Date.now();
    if (this.stopped || delay >= POLLING_INTERVAL_SECONDS * 1000) return;
    const pending = this.wakes.get(workerId);
    if (pending && pending.at <= until.getTime()) return;
    if (pending) clearTimeout(pending.timer);
    const timer = setTimeout(() => {
      this.wakes.delete(workerId);
      if (!this.stopped) this.boss.notifyWorker(workerId);
    }, Math.max(0, delay) + WAKE_SLACK_MS);
    timer.unref();
    this.wakes.set(workerId, { at: until.getTime(), timer });
  }

  /**
   * Puts an active job back in the queue until `until`, as if it had not been fetched: the attempt it
   * was fetched for does not count (its retry count stays, and started_on is cleared so the next fetch
   * does not count it either). It goes to the back of the line (created_on is now: jobs are fetched
   * oldest first), so jobs that came meanwhile, another owner's among them, are fetched before it
   * comes round again, however many one owner has waiting. One statement, so the job is
   * never lost: it is either still active (and expires into a retry) or waiting again. pg-boss then
   * completes nothing, as it completes only active jobs. This writes pg-boss 10's job table directly
   * (pg-boss has no "later, without counting" of its own); the version is pinned and
   * test/api/webhook-fairness.spec.ts checks the result.
   */
  private async defer(jobId: string, until: Date): Promise<void> {
    await this.boss.getDb().executeSql(
      `UPDATE pgboss.job
          SET state = CASE WHEN retry_count > 0 THEN 'retry'::pgboss.job_state ELSE 'created'::pgboss.job_state END,
              start_after = $3::timestamptz,
              started_on = NULL,
              created_on = now(),
              keep_until = GREATEST(keep_until, $3::timestamptz + interval '1 day')
        WHERE name = $1 AND id = $2::uuid AND state = 'active'`,
      [DELIVERY_QUEUE, jobId, until.toISOString()],
    );
  }

  /** Stops taking jobs, lets the deliveries in flight finish (up to a bound), and closes the queue's pool. */
  async stop(): Promise<void> {
    if (this.stopped || !this.started) return;
    this.stopped = true;
    for (const { timer } of this.wakes.values()) clearTimeout(timer);
    this.wakes.clear();
    await this.started.catch(() => {});
    await this.boss.stop({ graceful: true, wait: true, timeout: STOP_TIMEOUT_MS });
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }
}

/** pg-boss's database interface on an open Prisma transaction. */
function onTransaction(tx: Db): PgBoss.Db {
  return {
    executeSql: async (text: string, values: unknown[]) => ({
      rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values.map((value) => value ?? null)),
    }),
  };
}
