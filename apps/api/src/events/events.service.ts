import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { AuthService } from '../auth/auth.service';
import type { Caller } from '../auth/caller';
import { CredentialCache } from '../auth/credential-cache';
import { livemodeOf } from '../auth/mode';
import { ServiceUnavailableError } from '../common/errors';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { isDatabaseUnavailable } from '../database/db';
import { PrismaService } from '../database/prisma.service';
import { ReadReplica } from '../database/read-replica';
import { toHoldView } from '../holds/hold.view';
import { dashboardBase, toPaymentRequestView } from '../payment-requests/payment-request.view';
import { findPaymentRequest } from '../payment-requests/payment-requests.repository';
import { toHeldTransferView } from '../reviews/review.view';
import type { Transaction } from '../transactions/dto/transaction.dto';
import type { Wallet } from '../transactions/dto/wallet-view.dto';
import { asSeenByOwner, toTransactionView } from '../transactions/transaction.view';
import { toWalletView } from '../transactions/wallet.view';
import { EventStream, type SerializedEvent } from './event-stream';
import { BadLastEventIdError, TooManyStreamsError } from './events.errors';
import { EventsRepository, MAX_SEQ, type OwnedLedgerRow } from './events.repository';
import {
  type HoldNotice,
  LedgerListener,
  type LedgerNotice,
  type PaymentRequestNotice,
  type ReviewNotice,
} from './ledger-listener';
import type { OwnerNotice } from './owner-notice';

/** Rows one replay (or one notification) sends at most; past it the stream ends and is resumed. */
export const MAX_EVENTS_PER_READ = 1_000;
/** Open streams one process holds at most, all users together. */
const MAX_STREAMS_PER_PROCESS = 10_000;
const RETRY_AFTER_SECONDS = 5;

/**
 * GET /events: each user's new ledger rows, as they commit, on every process. One LISTEN connection
 * per process hears every commit (LedgerListener); a notification for a user with open streams here
 * is read once and written to each of them. A stream resumes with Last-Event-ID (a seq): the rows
 * after it are replayed first. When the channel drops, streams end, so that no client believes it
 * missed nothing: they come back with Last-Event-ID once it is up.
 */
@Injectable()
export class EventsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('EventsService');
  private readonly streams = new Map<string, Set<EventStream>>();
  /** Per owner, the read in progress, so that events go out in the order their commits were heard. */
  private readonly reads = new Map<string, Promise<void>>();
  private count = 0;
  private closing = false;
  private stopHearingRevocations: (() => void) | null = null;

  /** Each API key's open stream's mode (live: true); a session's stream has none (it carries both). */
  private readonly modes = new WeakMap<EventStream, boolean>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    private readonly repository: EventsRepository,
    private readonly listener: LedgerListener,
    private readonly auth: AuthService,
    private readonly replica: ReadReplica,
    private readonly credentials: CredentialCache,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.liveEvents) return;
    await this.listener.start({
      rows: (notice) => {
        // Someone wrote for this owner (a payment from another user included): their next reads wait
        // for the replica to have it.
        this.replica.noteWrite(notice.ownerId);
        this.heard(notice);
      },
      review: (notice) => {
        this.replica.noteWrite(notice.ownerId);
        this.inOrder(notice.ownerId, () => this.deliverReview(notice));
      },
      paymentRequest: (notice) => {
        this.replica.noteWrite(notice.ownerId);
        this.inOrder(notice.ownerId, () => this.deliverPaymentRequest(notice));
      },
      hold: (notice) => {
        this.replica.noteWrite(notice.ownerId);
        this.inOrder(notice.ownerId, () => this.deliverHold(notice));
      },
      notice: (notice) => this.inOrder(notice.ownerId, async () => this.deliverNotice(notice)),
      lost: () => this.endAll(),
    });
    this.stopHearingRevocations = this.credentials.onRevocation((userId) => this.recheck(userId));
  }

  onModuleDestroy(): void {
    this.stopHearingRevocations?.();
    this.endAll({ closing: true });
  }

  /**
   * A credential of `userId` (undefined: of anyone) was revoked on some process: each of their open
   * streams looks its own credential up again (one lookup per stream, the cache being cleared) and ends
   * if it went, rather than at its next heartbeat.
   */
  private recheck(userId: string | undefined): void {
    const sets = userId === undefined ? [...this.streams.values()] : [this.streams.get(userId) ?? []];
    for (const set of sets) for (const stream of [...set]) void stream.recheck();
  }

  /** Ends every stream and answers new ones with an immediate end: the process is going away. */
  endAll(options: { closing?: boolean } = {}): void {
    if (options.closing) this.closing = true;
    for (const set of [...this.streams.values()]) for (const stream of [...set]) stream.end();
  }

  /** Opens a stream for the caller, replaying the rows after `lastEventId` first when it is given. */
  async open(caller: Caller, lastEventId: string | undefined, request: Request, response: Response) {
    const after = parseLastEventId(lastEventId);
    if (!this.config.liveEvents || !this.listener.listening) {
      throw new ServiceUnavailableError(RETRY_AFTER_SECONDS);
    }
    const mine = this.streams.get(caller.userId) ?? new Set<EventStream>();
    if (mine.size >= this.config.events.maxStreamsPerUser) {
      throw new TooManyStreamsError(this.config.events.maxStreamsPerUser);
    }
    if (this.count >= MAX_STREAMS_PER_PROCESS) throw new ServiceUnavailableError(RETRY_AFTER_SECONDS);
    // A session's end, or an API key's expiry (a rotation's overlap): the stream is checked again then.
    const endsAt = caller.sessionExpiresAt ?? caller.keyExpiresAt;
    const stream = new EventStream(response, {
      heartbeatMs: this.config.events.heartbeatMs,
      ...(endsAt ? { expiresAt: endsAt } : {}),
      stillAllowed: () => this.stillAllowed(caller, request),
      onEnd: () => this.forget(caller.userId, stream),
    });
    if (this.closing) {
      stream.end();
      return;
    }
    this.streams.set(caller.userId, mine.add(stream));
    // A key's stream is of its mode; a session's (EventSource sends no header) carries both, each
    // wallet saying its mode, and the dashboard keeps what is of the mode it shows.
    if (caller.via === 'api-key') this.modes.set(stream, livemodeOf(caller));
    this.count += 1;
    await this.replay(caller.userId, stream, after);
  }

  /** The rows after `after` (none without Last-Event-ID), then live. */
  private async replay(ownerId: string, stream: EventStream, after: bigint | undefined): Promise<void> {
    if (after === undefined) {
      stream.replayed([]);
      return;
    }
    try {
      const events = await this.read(ownerId, after, MAX_SEQ);
      stream.replayed(this.ofMode(stream, events));
      // More were waiting than one read sends: the client resumes from the last one it got.
      if (events.length >= MAX_EVENTS_PER_READ) stream.end();
    } catch (error) {
      this.failed(error);
      stream.end();
    }
  }

  private heard(notice: LedgerNotice): void {
    this.inOrder(notice.ownerId, () => this.deliver(notice));
  }

  /** Runs `read` after the owner's reads in progress, so events go out in the order commits were heard. */
  private inOrder(ownerId: string, read: () => Promise<void>): void {
    if (!this.streams.has(ownerId)) return;
    const previous = this.reads.get(ownerId) ?? Promise.resolve();
    const next = previous.then(read);
    this.reads.set(ownerId, next);
    void next.finally(() => {
      if (this.reads.get(ownerId) === next) this.reads.delete(ownerId);
    });
  }

  /**
   * A held transfer added or decided: one `review` event (the transfer and its source wallet now). It has
   * no id: it is not a ledger row, so it leaves Last-Event-ID alone and is not replayed; a client that
   * reconnects reads the wallet's held transfers (GET /wallets/:id/held-transfers). A decision's ledger
   * rows follow as usual `transaction` events.
   */
  private async deliverReview({ ownerId, reviewId }: ReviewNotice): Promise<void> {
    const streams = this.streams.get(ownerId);
    if (!streams) return;
    try {
      const found = await this.repository.reviewOf(this.prisma, ownerId, reviewId);
      if (!found) return;
      const data = { transfer: toHeldTransferView(found.review), wallet: toWalletView(found.wallet) };
      const event = {
        seq: -1n,
        text: `event: review\ndata: ${JSON.stringify(data)}\n\n`,
        livemode: found.wallet.livemode,
      };
      for (const stream of [...streams]) stream.send(this.ofMode(stream, [event]));
    } catch (error) {
      this.failed(error);
    }
  }

  /**
   * A payment request made or changed: one `payment_request` event (the request as this user sees it),
   * to its requester and its payer. Like `review`, no id and no replay: a client that reconnects reads
   * GET /payment-requests.
   */
  private async deliverPaymentRequest({ ownerId, requestId }: PaymentRequestNotice): Promise<void> {
    const streams = this.streams.get(ownerId);
    if (!streams) return;
    try {
      const row = await findPaymentRequest(this.prisma, requestId);
      if (!row) return;
      // With its wallet's mode, as the scheduled_transfer and alert events say it (the dashboard keeps
      // what is of the mode it shows).
      const data = { ...toPaymentRequestView(row, ownerId, dashboardBase()), livemode: row.livemode };
      const event = {
        seq: -1n,
        text: `event: payment_request\ndata: ${JSON.stringify(data)}\n\n`,
        livemode: row.livemode,
      };
      for (const stream of [...streams]) stream.send(this.ofMode(stream, [event]));
    } catch (error) {
      this.failed(error);
    }
  }

  /**
   * A hold made or ended: one `hold` event (the hold and its wallet now: availableBalance says what the
   * hold reserves or gave back). No id, like `review`: a client that reconnects reads the wallet's holds
   * (GET /wallets/:id/holds). A capture's ledger rows follow as usual `transaction` events.
   */
  private async deliverHold({ ownerId, holdId }: HoldNotice): Promise<void> {
    const streams = this.streams.get(ownerId);
    if (!streams) return;
    try {
      const found = await this.repository.holdOf(this.prisma, ownerId, holdId);
      if (!found) return;
      const data = { hold: toHoldView(found.hold), wallet: toWalletView(found.wallet) };
      const event = {
        seq: -1n,
        text: `event: hold\ndata: ${JSON.stringify(data)}\n\n`,
        livemode: found.wallet.livemode,
      };
      for (const stream of [...streams]) stream.send(this.ofMode(stream, [event]));
    } catch (error) {
      this.failed(error);
    }
  }

  /**
   * A live event that is no ledger row (events/owner-notice.ts): written as it came, with no id (like
   * `review`, it leaves Last-Event-ID alone and is not replayed).
   */
  private deliverNotice({ ownerId, event, json, livemode }: OwnerNotice): void {
    const streams = this.streams.get(ownerId);
    if (!streams) return;
    const sent = {
      seq: -1n,
      text: `event: ${event}\ndata: ${json}\n\n`,
      ...(livemode !== undefined ? { livemode } : {}),
    };
    for (const stream of [...streams]) stream.send(this.ofMode(stream, [sent]));
  }

  private async deliver({ ownerId, fromSeq, toSeq }: LedgerNotice): Promise<void> {
    const streams = this.streams.get(ownerId);
    if (!streams) return;
    try {
      const events = await this.read(ownerId, fromSeq - 1n, toSeq);
      for (const stream of [...streams]) {
        stream.send(this.ofMode(stream, events));
        if (events.length >= MAX_EVENTS_PER_READ) stream.end();
      }
    } catch (error) {
      // A row not delivered must not look delivered: end the streams, they resume where they were.
      this.failed(error);
      for (const stream of [...streams]) stream.end();
    }
  }

  private async read(ownerId: string, after: bigint, upto: bigint): Promise<SerializedEvent[]> {
    const rows = await this.repository.rowsOf(this.prisma, ownerId, {
      after,
      upto,
      limit: MAX_EVENTS_PER_READ,
    });
    return rows.map((row) => ({
      seq: row.seq,
      livemode: row.walletLivemode,
      text: eventText(
        asSeenByOwner(row, (walletId) =>
          walletId === row.sourceWalletId
            ? row.sourceOwned
            : walletId === row.destinationWalletId && row.destinationOwned,
        ),
      ),
    }));
  }

  /**
   * What of `events` the stream is shown: a session's stream all of them; a key's stream only those of
   * its mode (live or test). An event that says no mode is not sent to a key at all: one left untagged
   * by mistake must not carry live money's news to a test key (or the reverse).
   */
  private ofMode(stream: EventStream, events: SerializedEvent[]): SerializedEvent[] {
    const livemode = this.modes.get(stream);
    if (livemode === undefined) return events;
    return events.filter((event) => event.livemode === livemode);
  }

  private async stillAllowed(caller: Caller, request: Request): Promise<boolean> {
    try {
      const now = await this.auth.resolve(request);
      return now?.userId === caller.userId && now.scopes.has('wallets:read');
    } catch (error) {
      // The database not answering is no reason to end a stream; a revoked credential is.
      return isDatabaseUnavailable(error);
    }
  }

  private forget(userId: string, stream: EventStream): void {
    const set = this.streams.get(userId);
    if (!set?.delete(stream)) return;
    this.count -= 1;
    if (set.size === 0) this.streams.delete(userId);
  }

  private failed(error: unknown): void {
    if (!isDatabaseUnavailable(error))
      this.logger.error({ err: error }, 'could not read ledger rows for events');
  }
}

function parseLastEventId(value: string | undefined): bigint | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d{1,19}$/.test(value)) throw new BadLastEventIdError();
  const seq = BigInt(value);
  if (seq > MAX_SEQ) throw new BadLastEventIdError();
  return seq;
}

/**
 * One ledger entry as two events with its seq as their id: `transaction` (the entry) and then `balance`
 * (its wallet as the entry left it). Written together, so a client has both or, cut in between, resumes
 * after the entry and still sees the balance in the next entry's pair (or by reading the wallet).
 */
function eventText(row: OwnedLedgerRow): string {
  const transaction: Transaction = toTransactionView(row);
  const wallet: Wallet = toWalletView({
    id: row.walletId,
    name: row.walletName,
    currency: row.currency,
    balanceMinor: row.balanceAfterMinor,
    reservedMinor: row.walletReservedMinor,
    createdAt: row.walletCreatedAt,
    updatedAt: row.walletUpdatedAt,
    frozenAt: row.walletFrozen ? row.walletUpdatedAt : null,
    livemode: row.walletLivemode,
  });
  return (
    `id: ${row.seq}\nevent: transaction\ndata: ${JSON.stringify(transaction)}\n\n` +
    `id: ${row.seq}\nevent: balance\ndata: ${JSON.stringify(wallet)}\n\n`
  );
}
