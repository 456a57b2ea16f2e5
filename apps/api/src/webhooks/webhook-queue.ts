import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type PgBoss from 'pg-boss';
import { APP_CONFIG, type AppConfig } from '../config/config';
import type { Db } from '../database/db';
import { createQueueOnce, newBoss, onTransaction, startBoss } from '../jobs/pg-boss-support';

/** The pg-boss queue the deliveries go through. */
export const DELIVERY_QUEUE = 'webhook-delivery';

/**
 * A job: one attempt series of one delivery row, or the rest of one (a deferred delivery is handed back
 * as a new job, see WebhookQueue.handBack): then `attempted` is the attempts its earlier jobs made and
 * `since` when its series began (ISO 8601).
 */
export interface DeliveryJob {
  deliveryId: string;
  attempted?: number;
  since?: string;
}

/** Where a job's attempt series stands: attempts made by its earlier jobs, and when the series began. */
export function seriesOf(job: PgBoss.JobWithMetadata<DeliveryJob>): { attempted: number; since: Date } {
  const since = job.data.since ? new Date(job.data.since) : job.createdOn;
  return { attempted: job.data.attempted ?? 0, since };
}

/** Workers per process: deliveries sent at once by one API process. */
export const WORKERS_PER_PROCESS = 4;

/**
 * What a worker made of a job: done (or thrown to be retried), or handed back (handBack) until a later
 * time, when a worker is woken for it.
 */
export type WorkResult = undefined | { deferUntil: Date };
/** How often an idle worker asks the queue for a job. */
const POLLING_INTERVAL_SECONDS = 2;
/** pg-boss's cap on the backoff exponent (its failJobs: 2^min(16, retries + 1)). */
const MAX_BACKOFF_EXPONENT = 16;
/** How long after a deferred job is due a worker is woken for it (the database's clock decides "due"). */
const WAKE_SLACK_MS = 25;
/** Connections pg-boss may hold per process (its polling, maintenance and job completion). */
const POOL_SIZE = 3;
/** How long a job is kept, retries included; far past the retry window (about a day). */
const RETENTION_DAYS = 7;
/** How long stop() waits for deliveries in flight. */
const STOP_TIMEOUT_MS = 8_000;

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
    return newBoss(
      this.config,
      'wallet-webhooks',
      { max: POOL_SIZE, supervise: this.config.webhookWorkers },
      this.logger,
    );
  }

  /** Starts pg-boss (waiting for the database if it is away) and makes sure the queue exists. */
  private async startBoss(): Promise<void> {
    this.boss = await startBoss(
      () => this.newBoss(),
      this.boss,
      () => this.stopped,
      this.logger,
      'webhook queue',
    );
    await createQueueOnce(this.boss, this.config, DELIVERY_QUEUE, 'wallet-webhooks');
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
              if (result && worker.id) this.wakeAt(worker.id, result.deferUntil);
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
   * Enqueues one job per delivery on `tx`, the caller's open transaction: one statement for them all.
   * Each job retries with exponential backoff (webhook-schedule.ts) up to the configured attempts.
   */
  async enqueue(tx: Db, deliveryIds: string[]): Promise<void> {
    if (deliveryIds.length === 0) return;
    await this.started;
    const { retryDelaySeconds, maxAttempts } = this.config.webhooks;
    const jobs = deliveryIds.map((deliveryId) => ({
      ...this.jobOptions(),
      data: { deliveryId } satisfies DeliveryJob,
      retryLimit: maxAttempts - 1,
      retryDelay: retryDelaySeconds,
    }));
    await this.boss.insert(jobs, { db: onTransaction(tx) });
  }

  /** What every delivery job has. */
  private jobOptions() {
    return {
      name: DELIVERY_QUEUE,
      retryBackoff: true,
      // An attempt that runs past this (a worker that died) is failed and retried.
      expireInSeconds: Math.ceil(this.config.webhooks.timeoutMs / 1000) + 60,
      keepUntil: new Date(Date.now() + RETENTION_DAYS * 86_400_000).toISOString(),
    };
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
   * Hands an active job's delivery back to the queue until `until`, as a new job, on `tx` (with whatever
   * else the caller writes there): the job is completed and its successor inserted in one transaction,
   * so the delivery is never lost (neither happened: the job is still active, and expires into a
   * retry) nor queued twice. The successor goes to the back of the line (jobs are fetched oldest first,
   * and it is new), so jobs that came meanwhile, another owner's among them, are fetched before it. It
   * carries on the series (see `seriesOf`): the attempts made so far, the retries left, the backoff as if
   * it were the same job, and when the series began. False when the job is no longer active (it expired
   * and went to a retry, which another worker may hold): nothing is written then.
   *
   * A new job rather than the same one put back: pg-boss completes a job when its handler returns, by
   * its id, `WHERE state = 'active'`, perhaps late (its pool busy); the same job fetched again by
   * another worker meanwhile would be completed under that worker, and its failure or deferral then
   * lost. Here that late completion finds the job already completed, and changes nothing.
   */
  async handBack(tx: Db, job: PgBoss.JobWithMetadata<DeliveryJob>, until: Date): Promise<boolean> {
    const db = onTransaction(tx);
    const done = await this.boss.complete(
      DELIVERY_QUEUE,
      job.id,
      { deferredUntil: until.toISOString() },
      { db },
    );
    if (affected(done) !== 1) return false;
    const series = seriesOf(job);
    const attempted = series.attempted + job.retryCount;
    await this.boss.insert(
      [
        {
          ...this.jobOptions(),
          data: {
            deliveryId: job.data.deliveryId,
            attempted,
            since: series.since.toISOString(),
          } satisfies DeliveryJob,
          startAfter: until.toISOString(),
          retryLimit: Math.max(0, job.retryLimit - job.retryCount),
          // pg-boss waits retryDelay * 2^(retries so far + 1) / 2 before a retry: scaled by the attempts
          // made before, the schedule goes on where it was (webhook-schedule.ts).
          retryDelay: this.config.webhooks.retryDelaySeconds * 2 ** Math.min(MAX_BACKOFF_EXPONENT, attempted),
        },
      ],
      { db },
    );
    return true;
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

/**
 * The rows a pg-boss 10 complete() changed: it answers { jobs, requested, affected }, though its types
 * say void. The version is pinned; should that answer change, this fails loudly instead of guessing.
 */
function affected(result: unknown): number {
  const count = (result as { affected?: unknown } | undefined)?.affected;
  if (typeof count !== 'number') throw new Error('pg-boss complete() gave no count of completed jobs');
  return count;
}
