import type { Logger } from '@nestjs/common';
import pg from 'pg';
import { warnUnlessStopping } from './stopping';

const RECONNECT_MS = 1_000;

export interface ChannelOptions {
  /** A direct (session) connection: a transaction pooler does not deliver notifications. */
  url: string;
  connectTimeoutMs: number;
  channel: string;
  logger: Logger;
  /** How the logs name the channel, e.g. 'the ledger channel'. */
  name: string;
  /** What the process does while the channel is lost, said in the warning. */
  whileLost: string;
  notification(payload: string | undefined): void;
  /** The channel dropped after it had been up: what was notified meanwhile may never be heard. */
  lost(): void;
}

/**
 * One LISTEN connection of its own, kept up: when it drops (the database restarted, the network cut it),
 * `listening` turns false at once and it reconnects every second until it is back. The loss is logged
 * once (not at every failed reconnect while the database is away) and the return once.
 */
export class ChannelListener {
  private client: pg.Client | null = null;
  private closed = false;
  private retry: NodeJS.Timeout | null = null;
  /** When the channel was lost, while it is. */
  private lostSince: number | null = null;
  listening = false;

  constructor(private readonly options: ChannelOptions) {}

  async start(): Promise<void> {
    await this.listen();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    this.listening = false;
    await this.client?.end().catch(() => {});
  }

  private async listen(): Promise<void> {
    const { options } = this;
    const client = new pg.Client({
      connectionString: options.url,
      connectionTimeoutMillis: options.connectTimeoutMs,
      keepAlive: true,
    });
    client.on('notification', (message) => options.notification(message.payload));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${options.channel}`);
      if (this.closed) {
        await client.end();
        return;
      }
      this.client = client;
      this.listening = true;
      if (this.lostSince !== null) {
        options.logger.log({ lostMs: Date.now() - this.lostSince }, `${options.name} is back`);
        this.lostSince = null;
      }
    } catch (error) {
      this.lost(client, error);
    }
  }

  private lost(client: pg.Client, error?: unknown): void {
    // An older connection ending after a newer one took over loses nothing.
    if (this.listening && this.client !== client) return;
    const wasListening = this.listening;
    this.listening = false;
    this.client = null;
    if (wasListening) this.options.lost();
    if (this.closed || this.retry) return;
    if (error && this.lostSince === null) {
      const { logger, name, whileLost } = this.options;
      warnUnlessStopping(
        error,
        () => logger.warn({ err: error }, `lost ${name}; ${whileLost}`),
        () => logger.debug(`${name} ended: this process is stopping`),
      );
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
