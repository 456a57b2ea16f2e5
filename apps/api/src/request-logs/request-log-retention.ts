import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PrismaService } from '../database/prisma.service';
import { RequestLogsRepository } from './request-logs.repository';

/** How long a request stays in the log. */
export const REQUEST_LOG_RETENTION_DAYS = 30;
const EVERY_MS = 10 * 60_000;
/** Rows one DELETE removes at most, so none holds its locks for long ... */
const BATCH = 5_000;
/** ... and batches per sweep at most (a million rows every 10 minutes: far above what any day writes). */
const MAX_BATCHES = 200;
const DAY_MS = 86_400_000;

/**
 * Deletes request log rows 30 days old, in bounded batches, every 10 minutes in every process, as
 * MaintenanceService does for the other bookkeeping tables (the deletes are idempotent). Not in tests:
 * they call sweep().
 */
@Injectable()
export class RequestLogRetention implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('RequestLog');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly prisma: PrismaService,
    private readonly repository: RequestLogsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.nodeEnv === 'test') return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.sweep()
        .catch((error: unknown) => this.logger.warn({ err: error }, 'request log sweep failed'))
        .finally(() => {
          this.running = undefined;
        });
    }, EVERY_MS);
    this.timer.unref();
  }

  /**
   * Waits for a sweep under way. In onModuleDestroy, not onApplicationShutdown: the database's module
   * closes its pool in its own onModuleDestroy, and a global module is destroyed last, so this runs first.
   */
  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Deletes the rows older than the retention (as of `now`); how many it deleted. */
  async sweep(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - REQUEST_LOG_RETENTION_DAYS * DAY_MS);
    let deleted = 0;
    for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
      const count = await this.repository.deleteOlderThan(this.prisma, cutoff, BATCH);
      deleted += count;
      if (count < BATCH) break;
    }
    return deleted;
  }
}
