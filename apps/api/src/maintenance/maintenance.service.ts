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

/**
 * Keeps the bookkeeping tables bounded: idempotency keys past their retention, sessions long expired
 * or revoked. The ledger is never touched. Every process sweeps; the deletes are idempotent.
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

  async sweep(): Promise<{ idempotencyKeys: number; sessions: number }> {
    const hours = this.config.idempotencyKeyTtlHours;
    const idempotencyKeys = await this.prisma.$executeRaw`
      DELETE FROM idempotency_keys WHERE id IN (
        SELECT id FROM idempotency_keys WHERE created_at < now() - ${hours} * interval '1 hour' LIMIT ${BATCH})`;
    const sessions = await this.prisma.$executeRaw`
      DELETE FROM sessions WHERE id IN (
        SELECT id FROM sessions
        WHERE expires_at < now() - interval '7 days' OR revoked_at < now() - interval '7 days' LIMIT ${BATCH})`;
    return { idempotencyKeys, sessions };
  }
}
