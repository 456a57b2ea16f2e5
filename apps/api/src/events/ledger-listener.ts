import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import pg from 'pg';
import { APP_CONFIG, type AppConfig, sessionUrl } from '../config/config';

/** The channel the transactions table's trigger notifies (see its migration). */
const CHANNEL = 'wallet_ledger';
const RECONNECT_MS = 1_000;
const PAYLOAD = /^([0-9a-f-]{36}):(\d{1,19}):(\d{1,19})$/;

/** A statement appended ledger rows for `ownerId`, with seqs in [fromSeq, toSeq] (committed). */
export interface LedgerNotice {
  ownerId: string;
  fromSeq: bigint;
  toSeq: bigint;
}

export interface LedgerHandlers {
  rows(notice: LedgerNotice): void;
  /** The channel dropped: what was committed meanwhile may never be heard of. */
  lost(): void;
}

/**
 * One LISTEN connection per process for new ledger rows, whoever wrote them (any API process, a CLI,
 * psql): the trigger on transactions notifies at commit. Reconnects every second while it is lost, in
 * the way CredentialCache does; while it is lost, `listening` is false and nothing is heard.
 */
@Injectable()
export class LedgerListener implements OnModuleDestroy {
  private readonly logger = new Logger('LedgerListener');
  private client: pg.Client | null = null;
  private handlers: LedgerHandlers | null = null;
  private closed = false;
  private retry: NodeJS.Timeout | null = null;
  private lostSince: number | null = null;
  listening = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async start(handlers: LedgerHandlers): Promise<void> {
    this.handlers = handlers;
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    this.listening = false;
    await this.client?.end().catch(() => {});
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({
      connectionString: sessionUrl(this.config),
      connectionTimeoutMillis: this.config.dbConnectTimeoutMs,
      keepAlive: true,
    });
    client.on('notification', (message) => this.heard(message.payload));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      if (this.closed) {
        await client.end();
        return;
      }
      this.client = client;
      this.listening = true;
      if (this.lostSince !== null) {
        this.logger.log({ lostMs: Date.now() - this.lostSince }, 'the ledger channel is back');
        this.lostSince = null;
      }
    } catch (error) {
      this.lost(client, error);
    }
  }

  private heard(payload: string | undefined): void {
    const match = PAYLOAD.exec(payload ?? '');
    if (!match?.[1] || !match[2] || !match[3]) return;
    this.handlers?.rows({ ownerId: match[1], fromSeq: BigInt(match[2]), toSeq: BigInt(match[3]) });
  }

  private lost(client: pg.Client, error?: unknown): void {
    // An older connection ending after a newer one took over loses nothing.
    if (this.listening && this.client !== client) return;
    const wasListening = this.listening;
    this.listening = false;
    this.client = null;
    if (wasListening) this.handlers?.lost();
    if (this.closed || this.retry) return;
    if (error && this.lostSince === null) {
      this.logger.warn({ err: error }, 'lost the ledger channel; event streams end until it is back');
    }
    this.lostSince ??= Date.now();
    client.end().catch(() => {});
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.listen();
    }, RECONNECT_MS);
    this.retry.unref();
  }
}
