import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { APP_CONFIG, type AppConfig, sessionUrl } from '../config/config';
import { ChannelListener } from '../database/channel-listener';
import type { Db } from '../database/db';
import type { Caller } from './caller';

/** How long a process trusts a credential it has looked up, at most. */
export const CREDENTIAL_CACHE_MS = 5_000;
/** Credentials one process remembers at once. */
const MAX_ENTRIES = 50_000;
const CHANNEL = 'wallet_credentials_revoked';

/** Told of a revocation: the user whose credential went, or undefined for anyone's. */
export type RevocationListener = (userId: string | undefined) => void;

/**
 * Live credentials (an API key's or a session token's hash -> its caller), remembered for a few seconds
 * so a request does not look its credential up in PostgreSQL every time.
 *
 * Revocation reaches every process at once: revoking a key or ending a session sends a NOTIFY in the
 * same database transaction, and every process LISTENs and forgets all it remembers when one arrives
 * (revocations are rare; requests are not). The notice names the user whose credential went, so that
 * what outlives a request (an open event stream) can check its own credential again at once
 * (onRevocation). While a process is not listening (its connection dropped),
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
  private channel: ChannelListener | null = null;
  private readonly revocationListeners = new Set<RevocationListener>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.listenForRevocations) return;
    this.channel = new ChannelListener({
      url: sessionUrl(this.config),
      connectTimeoutMs: this.config.dbConnectTimeoutMs,
      channel: CHANNEL,
      logger: this.logger,
      name: 'the revocation channel',
      whileLost: 'looking credentials up every time',
      notification: (payload) => this.revoked(payload),
      lost: () => this.entries.clear(),
    });
    await this.channel.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.channel?.close();
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

  /**
   * Tells every process, this one included, when `tx` commits, to forget what it remembers and that a
   * credential of `userId` is gone.
   */
  async announceRevocation(tx: Db, userId: string): Promise<void> {
    this.entries.clear();
    await tx.$executeRaw`SELECT pg_notify(${CHANNEL}, ${userId})`;
  }

  /**
   * Calls `listener` on each revocation heard, once it has committed, with the user whose credential
   * went (undefined: anyone's). Returns what unsubscribes it.
   */
  onRevocation(listener: RevocationListener): () => void {
    this.revocationListeners.add(listener);
    return () => this.revocationListeners.delete(listener);
  }

  private revoked(payload: string | undefined): void {
    this.entries.clear();
    const userId = payload ? payload : undefined;
    for (const listener of this.revocationListeners) {
      try {
        listener(userId);
      } catch (error) {
        this.logger.error({ err: error }, 'a revocation listener failed');
      }
    }
  }

  /** Whether remembered credentials may be used: while the channel is up, or always without one. */
  private trusting(): boolean {
    return this.channel?.listening === true || !this.config.listenForRevocations;
  }
}
