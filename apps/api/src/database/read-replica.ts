import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PrismaClient } from '../generated/prisma/client';
import { DatabaseAvailability } from './availability';
import { type Db, databaseTrouble } from './db';
import { poolConfig } from './pool';
import { PrismaService } from './prisma.service';

/** How often the primary's WAL position and the replica's replay position are sampled. */
export const PROBE_INTERVAL_MS = 200;
/** A probe that has not succeeded for this long means the replica is away. */
const PROBE_STALE_MS = 2_000;
/** Samples and remembered writes are kept this long; an older write is on any replica within the lag bound. */
const REMEMBER_MS = 60_000;

/** Where a read went. */
export type ReadTarget = 'replica' | 'primary';

/**
 * Reads that may lag (wallet lists, history, statements, a transaction's detail) go to a streaming
 * replica when DATABASE_REPLICA_URL is set; money moves only on the primary. A read goes to the primary
 * instead when the replica is away (unreachable, or its probe is stale), behind by more than
 * REPLICA_MAX_LAG_MS, or has not yet replayed the reader's own latest write.
 *
 * Lag, from two positions every 200 ms: the primary's WAL position (pg_current_wal_lsn) sampled at a
 * known time, and the replica's replay position. Every commit that finished before a sample was taken
 * is at or below that sample's position, so the replica holds everything committed before the newest
 * sample it has replayed; the lag is how long ago the oldest sample it has not replayed was taken.
 *
 * Read-your-own-writes: this process notes the time of each owner's write (every request that may write,
 * when it answers; and every ledger row any process commits for the owner, from the ledger channel). A
 * read for that owner uses the replica only once the replica has replayed a sample taken after it, so a
 * transfer's answer, the history right after it and a payment someone else just made are never missing.
 * The one gap: another process's write the ledger channel has not delivered yet (milliseconds), or a
 * wallet created on another process; the load balancer keeps one credential on one node (see the
 * cluster's nginx.conf), so a client's next request finds the process that wrote.
 *
 * Why not @prisma/extension-read-replicas: it routes every read of a client to a random replica with
 * no health, no lag and no read-your-own-writes; all three are the point here. This is the same idea
 * (a second PrismaClient on the replica's pool) with the choice made per read.
 */
@Injectable()
export class ReadReplica implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('ReadReplica');
  private readonly replica: PrismaClient | undefined;
  private readonly pool: pg.Pool | undefined;
  private readonly maxLagMs: number;
  /** The primary's WAL position over time: ascending in both. */
  private samples: { atMs: number; lsn: bigint }[] = [];
  private replayed = -1n;
  private lastProbeOkMs = 0;
  private timer: NodeJS.Timeout | undefined;
  private probing = false;
  /** Owner id → when this process last learned of a write of theirs. */
  private readonly writes = new Map<string, number>();
  /** Whether reads may go to the replica: logged when it changes. */
  private usable = false;
  /** Told where each read went (the metrics count them). */
  onRead: (target: ReadTarget) => void = () => {};

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly primary: PrismaService,
  ) {
    this.maxLagMs = config.replica?.maxLagMs ?? 0;
    if (!config.replica) return;
    // A pool and an availability of its own: the replica going away must not mark the primary down.
    const availability = new DatabaseAvailability('Replica');
    this.pool = new pg.Pool(poolConfig({ ...config, databaseUrl: config.replica.url }, availability));
    this.replica = new PrismaClient({
      adapter: new PrismaPg(this.pool, {
        onPoolError: () => {},
        onConnectionError: () => {},
        disposeExternalPool: true,
      }),
    });
  }

  get configured(): boolean {
    return this.replica !== undefined;
  }

  onModuleInit(): void {
    if (!this.replica) return;
    this.timer = setInterval(() => void this.probe(), PROBE_INTERVAL_MS);
    this.timer.unref();
    void this.probe();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.replica?.$disconnect();
  }

  /** A write of `ownerId`'s has committed, or may have (called after it, so the time is not early). */
  noteWrite(ownerId: string): void {
    if (!this.replica) return;
    this.writes.delete(ownerId);
    this.writes.set(ownerId, Date.now());
  }

  /**
   * Runs `work` on the replica when it may serve `ownerId` now, else on the primary. Whatever goes wrong
   * on the replica is not the reader's problem: the same read runs again on the primary, whose answer
   * (or error) is the one that counts. That covers a replica going away mid-read (a pooler's or a
   * shutting-down server's error, whatever its code), a conflict with recovery, and a "not found" for
   * something the replica has not replayed yet. Only reads: `work` must not write or need a transaction.
   */
  async read<T>(ownerId: string, work: (db: Db) => Promise<T>): Promise<T> {
    if (!this.replica || !this.mayServe(ownerId)) {
      this.onRead('primary');
      return work(this.primary);
    }
    try {
      const result = await work(this.replica);
      this.onRead('replica');
      return result;
    } catch (error) {
      return this.onPrimaryAfter(error, work);
    }
  }

  /**
   * The next part of a long read that began on `db` (a statement's next page). If `db` is the replica and
   * the part fails there, it runs on the primary, and the read goes on there: the caller keeps the
   * returned `db`. Only for reads of what never changes once written (ledger rows up to a known seq),
   * which the primary holds whenever the replica did.
   */
  async resume<T>(db: Db, work: (db: Db) => Promise<T>): Promise<{ db: Db; value: T }> {
    if (db !== this.replica) return { db, value: await work(db) };
    try {
      return { db, value: await work(db) };
    } catch (error) {
      return { db: this.primary, value: await this.onPrimaryAfter(error, work) };
    }
  }

  /** A read failed on the replica: a replica out of reach is marked away, and the read runs on the primary. */
  private onPrimaryAfter<T>(error: unknown, work: (db: Db) => Promise<T>): Promise<T> {
    if (databaseTrouble(error) === 'unreachable') this.away(error);
    this.onRead('primary');
    return work(this.primary);
  }

  /** How far behind the replica is, in ms (null: no replica, or it is away). */
  get lagMs(): number | null {
    if (!this.replica || !this.fresh()) return null;
    const behind = this.samples.find((sample) => sample.lsn > this.replayed);
    return behind ? Date.now() - behind.atMs : 0;
  }

  /** How far behind the replica is in WAL bytes (null: no replica, or it is away). */
  get lagBytes(): number | null {
    const newest = this.samples.at(-1);
    if (!this.replica || !this.fresh() || !newest) return null;
    return Number(newest.lsn > this.replayed ? newest.lsn - this.replayed : 0n);
  }

  /** What the readiness check reports: none, ok, lagging (reads go to the primary) or unavailable. */
  get state(): 'none' | 'ok' | 'lagging' | 'unavailable' {
    if (!this.replica) return 'none';
    const lag = this.lagMs;
    if (lag === null) return 'unavailable';
    return lag > this.maxLagMs ? 'lagging' : 'ok';
  }

  private mayServe(ownerId: string): boolean {
    if (this.state !== 'ok') return false;
    const wroteAt = this.writes.get(ownerId);
    if (wroteAt === undefined) return true;
    // The first sample taken after the write: the replica has the write once it has replayed that.
    const after = this.samples.find((sample) => sample.atMs > wroteAt);
    return after !== undefined && after.lsn <= this.replayed;
  }

  private fresh(): boolean {
    return Date.now() - this.lastProbeOkMs <= PROBE_STALE_MS;
  }

  private async probe(): Promise<void> {
    if (this.probing || !this.pool) return;
    this.probing = true;
    try {
      // The time first: everything committed before it is at or below the position read after it.
      const atMs = Date.now();
      const [primary] = await this.primary.$queryRaw<
        { lsn: string }[]
      >`SELECT pg_current_wal_lsn()::text AS lsn`;
      const { rows } = await this.pool.query<{ lsn: string }>(
        'SELECT (CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_lsn() END)::text AS lsn',
      );
      if (!primary || !rows[0]?.lsn) throw new Error('the replica has replayed nothing yet');
      this.samples.push({ atMs, lsn: parseLsn(primary.lsn) });
      this.replayed = parseLsn(rows[0].lsn);
      this.lastProbeOkMs = Date.now();
    } catch (error) {
      this.away(error);
    } finally {
      this.probing = false;
      this.forget();
      this.sayWhetherUsable();
    }
  }

  private away(error: unknown): void {
    this.lastProbeOkMs = 0;
    if (this.usable) {
      this.logger.warn(
        { reason: error instanceof Error ? error.message.slice(0, 120) : 'unknown' },
        'replica away',
      );
    }
    this.sayWhetherUsable();
  }

  private sayWhetherUsable(): void {
    const usable = this.state === 'ok';
    if (usable === this.usable) return;
    this.usable = usable;
    if (usable) this.logger.log({ lagMs: this.lagMs }, 'reads go to the replica');
    else this.logger.warn({ state: this.state, lagMs: this.lagMs }, 'reads go to the primary');
  }

  /** Drops samples and writes older than REMEMBER_MS; keeps the newest sample the replica has replayed. */
  private forget(): void {
    const horizon = Date.now() - REMEMBER_MS;
    while (this.samples.length > 1 && (this.samples[0] as { atMs: number }).atMs < horizon)
      this.samples.shift();
    for (const [owner, at] of this.writes) {
      // Insertion order is write order (noteWrite re-inserts), so the first young entry ends the sweep.
      if (at >= horizon) break;
      this.writes.delete(owner);
    }
  }
}

/** '16/B374D848' → 0x16B374D848: a WAL position as a number that orders like the position. */
export function parseLsn(text: string): bigint {
  const [high = '0', low = '0'] = text.split('/');
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}
