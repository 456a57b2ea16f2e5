import { randomUUID } from 'node:crypto';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { canonicalDecimal, formatMinor, getCurrency } from '@wallet/money';
import { type Caller, idempotencyScope } from '../auth/caller';
import { inCallersMode, livemodeOf } from '../auth/mode';
import { ValidationFailedError } from '../common/errors';
import { IdempotencyService } from '../common/idempotency/idempotency.service';
import { counted, declined, done, type Outcome, type Recorded } from '../common/outcome';
import { type Page, pageSize, toPage } from '../common/page';
import { parseInstant } from '../common/validation';
import type { Db } from '../database/db';
import { PrismaService } from '../database/prisma.service';
import { UnitOfWork } from '../database/unit-of-work';
import { JobQueue } from '../jobs/job-queue';
import { MetricsService } from '../metrics/metrics.service';
import { ReviewGate } from '../reviews/review-gate';
import { amountIn } from '../transactions/movements/movement-input';
import { MovementsService } from '../transactions/movements/movements.service';
import {
  CurrencyMismatchError,
  SameWalletTransferError,
  WalletNotFoundError,
} from '../transactions/transactions.errors';
import type {
  CreatePaymentRequest,
  ListPaymentRequestsQuery,
  PaymentRequest,
  PayPaymentRequest,
  PayPaymentRequestResult,
} from './dto/payment-request.dto';
import {
  canSee,
  isHeld,
  isLapsed,
  type PaymentRequestRow,
  toPaymentRequestView,
} from './payment-request.view';
import { PaymentRequestEvents } from './payment-request-events';
import {
  PaymentRequestForbiddenError,
  PaymentRequestNotFoundError,
  PaymentRequestNotOpenError,
} from './payment-requests.errors';
import {
  findPaymentRequest,
  PaymentRequestsRepository,
  type RequestChange,
} from './payment-requests.repository';

/** An expiry at least this far ahead, at most MAX_EXPIRY_MS. */
const MIN_EXPIRY_MS = 1_000;
/** The durable queue whose job marks a request EXPIRED at its expiresAt (@wallet/postgres JOB_QUEUES). */
const EXPIRY_QUEUE = 'payment-request-expiry';
const MAX_EXPIRY_MS = 365 * 86_400_000;

/**
 * Payment requests: ask a wallet (or anyone with the link) for an amount; the payer pays it (one transfer,
 * the transfer path's rules, limits and review holds), declines it, or the requester cancels it. Each
 * change locks the request's row first, so at most one of them ever lands on an OPEN request.
 */
@Injectable()
export class PaymentRequestsService implements OnApplicationBootstrap {
  constructor(
    private readonly prisma: PrismaService,
    private readonly unitOfWork: UnitOfWork,
    private readonly idempotency: IdempotencyService,
    private readonly requests: PaymentRequestsRepository,
    private readonly movements: MovementsService,
    private readonly reviews: ReviewGate,
    private readonly events: PaymentRequestEvents,
    private readonly metrics: MetricsService,
    private readonly jobs: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<{ id: string }>(EXPIRY_QUEUE, ({ id }) => this.expire(id));
  }

  create(
    caller: Caller,
    body: CreatePaymentRequest,
    key: string | undefined,
    base: string,
  ): Promise<Recorded<PaymentRequest>> {
    // The shape here; the check against now after the key's claim, so a retry replays its answer.
    const expiresAt = expiryOf(body.expiresAt);
    if (body.payerWalletId === body.walletId) throw new SameWalletTransferError();
    const call = {
      scope: idempotencyScope(caller),
      key,
      operation: 'createPaymentRequest',
      input: { ...body, amount: canonicalDecimal(body.amount), expiresAt: expiresAt?.toISOString() },
    };
    const recorded = this.unitOfWork.run((tx) =>
      this.idempotency.once(tx, call, async () => {
        // Thrown (400, rolled back, not recorded): a request already late when it first came is refused.
        if (expiresAt) checkExpiry(expiresAt, new Date());
        const ids = [body.walletId, ...(body.payerWalletId ? [body.payerWalletId] : [])];
        const wallets = await tx.wallet.findMany({
          where: { id: { in: ids } },
          select: { id: true, ownerId: true, currency: true, livemode: true },
        });
        const wallet = wallets.find((w) => w.id === body.walletId);
        if (!wallet || wallet.ownerId !== caller.userId || !inCallersMode(caller, wallet))
          return declined(new WalletNotFoundError(body.walletId));
        const payer = body.payerWalletId ? wallets.find((w) => w.id === body.payerWalletId) : null;
        // A named payer of the other mode (live or test) could never pay: it is not there.
        if (body.payerWalletId && (!payer || payer.ownerId === null || payer.livemode !== wallet.livemode)) {
          return declined(new WalletNotFoundError(body.payerWalletId));
        }
        if (payer && payer.currency !== wallet.currency) {
          return declined(new CurrencyMismatchError(payer.currency, wallet.currency, null));
        }
        const at = new Date();
        const row = await this.requests.create(
          tx,
          {
            id: randomUUID(),
            requesterId: caller.userId,
            walletId: wallet.id,
            amountMinor: amountIn(body.amount, wallet.currency),
            currency: wallet.currency,
            description: body.description ?? null,
            expiresAt,
            payerWalletId: payer?.id ?? null,
            payerId: payer?.ownerId ?? null,
          },
          at,
        );
        await this.events.announce(tx, 'payment_request.created', row, at);
        // On this transaction: a request that rolls back leaves no job, one that commits always has it.
        if (expiresAt)
          await this.jobs.send(tx, EXPIRY_QUEUE, [
            { data: { id: row.id }, startAfter: expiresAt, singletonKey: row.id },
          ]);
        return done(toPaymentRequestView(row, caller.userId, base, at));
      }),
    );
    return counted(recorded, (value) => this.metrics.idempotent('createPaymentRequest', value));
  }

  async get(caller: Caller, id: string, base: string): Promise<PaymentRequest> {
    const row = await findPaymentRequest(this.prisma, id);
    if (!row || !visibleTo(row, caller)) throw new PaymentRequestNotFoundError(id);
    return toPaymentRequestView(row, caller.userId, base);
  }

  async list(caller: Caller, query: ListPaymentRequestsQuery, base: string): Promise<Page<PaymentRequest>> {
    const limit = pageSize(query.limit);
    const rows = await this.requests.list(this.prisma, caller.userId, {
      ...(query.role ? { role: query.role } : {}),
      ...(query.status ? { status: query.status } : {}),
      ...(query.cursor !== undefined ? { before: query.cursor } : {}),
      limit,
      livemode: livemodeOf(caller),
    });
    const now = new Date();
    return toPage(rows, limit, (row) => toPaymentRequestView(row, caller.userId, base, now));
  }

  /**
   * Pays an OPEN request from one of the caller's wallets: the request's row locked first, then the
   * transfer (MovementsService.transferWithin: the same rules, tier limits and review holds as any
   * transfer, its legs carrying the request's memo) and OPEN -> PAID in the same transaction. A payment a
   * review rule holds leaves the request OPEN, held: no other payment, decline or cancel until staff
   * decide (released: PAID; rejected: OPEN again, see the migration).
   */
  async pay(
    caller: Caller,
    id: string,
    body: PayPaymentRequest,
    key: string | undefined,
    base: string,
  ): Promise<Recorded<PayPaymentRequestResult>> {
    const call = {
      scope: idempotencyScope(caller),
      key,
      operation: 'payPaymentRequest',
      input: { id, ...body },
    };
    // Read before any lock is taken, as a transfer does.
    const rules = await this.reviews.rules();
    const recorded = this.unitOfWork.run((tx) =>
      this.idempotency.once(tx, call, async (): Promise<Outcome<PayPaymentRequestResult>> => {
        const row = await this.requests.lock(tx, id);
        if (!row || !visibleTo(row, caller)) return declined(new PaymentRequestNotFoundError(id));
        if (row.payerId !== null && row.payerId !== caller.userId) {
          return declined(
            new PaymentRequestForbiddenError(
              'This request asks another wallet to pay it; only its owner may.',
            ),
          );
        }
        const closed = await this.stillOpen(tx, row);
        if (closed) return declined(closed);
        if (body.sourceWalletId === row.walletId) throw new SameWalletTransferError();
        const input = {
          sourceWalletId: body.sourceWalletId,
          destinationWalletId: row.walletId,
          amount: formatMinor(row.amountMinor, getCurrency(row.currency)),
          ...(row.description !== null ? { description: row.description } : {}),
        };
        const outcome = await this.movements.transferWithin(tx, caller, input, rules);
        if (outcome.kind === 'declined') return outcome;
        const at = new Date();
        const change: RequestChange = {
          status: 'PAID',
          paidBy: caller.userId,
          sourceWalletId: body.sourceWalletId,
          at,
        };
        if ('transfer' in outcome.value) {
          const held = await this.requests.change(tx, id, {
            ...change,
            status: 'OPEN',
            reviewId: outcome.value.transfer.id,
          });
          return done({
            paymentRequest: toPaymentRequestView(held, caller.userId, base, at),
            transactions: [],
          });
        }
        const { transactions } = outcome.value;
        const transferId = transactions[0]?.transferId;
        if (!transferId) throw new Error('a posted transfer without its transfer id');
        const paid = await this.requests.change(tx, id, { ...change, transferId });
        await this.events.announce(tx, 'payment_request.paid', paid, at);
        return done({ paymentRequest: toPaymentRequestView(paid, caller.userId, base, at), transactions });
      }),
    );
    return counted(recorded, (value) => this.metrics.moneyMovement('transfer', 'payPaymentRequest', value));
  }

  /** The payer asked (payerWalletId's owner) says no. A link request has no payer to decline it. */
  decline(
    caller: Caller,
    id: string,
    key: string | undefined,
    base: string,
  ): Promise<Recorded<PaymentRequest>> {
    return this.close(caller, id, key, base, 'DECLINED', (row) =>
      row.payerId === null
        ? 'A link request has no payer to decline it: leave it unpaid (its requester may cancel it).'
        : row.payerId !== caller.userId
          ? 'Only the owner of the wallet asked may decline this request; you may cancel it.'
          : null,
    );
  }

  /** Its requester takes it back. */
  cancel(
    caller: Caller,
    id: string,
    key: string | undefined,
    base: string,
  ): Promise<Recorded<PaymentRequest>> {
    return this.close(caller, id, key, base, 'CANCELLED', (row) =>
      row.requesterId !== caller.userId ? 'Only its requester may cancel a payment request.' : null,
    );
  }

  /**
   * Marks an OPEN request that is past its expiry EXPIRED (the expiry job; at least once: a request paid,
   * closed or marked meanwhile is left alone). Not due yet (a clock ahead of the database's): retried.
   */
  async expire(id: string): Promise<void> {
    await this.unitOfWork.run(async (tx) => {
      const row = await this.requests.lock(tx, id);
      if (row?.status !== 'OPEN' || isHeld(row) || row.expiresAt === null) return;
      if (!isLapsed(row, new Date())) throw new Error(`payment request ${id} is not due to expire yet`);
      await this.stillOpen(tx, row);
    });
  }

  private close(
    caller: Caller,
    id: string,
    key: string | undefined,
    base: string,
    status: 'DECLINED' | 'CANCELLED',
    refusal: (row: PaymentRequestRow) => string | null,
  ): Promise<Recorded<PaymentRequest>> {
    const operation = status === 'DECLINED' ? 'declinePaymentRequest' : 'cancelPaymentRequest';
    const call = { scope: idempotencyScope(caller), key, operation, input: { id } };
    const recorded = this.unitOfWork.run((tx) =>
      this.idempotency.once(tx, call, async (): Promise<Outcome<PaymentRequest>> => {
        const row = await this.requests.lock(tx, id);
        if (!row || !visibleTo(row, caller)) return declined(new PaymentRequestNotFoundError(id));
        const refused = refusal(row);
        if (refused) return declined(new PaymentRequestForbiddenError(refused));
        const closed = await this.stillOpen(tx, row);
        if (closed) return declined(closed);
        const at = new Date();
        const changed = await this.requests.change(tx, id, { status, at });
        await this.events.announce(
          tx,
          status === 'DECLINED' ? 'payment_request.declined' : 'payment_request.cancelled',
          changed,
          at,
        );
        return done(toPaymentRequestView(changed, caller.userId, base, at));
      }),
    );
    return counted(recorded, (value) => this.metrics.idempotent(operation, value));
  }

  /**
   * Null when the locked request may still change; otherwise why not (409). One past its expiry is
   * marked EXPIRED here first (with its webhook event), in the caller's transaction.
   */
  private async stillOpen(tx: Db, row: PaymentRequestRow): Promise<PaymentRequestNotOpenError | null> {
    const now = new Date();
    if (isLapsed(row, now)) {
      const expired = await this.requests.change(tx, row.id, { status: 'EXPIRED', at: now });
      await this.events.announce(tx, 'payment_request.expired', expired, now);
      return new PaymentRequestNotOpenError(row.id, 'EXPIRED');
    }
    if (row.status !== 'OPEN') return new PaymentRequestNotOpenError(row.id, row.status);
    if (isHeld(row)) return new PaymentRequestNotOpenError(row.id, row.status, true);
    return null;
  }
}

/**
 * Whether the caller may see the request: theirs to see (canSee), and its wallet of the caller's mode
 * (live or test). A request of the other mode answers 404, as its wallet does.
 */
function visibleTo(row: PaymentRequestRow, caller: Caller): boolean {
  return canSee(row, caller.userId) && inCallersMode(caller, row);
}

/** The expiry asked for, an ISO 8601 date-time (checkExpiry checks it against now); none when absent. */
function expiryOf(text: string | undefined): Date | null {
  if (text === undefined) return null;
  const at = parseInstant(text, 'start');
  if (!at) {
    const problem = 'must be an ISO 8601 date-time such as 2026-12-31T18:00:00Z';
    throw new ValidationFailedError(`expiresAt ${problem}.`, [{ field: 'expiresAt', message: problem }]);
  }
  return at;
}

/**
 * expiresAt at least a second ahead and at most 365 days. Checked once the Idempotency-Key is claimed:
 * a retry of a created request replays it even when its expiry has passed since.
 */
function checkExpiry(expiresAt: Date, now: Date): void {
  const problem =
    expiresAt.getTime() < now.getTime() + MIN_EXPIRY_MS
      ? 'must be in the future'
      : expiresAt.getTime() > now.getTime() + MAX_EXPIRY_MS
        ? 'must be at most 365 days ahead'
        : null;
  if (problem) {
    throw new ValidationFailedError(`expiresAt ${problem}.`, [{ field: 'expiresAt', message: problem }]);
  }
}
