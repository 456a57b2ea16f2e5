import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PrismaService } from '../database/prisma.service';

const EVERY_MS = 10 * 60_000;
/** Rows one sweep deletes per table at most, so a sweep never holds locks for long. */
const BATCH = 5_000;
/** How long webhook events and their deliveries stay listed (the retry window is about a day). */
const WEBHOOK_RETENTION_DAYS = 30;

/**
 * Keeps the bookkeeping tables bounded: idempotency keys past their retention, sessions long expired
 * or revoked, webhook events and deliveries after 30 days. The ledger is never touched. Every process
 * sweeps; the deletes are idempotent.
 */
@Injectable()
export class MaintenanceService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Maintenance');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.nodeEnv === 'test') return;
    this.timer = setInterval(() => {
      this.sweep().catch((error: unknown) => this.logger.warn({ err: error }, 'maintenance sweep failed'));
    }, EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async sweep(): Promise<{
    idempotencyKeys: number;
    sessions: number;
    webhookEvents: number;
    webhookEndpoints: number;
  }> {
    const hours = this.config.idempotencyKeyTtlHours;
    const idempotencyKeys = await this.prisma.$executeRaw`
      DELETE FROM idempotency_keys WHERE id IN (
        SELECT id FROM idempotency_keys WHERE created_at < now() - ${hours} * interval '1 hour' LIMIT ${BATCH})`;
    const sessions = await this.prisma.$executeRaw`
      DELETE FROM sessions WHERE id IN (
        SELECT id FROM sessions
        WHERE expires_at < now() - interval '7 days' OR revoked_at < now() - interval '7 days' LIMIT ${BATCH})`;
    // Webhook events (and their deliveries, by cascade) 30 days after they were written, once none is
    // still being tried; endpoints deleted 30 days ago with what is left of their deliveries.
    const webhookEvents = await this.prisma.$executeRaw`
      DELETE FROM webhook_events WHERE id IN (
        SELECT e.id FROM webhook_events e
        WHERE e.created_at < now() - ${WEBHOOK_RETENTION_DAYS} * interval '1 day'
          AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.event_id = e.id AND d.status = 'pending')
        LIMIT ${BATCH})`;
    const webhookEndpoints = await this.prisma.$executeRaw`
      DELETE FROM webhook_endpoints WHERE id IN (
        SELECT id FROM webhook_endpoints
        WHERE deleted_at < now() - ${WEBHOOK_RETENTION_DAYS} * interval '1 day' LIMIT ${BATCH})`;
    return { idempotencyKeys, sessions, webhookEvents, webhookEndpoints };
  }
}
