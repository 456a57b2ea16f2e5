import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type PgBoss from 'pg-boss';
import { Webhook } from 'standardwebhooks';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PrismaService } from '../database/prisma.service';
import { UnitOfWork } from '../database/unit-of-work';
import { MetricsService } from '../metrics/metrics.service';
import { BREAKER_FAILURES, type Deferral, DeliveryFairness, OWNER_CONCURRENCY } from './webhook-fairness';
import { type DeliveryJob, seriesOf, WebhookQueue, type WorkResult } from './webhook-queue';
import { earliestRetryAt, retryDeadline } from './webhook-schedule';
import { type AttemptResult, send } from './webhook-sender';
import type { TargetRules } from './webhook-target';
import { WebhooksRepository } from './webhooks.repository';

/** Thrown to have pg-boss retry the job later (its backoff); the delivery row says why. */
class AttemptFailed extends Error {}

/**
 * Sends deliveries: each job is one delivery; each run of it is one attempt, recorded on the delivery
 * row. A 2xx completes it; anything else throws, so pg-boss retries it with backoff until the last
 * attempt, which leaves the delivery `failed` (and re-sendable).
 */
@Injectable()
export class WebhookDeliverer implements OnApplicationBootstrap {
  private readonly logger = new Logger(WebhookDeliverer.name);
  private readonly rules: TargetRules;
  private readonly fairness: DeliveryFairness;

  constructor(
    private readonly prisma: PrismaService,
    private readonly unitOfWork: UnitOfWork,
    private readonly deliveries: WebhooksRepository,
    private readonly queue: WebhookQueue,
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.rules = {
      allowPrivateTargets: config.webhooks.allowPrivateTargets,
      httpsOnly: config.nodeEnv === 'production',
    };
    this.fairness = new DeliveryFairness({
      ownerConcurrency: OWNER_CONCURRENCY,
      breakerFailures: BREAKER_FAILURES,
      cooldownSeconds: config.webhooks.retryDelaySeconds,
      probeTimeoutMs: config.webhooks.timeoutMs,
    });
  }

  /** The queue starts with the application (the serverless function starts it when it first enqueues). */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.webhookWorkers) return;
    await this.queue.start((job) => this.attempt(job));
  }

  /**
   * One attempt, once the delivery's owner and endpoint have a free slot and the endpoint's breaker is
   * not open (webhook-fairness.ts); otherwise the job goes back in the queue until then, and no
   * attempt is counted. Past its retry window (retryDeadline) a delivery is not deferred any more: it
   * ends failed; and an attempt it gets then is its last.
   */
  async attempt(job: PgBoss.JobWithMetadata<DeliveryJob>): Promise<WorkResult> {
    const { deliveryId } = job.data;
    const route = await this.prisma.webhookDelivery.findUnique({
      where: { id: deliveryId },
      select: { status: true, endpointId: true, endpoint: { select: { ownerId: true } } },
    });
    if (route?.status !== 'pending') return;
    const { retryDelaySeconds, maxAttempts } = this.config.webhooks;
    const deadline = retryDeadline(seriesOf(job).since, retryDelaySeconds, maxAttempts);
    const admission = await this.fairness.admit(route.endpointId, route.endpoint.ownerId);
    if ('deferUntil' in admission) return this.defer(job, admission, deadline);
    let failure: string | null | undefined;
    const pastDeadline = Date.now() >= deadline.getTime();
    try {
      failure = await this.send(job, pastDeadline);
    } finally {
      // Only the receiver's answer moves the breaker: not an error of ours (the database, a secret we
      // cannot open), nor a delivery that turned out to have nothing left to send.
      admission.slot.release(failure === undefined ? undefined : failure === null);
    }
    // Past its deadline the attempt was its last, and the delivery is failed for good: nothing to retry.
    if (typeof failure === 'string' && !pastDeadline) throw new AttemptFailed(failure);
  }

  /**
   * Hands the job back until the deferral's time, but no later than the delivery's deadline, and shows
   * that time as its next attempt, in one transaction. Once the deadline has passed, ends it as failed.
   */
  private async defer(
    job: PgBoss.JobWithMetadata<DeliveryJob>,
    deferral: Deferral,
    deadline: Date,
  ): Promise<WorkResult> {
    const { deliveryId } = job.data;
    if (Date.now() >= deadline.getTime()) {
      const hours = Math.round((deadline.getTime() - seriesOf(job).since.getTime()) / 360_000) / 10;
      const error = `retry window over (${hours} h) while ${WHY_DEFERRED[deferral.reason]}; re-send it once the endpoint answers`;
      await this.deliveries.abandon(this.prisma, deliveryId, error);
      this.logger.warn(`webhook delivery ${deliveryId} failed: ${error}`);
      return;
    }
    const until = new Date(Math.min(deferral.deferUntil.getTime(), deadline.getTime()));
    const handedBack = await this.unitOfWork.run(async (tx) => {
      if (!(await this.queue.handBack(tx, job, until))) return false;
      // What the deliveries list shows as the next attempt.
      await tx.webhookDelivery.updateMany({
        where: { id: deliveryId, status: 'pending' },
        data: { nextAttemptAt: until },
      });
      return true;
    });
    return handedBack ? { deferUntil: until } : undefined;
  }

  /**
   * Sends one attempt and records it: null when the receiver took it, why not when it did not, or
   * undefined when nothing was sent (no longer pending, its endpoint deleted, or its secret unreadable).
   */
  private async send(
    job: PgBoss.JobWithMetadata<DeliveryJob>,
    pastDeadline: boolean,
  ): Promise<string | null | undefined> {
    const { deliveryId } = job.data;
    const target = await this.deliveries.attemptTarget(this.prisma, deliveryId);
    if (target?.status !== 'pending') return undefined;
    if (target.deleted || target.secret === null) {
      await this.deliveries.abandon(this.prisma, deliveryId, 'the endpoint was deleted');
      return undefined;
    }
    if ('unreadable' in target.secret) {
      // No retry can sign it until an operator adds the key back: fail it now, once, saying why (it can
      // be re-sent then), instead of failing the job on every retry with the delivery still pending.
      const error = `the endpoint's signing secret cannot be decrypted: ${target.secret.unreadable}`;
      await this.deliveries.recordAttempt(this.prisma, deliveryId, {
        ok: false,
        last: true,
        statusCode: null,
        error,
        nextAttemptAt: null,
      });
      this.logger.error(`webhook delivery ${deliveryId} failed: ${error}`);
      return undefined;
    }
    const body = JSON.stringify(target.payload);
    const now = new Date();
    const signature = new Webhook(target.secret.value).sign(target.payload.id, now, body);
    const result = await send(
      {
        url: target.url,
        body,
        timeoutMs: this.config.webhooks.timeoutMs,
        headers: {
          'webhook-id': target.payload.id,
          'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
          'webhook-signature': signature,
        },
      },
      this.rules,
    );
    this.metrics.webhookAttempt(result.outcome);
    const attempt = seriesOf(job).attempted + job.retryCount + 1;
    const last = job.retryCount >= job.retryLimit || pastDeadline;
    await this.deliveries.recordAttempt(this.prisma, deliveryId, {
      ok: result.outcome === 'succeeded',
      last,
      statusCode: 'statusCode' in result ? result.statusCode : null,
      error: 'error' in result ? result.error : null,
      nextAttemptAt: earliestRetryAt(new Date(), attempt, this.config.webhooks.retryDelaySeconds),
    });
    if (result.outcome !== 'succeeded') {
      if (last) this.logger.warn(`webhook delivery ${deliveryId} failed after ${attempt} attempts`);
      return describe(result);
    }
    return null;
  }
}

/** Why a delivery was still waiting when its retry window ended, for its last error. */
const WHY_DEFERRED: Record<Deferral['reason'], string> = {
  'breaker open': 'its endpoint kept failing (its breaker was open)',
  'probe in flight': 'its endpoint kept failing (a probe of it was in flight)',
  'endpoint busy': 'its endpoint was busy',
  'owner busy': "its owner's other deliveries held every worker they may use",
};

function describe(result: AttemptResult): string {
  return 'error' in result ? result.error : `HTTP ${result.statusCode}`;
}
