import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type PgBoss from 'pg-boss';
import { Webhook } from 'standardwebhooks';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PrismaService } from '../database/prisma.service';
import { MetricsService } from '../metrics/metrics.service';
import { type DeliveryJob, WebhookQueue } from './webhook-queue';
import { earliestRetryAt } from './webhook-schedule';
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

  constructor(
    private readonly prisma: PrismaService,
    private readonly deliveries: WebhooksRepository,
    private readonly queue: WebhookQueue,
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.rules = {
      allowPrivateTargets: config.webhooks.allowPrivateTargets,
      httpsOnly: config.nodeEnv === 'production',
    };
  }

  /** The queue starts with the application (the serverless function starts it when it first enqueues). */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.webhookWorkers) return;
    await this.queue.start((job) => this.attempt(job));
  }

  async attempt(job: PgBoss.JobWithMetadata<DeliveryJob>): Promise<void> {
    const { deliveryId } = job.data;
    const target = await this.deliveries.attemptTarget(this.prisma, deliveryId);
    if (target?.status !== 'pending') return;
    if (target.deleted || !target.secret) {
      await this.deliveries.abandon(this.prisma, deliveryId, 'the endpoint was deleted');
      return;
    }
    const body = JSON.stringify(target.payload);
    const now = new Date();
    const signature = new Webhook(target.secret).sign(target.payload.id, now, body);
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
    const attempt = job.retryCount + 1;
    const last = job.retryCount >= job.retryLimit;
    await this.deliveries.recordAttempt(this.prisma, deliveryId, {
      ok: result.outcome === 'succeeded',
      last,
      statusCode: 'statusCode' in result ? result.statusCode : null,
      error: 'error' in result ? result.error : null,
      nextAttemptAt: earliestRetryAt(new Date(), attempt, this.config.webhooks.retryDelaySeconds),
    });
    if (result.outcome !== 'succeeded') {
      if (last) this.logger.warn(`webhook delivery ${deliveryId} failed after ${attempt} attempts`);
      throw new AttemptFailed(describe(result));
    }
  }
}

function describe(result: AttemptResult): string {
  return 'error' in result ? result.error : `HTTP ${result.statusCode}`;
}
