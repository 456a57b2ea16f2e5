import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { canonicalDecimal, getCurrency } from '@wallet/money';
import { type Caller } from '../auth/caller';
import { inCallersMode, livemodeOf } from '../auth/mode';
import { ValidationFailedError } from '../common/errors';
import { IdempotencyService } from '../common/idempotency/idempotency.service';
import { counted, declined, done, mapDone, type Outcome, type Recorded } from '../common/outcome';
import { type Page, toPage } from '../common/page';
import type { Db } from '../database/db';
import { PrismaService } from '../database/prisma.service';
import type { WalletRow } from '../database/rows';
import { UnitOfWork } from '../database/unit-of-work';
import { JobQueue } from '../jobs/job-queue';
import { MetricsService } from '../metrics/metrics.service';
import { ReviewGate } from '../reviews/review-gate';
import type { RuleSet } from '../reviews/review-rules';
import { OutgoingLimits } from '../tiers/outgoing-limits';
import type { StatementPart } from '../transactions/ledger-events.port';
import { amountIn, callOf, noteOf, transferView } from '../transactions/movements/movement-input';
import { type Note, planTransfer } from '../transactions/posting/posting';
import { PostingService } from '../transactions/posting/posting.service';
import {
  InsufficientFundsError,
  SameWalletTransferError,
  WalletFrozenError,
  WalletNotFoundError,
} from '../transactions/transactions.errors';
import { WebhookOutbox } from '../webhooks/webhook-outbox';
import {
  type CaptureHoldRequest,
  type CaptureResult,
  type CreateHoldRequest,
  type HeldCaptureResult,
  type Hold,
  type HoldStatus,
  MAX_HOLD_DAYS,
} from './dto/hold.dto';
import { type HoldRow, toHoldView } from './hold.view';
import { holdEvent } from './hold-events';
import { HoldNotActiveError, HoldNotFoundError } from './holds.errors';
import { type Ending, HoldsRepository, type Riders } from './holds.repository';

/** The durable queue that ends a hold at its expiresAt (data: { holdId }). */
export const HOLD_EXPIRY_QUEUE = 'hold-expiry' as const;
const DAY_MS = 86_400_000;

/**
 * Holds (two-phase transfers): reserve an amount of a wallet, then capture all or part of it as a
 * transfer (the rest released), void it, or let it expire (the durable queue, at expiresAt). Every
 * change of a hold happens under its wallet's lock (ascending id with a capture's destination, like
 * every posting), in the statement that changes the wallet's reserved money; so of two endings at once
 * exactly one wins and the other finds the hold ended (409 HOLD_NOT_ACTIVE).
 */
@Injectable()
export class HoldsService implements OnApplicationBootstrap {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly prisma: PrismaService,
    private readonly holds: HoldsRepository,
    private readonly postings: PostingService,
    private readonly idempotency: IdempotencyService,
    private readonly outgoingLimits: OutgoingLimits,
    private readonly reviews: ReviewGate,
    private readonly outbox: WebhookOutbox,
    private readonly jobs: JobQueue,
    private readonly metrics: MetricsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<{ holdId: string }>(HOLD_EXPIRY_QUEUE, ({ holdId }) => this.expire(holdId));
  }

  /**
   * Reserves the amount, if the wallet has that much available, with the Idempotency-Key's claim fused
   * with the wallet's lock. A refused hold moves nothing, so it writes no ledger row; its answer is
   * still stored under the key, so a retry replays the 422.
   */
  create(
    caller: Caller,
    walletId: string,
    input: CreateHoldRequest,
    key: string | undefined,
  ): Promise<Recorded<Hold>> {
    const call = {
      ...callOf(caller, { operation: 'createHold', key }),
      input: {
        walletId,
        amount: canonicalDecimal(input.amount),
        expiresAt: input.expiresAt?.toISOString(),
        ...noteOf(input),
      },
    };
    const recorded: Promise<Recorded<Hold>> = this.unitOfWork.run((tx) =>
      this.idempotency.onceFused(
        tx,
        call,
        (claim) => this.postings.lock(tx, [walletId], claim),
        async ({ wallets: [wallet], at }, recordWith) => {
          if (!wallet || wallet.ownerId !== caller.userId || !inCallersMode(caller, wallet)) {
            return declined(new WalletNotFoundError(walletId));
          }
          const amountMinor = amountIn(input.amount, wallet.currency);
          const expiresAt = input.expiresAt ?? null;
          if (expiresAt) checkExpiry(expiresAt, at);
          const refusal = refusalOf(wallet, amountMinor);
          if (refusal) return declined(refusal);
          const row: HoldRow = {
            id: randomUUID(),
            seq: 0n,
            ownerId: caller.userId,
            walletId,
            amountMinor,
            currency: wallet.currency,
            status: 'ACTIVE',
            capturedMinor: 0n,
            destinationWalletId: null,
            transactionId: null,
            expiresAt,
            description: input.description ?? null,
            reference: input.reference ?? null,
            createdAt: at,
            finishedAt: null,
          };
          const outcome = done(toHoldView(row));
          const part = this.outbox.partFor([holdEvent('hold.created', row)], at);
          const written = await this.holds.create(tx, row, recordWith(outcome), ridersOf(part));
          // The availability was decided on the locked wallet: the reservation must fit.
          assert.equal(
            written.reservedMinor,
            wallet.reservedMinor + amountMinor,
            'a hold the rules allowed was refused',
          );
          await this.outbox.enqueue(tx, written.riders);
          if (expiresAt) {
            await this.jobs.send(tx, HOLD_EXPIRY_QUEUE, [
              { data: { holdId: row.id }, startAfter: expiresAt, singletonKey: row.id },
            ]);
          }
          return outcome;
        },
      ),
    );
    return counted(recorded, (value) => this.metrics.idempotent('createHold', value));
  }

  /** One of the caller's holds; another user's is not found. */
  async get(caller: Caller, id: string): Promise<Hold> {
    const hold = await this.holds.find(this.prisma, id);
    if (!hold || hold.ownerId !== caller.userId) throw new HoldNotFoundError(id);
    // One on a wallet of the other mode (live or test) is not there for this caller either.
    if (!(await this.holds.walletOwnedBy(this.prisma, hold.walletId, caller.userId, livemodeOf(caller)))) {
      throw new HoldNotFoundError(id);
    }
    return toHoldView(hold);
  }

  async list(
    caller: Caller,
    walletId: string,
    query: { status?: HoldStatus | undefined; limit?: number | undefined; cursor?: bigint | undefined },
  ): Promise<Page<Hold>> {
    if (!(await this.holds.walletOwnedBy(this.prisma, walletId, caller.userId, livemodeOf(caller)))) {
      throw new WalletNotFoundError(walletId);
    }
    const limit = query.limit ?? 20;
    const rows = await this.holds.list(this.prisma, walletId, query.status, {
      limit: limit + 1,
      beforeSeq: query.cursor,
    });
    return toPage(rows, limit, toHoldView);
  }

  /**
   * Pays all or part of a hold as a transfer (both legs carry transfer_id = the hold's id) and releases
   * the rest, with the Idempotency-Key. The transfer follows a transfer's rules (a frozen wallet sends
   * nothing; currencies must match; the destination's maxBalance; the sender's tier limits when it goes
   * to another user): declined, it is a FAILED row like a transfer's and the hold stays ACTIVE. A hold
   * past its expiresAt is expired here (409), even if its expiry job has not run yet. A capture the
   * transfer's review rules match is held for review instead (HeldCaptureResult, see captureLocked).
   */
  async capture(
    caller: Caller,
    id: string,
    input: CaptureHoldRequest,
    key: string | undefined,
  ): Promise<Recorded<CaptureResult | HeldCaptureResult>> {
    const amount = input.amount === undefined ? undefined : canonicalDecimal(input.amount);
    const call = {
      ...callOf(caller, { operation: 'captureHold', key }),
      input: { holdId: id, destinationWalletId: input.destinationWalletId, ...(amount ? { amount } : {}) },
    };
    // Read before any lock is taken, as a transfer does: the rule set in force when it was asked for.
    const rules = await this.reviews.rules();
    const recorded = this.unitOfWork.run((tx) =>
      this.idempotency.once(tx, call, async (): Promise<Outcome<CaptureResult | HeldCaptureResult>> => {
        const found = await this.holds.find(tx, id);
        if (!found || found.ownerId !== caller.userId) return declined(new HoldNotFoundError(id));
        // A hold on a wallet of the other mode (live or test) is not there for this caller: asked first,
        // so nothing of it shows (not its state, not its amount) and nothing of it changes (no expiry).
        if (!(await this.holds.walletOwnedBy(tx, found.walletId, caller.userId, livemodeOf(caller)))) {
          return declined(new HoldNotFoundError(id));
        }
        if (input.destinationWalletId === found.walletId) throw new SameWalletTransferError();
        const requested =
          input.amount === undefined ? found.amountMinor : amountIn(input.amount, found.currency);
        if (requested > found.amountMinor) {
          const held = canonicalDecimal(String(toHoldView(found).amount));
          throw new ValidationFailedError(`The amount is more than the hold's ${held} ${found.currency}.`, [
            { field: 'amount', message: `must be at most the held amount (${held})` },
          ]);
        }
        const { wallets, at } = await this.postings.lock(tx, [found.walletId, input.destinationWalletId]);
        const hold = await this.activeUnderLock(tx, id, at);
        if (hold.kind === 'declined') return hold;
        const source = wallets.find((w) => w.id === found.walletId);
        const destination = wallets.find((w) => w.id === input.destinationWalletId);
        if (!source) throw new Error('a hold without its wallet');
        // A wallet nobody owns (made before access control) could never be reached again: not a destination.
        if (!destination || destination.ownerId === null) {
          return declined(new WalletNotFoundError(input.destinationWalletId));
        }
        return this.captureLocked(tx, caller, rules, hold.value, source, destination, requested, at);
      }),
    );
    // Counted once committed, as a transfer (declines by their code; replays apart).
    return counted(recorded, (value) => this.metrics.moneyMovement('transfer', 'captureHold', value));
  }

  /**
   * The capture on its locked wallets. One the ledger's rules and the tier's limits would post but a
   * review rule matches is held for review like a transfer: the hold ends VOIDED (its reservation
   * released) and the review reserves the captured amount, in this transaction, so the money stays
   * reserved throughout; the answer (202) carries the VOIDED hold and the held transfer. (Not CAPTURED:
   * a captured hold names the ledger legs that paid it, and a held transfer has none until staff
   * release it, as a transfer of its own.)
   */
  private async captureLocked(
    tx: Db,
    caller: Caller,
    rules: RuleSet,
    hold: HoldRow,
    source: WalletRow,
    destination: WalletRow,
    amountMinor: bigint,
    at: Date,
  ): Promise<Outcome<CaptureResult | HeldCaptureResult>> {
    const note = { description: hold.description ?? undefined, reference: hold.reference ?? undefined };
    // The reservation is given back in the hold's ending, so the transfer may take it.
    const released = { ...source, reservedMinor: source.reservedMinor - hold.amountMinor };
    const planned = planTransfer(released, destination, amountMinor, at, note, hold.id);
    const posting = await this.outgoingLimits.checked(tx, planned, released, destination, note as Note);
    if (posting.outcome.kind === 'declined') {
      // Declined like a transfer (its FAILED row); the hold stays ACTIVE, its money reserved.
      await this.postings.write(tx, posting, null);
      return posting.outcome;
    }
    const asked = {
      ownerId: caller.userId,
      source: released,
      destination,
      amountMinor,
      at,
      note: noteOf(note),
    };
    const reasons = await this.reviews.matched(tx, rules, asked);
    if (reasons.length > 0) {
      const voided = await this.end(tx, hold, {
        id: hold.id,
        status: 'VOIDED',
        capturedMinor: 0n,
        destinationWalletId: null,
        transactionId: null,
        at,
      });
      const held = await this.reviews.hold(tx, rules, asked, reasons, () => null);
      return mapDone(held, (value) => ({ hold: toHoldView(voided), ...value }));
    }
    const legs = posting.outcome.value;
    const ended = await this.end(tx, hold, {
      id: hold.id,
      status: 'CAPTURED',
      capturedMinor: amountMinor,
      destinationWalletId: destination.id,
      transactionId: legs[0].transaction.id,
      at,
    });
    await this.postings.write(tx, posting, null);
    return done({ hold: toHoldView(ended), ...transferView(caller, legs) });
  }

  /** Releases an ACTIVE hold (200, the hold VOIDED); one past its expiresAt is expired instead (409). */
  async void(caller: Caller, id: string): Promise<Hold> {
    const outcome = await this.unitOfWork.run(async (tx): Promise<Outcome<Hold>> => {
      const found = await this.holds.find(tx, id);
      if (!found || found.ownerId !== caller.userId) throw new HoldNotFoundError(id);
      const { wallets, at } = await this.postings.lock(tx, [found.walletId]);
      // A hold on a wallet of the other mode (live or test) is not there for this caller.
      if (!wallets[0] || !inCallersMode(caller, wallets[0])) throw new HoldNotFoundError(id);
      const hold = await this.activeUnderLock(tx, id, at);
      if (hold.kind === 'declined') return hold;
      const ending = {
        id,
        status: 'VOIDED' as const,
        capturedMinor: 0n,
        destinationWalletId: null,
        transactionId: null,
        at,
      };
      return done(toHoldView(await this.end(tx, hold.value, ending)));
    });
    // An expiry found on the way is committed with the 409.
    if (outcome.kind === 'declined') throw outcome.error;
    return outcome.value;
  }

  /**
   * The expiry job: under the wallet's lock, an ACTIVE hold that is due is EXPIRED and its money
   * released; anything else (captured, voided, expired already) is left alone. At least once: a job run
   * again finds nothing to do. Not due yet (a clock ahead of the database's): it throws, to be retried.
   */
  async expire(id: string): Promise<void> {
    await this.unitOfWork.run(async (tx) => {
      const found = await this.holds.find(tx, id);
      if (found?.status !== 'ACTIVE') return;
      const { at } = await this.postings.lock(tx, [found.walletId]);
      const hold = await this.holds.find(tx, id);
      if (hold?.status !== 'ACTIVE' || !hold.expiresAt) return;
      if (hold.expiresAt > at) throw new Error(`hold ${id} is not due until ${hold.expiresAt.toISOString()}`);
      await this.end(tx, hold, expiry(hold, at));
    });
  }

  /**
   * The hold read again under its wallet's lock (every ending takes it first, so what this sees is
   * final): ACTIVE, or the 409 to answer. One past its expiresAt is expired now (that commits).
   */
  private async activeUnderLock(tx: Db, id: string, at: Date): Promise<Outcome<HoldRow>> {
    const hold = await this.holds.find(tx, id);
    if (!hold) throw new Error('a hold vanished under its lock');
    if (hold.status !== 'ACTIVE') return declined(new HoldNotActiveError(id, hold.status));
    if (hold.expiresAt && hold.expiresAt <= at) {
      await this.end(tx, hold, expiry(hold, at));
      return declined(new HoldNotActiveError(id, 'EXPIRED'));
    }
    return done(hold);
  }

  /** Ends the hold, releasing its reservation, with its webhook event, in one statement. */
  private async end(tx: Db, hold: HoldRow, ending: Ending): Promise<HoldRow> {
    const after: HoldRow = { ...hold, ...ending, finishedAt: ending.at };
    const part = this.outbox.partFor([holdEvent(EVENT_OF[ending.status], after)], ending.at);
    const ended = await this.holds.finish(tx, ending, ridersOf(part));
    // The wallet is locked and the hold was ACTIVE under that lock: nothing else can have ended it.
    if (!ended) throw new Error(`hold ${hold.id} ended under its wallet's lock`);
    await this.outbox.enqueue(tx, ended.riders);
    return ended.hold;
  }
}

const EVENT_OF = {
  CAPTURED: 'hold.captured',
  VOIDED: 'hold.voided',
  EXPIRED: 'hold.expired',
} as const;

function expiry(hold: HoldRow, at: Date): Ending {
  return {
    id: hold.id,
    status: 'EXPIRED',
    capturedMinor: 0n,
    destinationWalletId: null,
    transactionId: null,
    at,
  };
}

function ridersOf(part: StatementPart | null): Riders {
  return { ctes: part?.ctes ?? null, returns: part?.returns ?? null };
}

/** Why the wallet cannot hold this much: frozen (it sends nothing), or not that much available. */
function refusalOf(wallet: WalletRow, amountMinor: bigint) {
  if (wallet.frozenAt !== null) return new WalletFrozenError(wallet.id, null);
  const availableMinor = wallet.balanceMinor - wallet.reservedMinor;
  if (amountMinor > availableMinor) {
    return new InsufficientFundsError(availableMinor, amountMinor, getCurrency(wallet.currency), null);
  }
  return null;
}

/** expiresAt must be after now (the wallet's lock) and at most MAX_HOLD_DAYS ahead: 400 otherwise. */
function checkExpiry(expiresAt: Date, at: Date): void {
  const message =
    expiresAt <= at
      ? 'must be in the future'
      : expiresAt.getTime() - at.getTime() > MAX_HOLD_DAYS * DAY_MS
        ? `must be at most ${MAX_HOLD_DAYS} days ahead`
        : null;
  if (message) {
    throw new ValidationFailedError(`expiresAt ${message}.`, [{ field: 'expiresAt', message }]);
  }
}
