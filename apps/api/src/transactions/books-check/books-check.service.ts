import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import pg from 'pg';
import { APP_CONFIG, type AppConfig, sessionUrl } from '../../config/config';
import { type BooksReport, checkBooks, type LatestBooksCheck, latestBooksCheck } from './books-check';

/** The latest check's result as any process can read it (the metrics port shows it). */

/**
 * Checks the books incrementally every LEDGER_CHECK_INTERVAL_SECONDS. Every API process keeps a timer,
 * but the check itself runs once per period across all of them: an advisory lock lets one process in,
 * and a process skips when another finished a check less than half a period ago. A discrepancy is
 * logged at error level, with what it is; the result is kept in ledger_checks.
 */
@Injectable()
export class BooksCheckService implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    // This application's own logger (not Nest's process-wide one), so its lines go where its requests' go.
    @InjectPinoLogger('LedgerCheck') private readonly logger: PinoLogger,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.ledgerCheckIntervalSeconds;
    if (seconds === 0) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.runScheduled().finally(() => {
        this.running = undefined;
      });
    }, seconds * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** One scheduled check: null when another process has it (or just had it). Never throws. */
  async runScheduled(): Promise<BooksReport | null> {
    try {
      const report = await this.withClient((client) =>
        checkBooks(client, {
          mode: 'incremental',
          whenBusy: 'skip',
          minGapMs: (this.config.ledgerCheckIntervalSeconds * 1000) / 2,
        }),
      );
      if (report && !report.ok) {
        this.logger.error(
          { discrepancies: report.discrepancies, found: report.found.slice(0, 20), digest: report.digest },
          `ledger check found ${report.discrepancies} discrepancies: run \`pnpm books:check\` for the report`,
        );
      } else if (report) {
        this.logger.info(
          {
            walletsChecked: report.walletsChecked,
            rowsChecked: report.rowsChecked,
            rowsHashed: report.rowsHashed,
            durationMs: report.durationMs,
            // Logged so it lives outside the database: `pnpm books:check --expect-digest=<it>` later.
            digest: report.digest,
          },
          'ledger check: the books balance',
        );
      }
      return report;
    } catch (error) {
      this.logger.warn({ err: error }, 'ledger check could not run');
      return null;
    }
  }

  /**
   * An incremental check now, asked for by an operator: null when another check (scheduled, or
   * `pnpm books:check`) holds the lock; a request does not wait behind a full check of a large ledger.
   */
  async runNow(): Promise<BooksReport | null> {
    return this.withClient((client) => checkBooks(client, { mode: 'incremental', whenBusy: 'skip' }));
  }

  /** The latest finished check, from any process. */
  async latest(): Promise<LatestBooksCheck | null> {
    return this.withClient(latestBooksCheck);
  }

  /** A connection of its own: a long check must not hold one of the request pool's. */
  private async withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({
      connectionString: sessionUrl(this.config),
      connectionTimeoutMillis: 10_000,
    });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end().catch(() => {});
    }
  }
}
