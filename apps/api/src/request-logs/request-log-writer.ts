import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { isDatabaseUnavailable } from '../database/db';
import { PrismaService } from '../database/prisma.service';
import { type NewRequestLog, RequestLogsRepository } from './request-logs.repository';

/** How often the rows noted since the last write are written. */
export const FLUSH_INTERVAL_MS = 1_000;
/** Rows per INSERT; this many waiting are written at once, without waiting for the timer. */
const BATCH_ROWS = 500;
/**
 * Rows held at most (while the database is away): past this, new rows are dropped and counted, so a
 * long outage cannot grow the process's memory without bound.
 */
const MAX_WAITING = 20_000;

/**
 * Writes the request log off the request's path: a finished request's row is pushed onto a list in
 * memory (no database round trip on the request), and the list is written every second, or once 500
 * rows wait, as one multi-row INSERT. A failed write is tried again while the database is away (the rows
 * are kept, up to MAX_WAITING); any other failure drops that batch with an error in the log, so one bad
 * row cannot block the rest. At shutdown what waits is written. What a crash loses is the last second's
 * rows: this is a log, not the ledger.
 */
@Injectable()
export class RequestLogWriter implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('RequestLog');
  private waiting: NewRequestLog[] = [];
  private dropped = 0;
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> | undefined;

  constructor(
    private readonly prisma: PrismaService,
    private readonly repository: RequestLogsRepository,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.flush(), FLUSH_INTERVAL_MS);
    this.timer.unref();
  }

  /** Before the database's module closes its pool (a global module is destroyed last). */
  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flush();
  }

  /** Notes one request's row; written with the next batch. */
  note(row: NewRequestLog): void {
    if (this.waiting.length >= MAX_WAITING) {
      this.dropped += 1;
      return;
    }
    this.waiting.push(row);
    if (this.waiting.length >= BATCH_ROWS && !this.writing) void this.flush();
  }

  /** Writes every row noted so far (waits for a write under way first); never throws. */
  async flush(): Promise<void> {
    while (this.writing) await this.writing;
    if (this.waiting.length === 0) return this.reportDropped();
    this.writing = this.writeAll().finally(() => {
      this.writing = undefined;
    });
    await this.writing;
  }

  private async writeAll(): Promise<void> {
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0, BATCH_ROWS);
      try {
        await this.repository.insertMany(this.prisma, batch);
      } catch (error) {
        if (isDatabaseUnavailable(error)) {
          // Back in front, in order, to be tried at the next tick; what no longer fits is dropped.
          const kept = [...batch, ...this.waiting];
          this.dropped += Math.max(0, kept.length - MAX_WAITING);
          this.waiting = kept.slice(0, MAX_WAITING);
          return;
        }
        this.logger.error({ err: error }, `could not write ${batch.length} request log rows; dropped them`);
      }
    }
    this.reportDropped();
  }

  private reportDropped(): void {
    if (this.dropped === 0) return;
    this.logger.warn(`dropped ${this.dropped} request log rows: the database was away too long`);
    this.dropped = 0;
  }
}
