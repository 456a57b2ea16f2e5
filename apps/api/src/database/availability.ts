import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { databaseTrouble, sqlState } from './db';
import { isStopping, SIGNAL_GRACE_MS, serverShuttingDown } from './stopping';

/** Injection token of an availability's log name (unset: 'Database'). */
export const AVAILABILITY_LABEL = Symbol('AVAILABILITY_LABEL');

/**
 * Whether the database answers, as the connections in this process see it. An outage is logged once
 * when it starts (the first failure after an answer) and once when it ends (the first answer after a
 * failure), however many requests fail in between: those are 503s in the request log, not errors.
 * Fed by every connection of the pool (see pool.ts), so the readiness check and requests agree.
 */
@Injectable()
export class DatabaseAvailability {
  private readonly logger: Logger;
  private down: { sinceMs: number; failures: number } | null = null;
  /** When the database last came back after an outage (0: it never went away). */
  private backSinceMs = 0;
  /** The outage's warning, held back a moment while it may be this process stopping. */
  private pendingWarning: (() => void) | null = null;

  /** `label` names the logger: the request database is 'Database'; a read replica has its own. */
  constructor(@Optional() @Inject(AVAILABILITY_LABEL) label?: string) {
    this.logger = new Logger(label ?? 'Database');
  }

  get available(): boolean {
    return this.down === null;
  }

  /** The server answered something (a result, or an SQL error of its own): it is there. */
  answered(): void {
    if (!this.down) return;
    this.pendingWarning?.();
    const { sinceMs, failures } = this.down;
    this.down = null;
    this.backSinceMs = Date.now();
    this.logger.log({ downMs: Date.now() - sinceMs, failures }, 'database available again');
  }

  /**
   * A connection or statement failed; only a failure that says "no server" marks the database down. A
   * connection opened before the database last came back (`openedAtMs`) died with the outage that is
   * over: the pool drops it, and it says nothing about the server now (after a restart, each idle pooled
   * connection fails once when next used; counting those would log the outage again).
   */
  failed(error: unknown, openedAtMs?: number): void {
    if (databaseTrouble(error) !== 'unreachable') return;
    if (!this.down && openedAtMs !== undefined && openedAtMs < this.backSinceMs) return;
    if (this.down) {
      this.down.failures++;
      return;
    }
    this.down = { sinceMs: Date.now(), failures: 1 };
    const reason = describe(error);
    const warn = () => {
      this.pendingWarning = null;
      this.logger.warn({ reason }, 'database unavailable');
    };
    const quiet = () => {
      this.pendingWarning = null;
      this.logger.debug({ reason }, 'the database stopped with this process');
    };
    if (isStopping()) quiet();
    else if (!serverShuttingDown(error)) warn();
    else {
      // Maybe this process's own Ctrl-C, a moment early (see SIGNAL_GRACE_MS); said at once if it comes back.
      this.pendingWarning = warn;
      setTimeout(
        () => this.pendingWarning === warn && (isStopping() ? quiet() : warn()),
        SIGNAL_GRACE_MS,
      ).unref();
    }
  }
}

/** A short reason for the log: an SQLSTATE, an errno, or the driver's message; never a stack or SQL. */
function describe(error: unknown): string {
  const record = (error ?? {}) as { code?: unknown; message?: unknown };
  return (
    sqlState(error) ??
    (typeof record.code === 'string' ? record.code : undefined) ??
    (typeof record.message === 'string' ? record.message.slice(0, 120) : 'unknown')
  );
}
