import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import pg from 'pg';
import { APP_CONFIG, type AppConfig, sessionUrl } from '../config/config';
import type { Db } from '../database/db';
import type { Caller } from './caller';

/** How long a process trusts a credential it has looked up, at most. */
export const CREDENTIAL_CACHE_MS = 5_000;
/** Credentials one process remembers at once. */
const MAX_ENTRIES = 50_000;
const CHANNEL = 'wallet_credentials_revoked';
const RECONNECT_MS = 1_000;

/**
 * Live credentials (an API key's or a session token's hash -> its caller), remembered for a few seconds
 * so a request does not look its credential up in PostgreSQL every time.
 *
 * Revocation reaches every process at once: revoking a key or ending a session sends a NOTIFY in the
 * same database transaction, and every process LISTENs and forgets all it remembers when one arrives
 * (revocations are rare; requests are not). While a process is not listening (its connection dropped),
 * it remembers nothing, so a revoked credential never outlives its revocation by more than the delivery
 * of one notification.
 *
 * Without the channel (config.listenForRevocations false: the serverless function, whose instances are
 * frozen between requests and reach the database through a transaction pooler that delivers no
 * notifications), a process still remembers credentials, each for CREDENTIAL_CACHE_MS at most: a
 * revocation reaches the other instances within that bound. Ages are measured on the wall clock, read at
 * every lookup, so an instance thawed after a long freeze does not find its entries younger than they are.
 */
@Injectable()
export class CredentialCache implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('CredentialCache');
  private readonly entries = new LRUCache<string, Caller>({
    max: MAX_ENTRIES,
    ttl: CREDENTIAL_CACHE_MS,
    perf: Date,
    ttlResolution: 0,
  });
  private listener: pg.Client | null = null;
  private listening = false;
  private closed = false;
  private retry: NodeJS.Timeout | null = null;
  /** When the channel was lost, while it is (one warning per loss, one line when it is back). */
  private lostSince: number | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.listenForRevocations) return;
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    this.listening = false;
    await this.listener?.end().catch(() => {});
  }

  get(hash: string): Caller | undefined {
    return this.trusting() ? this.entries.get(hash) : undefined;
  }

  /** Remembers a live credential, never past `expiresAt` (a session's end). */
  set(hash: string, caller: Caller, expiresAt?: Date): void {
    if (!this.trusting()) return;
    const ttl = Math.min(
      CREDENTIAL_CACHE_MS,
      (expiresAt?.getTime() ?? Number.POSITIVE_INFINITY) - Date.now(),
    );
    if (ttl > 0) this.entries.set(hash, caller, { ttl });
  }

  /** Tells every process, when `tx` commits, to forget what it remembers. */
  async announceRevocation(tx: Db): Promise<void> {
    this.entries.clear();
    await tx.$executeRaw`SELECT pg_notify(${CHANNEL}, '')`;
  }

  /** Whether remembered credentials may be used: while the channel is up, or always without one. */
  private trusting(): boolean {
    return this.listening || !this.config.listenForRevocations;
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: sessionUrl(this.config) });
    client.on('notification', () => this.entries.clear());
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      if (this.closed) {
        await client.end();
        return;
      }
      this.listener = client;
      this.listening = true;
      if (this.lostSince !== null) {
        this.logger.log({ lostMs: Date.now() - this.lostSince }, 'the revocation channel is back');
        this.lostSince = null;
      }
    } catch (error) {
      this.lost(client, error);
    }
  }

  private lost(client: pg.Client, error?: unknown): void {
    // An older connection ending after a newer one took over loses nothing.
    if (this.listening && this.listener !== client) return;
    this.listening = false;
    this.listener = null;
    this.entries.clear();
    if (this.closed || this.retry) return;
    // Said once per loss, not at every failed reconnect while the database is away.
    if (error && this.lostSince === null) {
      this.logger.warn({ err: error }, 'lost the revocation channel; looking credentials up every time');
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
