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
 * Rows of one API key held at most (waiting or being written): past this, that key's new rows are
 * dropped and counted. A key's refused requests cost it almost nothing (a missing-scope 403 is not even
 * rate limited), so without this one key could fill MAX_WAITING and crowd every other user's rows out.
 * Far above what a key writes in a second (the flush interval) at any tier's rate.
 */
export const MAX_WAITING_PER_KEY = 2_000;
/** Keys named at most in one warning about dropped rows (the rest are summed). */
const KEYS_NAMED = 20;

/**
 * Writes the request log off the request's path: a finished request's row is pushed onto a list in
 * memory (no database round trip on the request), and the list is written every second, or once 500
 * rows wait, as one multi-row INSERT. A failed write is tried again while the database is away (the rows
 * are kept, up to MAX_WAITING, and up to MAX_WAITING_PER_KEY of one key); any other failure drops that
 * batch with an error in the log, so one bad row cannot block the rest. At shutdown what waits is written
 * once more; if that fails too (the database is away), the rows are dropped with a warning saying how
 * many. What a crash loses is the last second's rows: this is a log, not the ledger.
 */
@Injectable()
export class RequestLogWriter implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('RequestLog');
  private waiting: NewRequestLog[] = [];
  private dropped = 0;
  /** Rows held per key (waiting or being written); a key with none has no entry. */
  private readonly heldByKey = new Map<string, number>();
  /** Rows dropped per key for being over MAX_WAITING_PER_KEY, since the last warning. */
  private readonly overBudget = new Map<string, number>();
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
    if (this.waiting.length > 0) {
      this.logger.warn(
        `shutting down: dropped ${this.waiting.length} request log rows the database did not take (it is away)`,
      );
      this.release(this.waiting);
      this.waiting = [];
    }
  }

  /** Notes one request's row; written with the next batch. */
  note(row: NewRequestLog): void {
    const held = this.heldByKey.get(row.apiKeyId) ?? 0;
    if (held >= MAX_WAITING_PER_KEY) {
      this.overBudget.set(row.apiKeyId, (this.overBudget.get(row.apiKeyId) ?? 0) + 1);
      return;
    }
    if (this.waiting.length >= MAX_WAITING) {
      this.dropped += 1;
      return;
    }
    this.heldByKey.set(row.apiKeyId, held + 1);
    this.waiting.push(row);
    if (this.waiting.length >= BATCH_ROWS && !this.writing) void this.flush();
  }

  /** Writes every row noted so far (waits for a write under way first); never throws. */
  async flush(): Promise<void> {
    while (this.writing) await this.writing;
    if (this.waiting.length > 0) {
      this.writing = this.writeAll().finally(() => {
        this.writing = undefined;
      });
      await this.writing;
    }
    this.reportDropped();
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
          this.release(kept.slice(MAX_WAITING));
          this.waiting = kept.slice(0, MAX_WAITING);
          return;
        }
        this.logger.error({ err: error }, `could not write ${batch.length} request log rows; dropped them`);
      }
      this.release(batch);
    }
  }

  /** Rows no longer held (written or dropped): off their keys' counts. */
  private release(rows: NewRequestLog[]): void {
    for (const row of rows) {
      const held = (this.heldByKey.get(row.apiKeyId) ?? 0) - 1;
      if (held > 0) this.heldByKey.set(row.apiKeyId, held);
      else this.heldByKey.delete(row.apiKeyId);
    }
  }

  /** At most one warning per flush of each kind: the keys over their budget, and the rows over MAX_WAITING. */
  private reportDropped(): void {
    if (this.overBudget.size > 0) {
      const counts = [...this.overBudget].sort((a, b) => b[1] - a[1]);
      const named = counts.slice(0, KEYS_NAMED).map(([keyId, count]) => `${keyId}: ${count}`);
      const others = counts.slice(KEYS_NAMED).reduce((sum, [, count]) => sum + count, 0);
      this.logger.warn(
        `dropped request log rows of keys over their ${MAX_WAITING_PER_KEY} rows waiting: ${named.join(', ')}` +
          (others > 0 ? ` (and ${others} of ${counts.length - KEYS_NAMED} other keys)` : ''),
      );
      this.overBudget.clear();
    }
    if (this.dropped === 0) return;
    this.logger.warn(`dropped ${this.dropped} request log rows: the database was away too long`);
    this.dropped = 0;
  }
}
