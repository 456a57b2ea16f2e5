import { Injectable } from '@nestjs/common';
import { canonicalDecimal, getCurrency } from '@wallet/money';
import { type Caller } from '../../auth/caller';
import { inCallersMode, livemodeOf } from '../../auth/mode';
import { IdempotencyService, type IdempotencyToken } from '../../common/idempotency/idempotency.service';
import { counted, declined, mapDone, type Outcome, Recorded } from '../../common/outcome';
import type { Db } from '../../database/db';
import type { TransactionRow } from '../../database/rows';
import { UnitOfWork } from '../../database/unit-of-work';
import type { Prisma } from '../../generated/prisma/client';
import { MetricsService, type MovementType } from '../../metrics/metrics.service';
import type { HeldTransferResult } from '../../reviews/dto/review.dto';
import { ReviewGate } from '../../reviews/review-gate';
import type { RuleSet } from '../../reviews/review-rules';
import { OutgoingLimits } from '../../tiers/outgoing-limits';
import type {
  FundInput,
  FundResult,
  RefundRequest,
  RefundResult,
  TransferInput,
  TransferResult,
} from '../dto/movement.dto';
import type { ForeignWallet, Wallet } from '../dto/wallet-view.dto';
import { decideRefund } from '../ledger.rules';
import { type PostedLeg, planFund, planTransfer } from '../posting/posting';
import type { LockedWallets } from '../posting/posting.repository';
import { PostingService } from '../posting/posting.service';
import { asSeenByOwner, toTransactionView } from '../transaction.view';
import {
  NotRefundableError,
  RefundExceedsRemainingError,
  SameWalletTransferError,
  TransactionNotFoundError,
  WalletNotFoundError,
} from '../transactions.errors';
import { TransactionsService } from '../transactions.service';
import { toWalletView } from '../wallet.view';
import { amountIn, callOf, noteOf, transferView } from './movement-input';

const REFUND_OPERATION = 'refundTransaction';

/**
 * The money's use cases: fund a wallet, transfer between two, refund a received transfer. Each is one
 * unit of work: who may do it (ownership), the Idempotency-Key's claim in the statement that locks the
 * wallets, the posting (rules, then one guarded write with the stored outcome), the counted result.
 */
@Injectable()
export class MovementsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly postings: PostingService,
    private readonly ledger: TransactionsService,
    private readonly idempotency: IdempotencyService,
    private readonly metrics: MetricsService,
    private readonly outgoingLimits: OutgoingLimits,
    private readonly reviews: ReviewGate,
  ) {}

  fund(
    caller: Caller,
    walletId: string,
    input: FundInput,
    token: IdempotencyToken,
  ): Promise<Recorded<FundResult>> {
    const call = {
      ...callOf(caller, token),
      input: { walletId, amount: canonicalDecimal(input.amount), ...noteOf(input) },
    };
    const recorded: Promise<Recorded<FundResult>> = this.unitOfWork.run((tx) =>
      this.idempotency.onceFused(
        tx,
        call,
        (claim) => this.postings.lock(tx, [walletId], claim),
        async ({ wallets: [wallet], at }, recordWith) => {
          if (!wallet || wallet.ownerId !== caller.userId || !inCallersMode(caller, wallet)) {
            return declined(new WalletNotFoundError(walletId));
          }
          const minor = amountIn(input.amount, wallet.currency);
          const posting = planFund(wallet, minor, at, noteOf(input));
          const outcome = mapDone(posting.outcome, (leg) => ({
            wallet: toWalletView(leg.wallet),
            transaction: toTransactionView(leg.transaction),
          }));
          await this.postings.write(tx, posting, recordWith(outcome));
          return outcome;
        },
      ),
    );
    return this.countedMovement('fund', call.operation, recorded);
  }

  /**
   * Locks both wallets (ascending id, so opposite transfers queue instead of deadlocking), with the
   * Idempotency-Key's claim in the same statement, then writes the posting and the stored outcome in one
   * more: four round trips in all, with BEGIN and COMMIT; five when it goes to another user (the
   * sender's tier limits: OutgoingLimits, one guarded statement). A transfer the ledger's rules and the
   * tier's limits would post but a review rule matches is held instead (reviews/review-gate.ts): its money
   * reserved, nothing posted (it still counts against the sender's limits: it is meant to go).
   */
  async transfer(
    caller: Caller,
    input: TransferInput,
    token: IdempotencyToken,
  ): Promise<Recorded<TransferResult | HeldTransferResult>> {
    const { sourceWalletId, destinationWalletId } = input;
    if (sourceWalletId === destinationWalletId) throw new SameWalletTransferError();
    const amount = canonicalDecimal(input.amount);
    const call = {
      ...callOf(caller, token),
      input: { sourceWalletId, destinationWalletId, amount, ...noteOf(input) },
    };
    // Read before any lock is taken: the rule set in force when the transfer was asked for.
    const rules = await this.reviews.rules();
    const recorded: Promise<Recorded<TransferResult | HeldTransferResult>> = this.unitOfWork.run((tx) =>
      this.idempotency.onceFused(
        tx,
        call,
        (claim) => this.postings.lock(tx, [sourceWalletId, destinationWalletId], claim),
        (locked, recordWith) => this.transferLocked(tx, caller, input, rules, locked, recordWith),
      ),
    );
    return this.countedMovement('transfer', call.operation, recorded);
  }

  /**
   * A transfer inside the caller's own unit of work, after the caller's own locks (a payment request's
   * row: payment-requests/), with no Idempotency-Key of its own: the caller's covers the whole use case.
   * The same rules, limits and review holds as transfer(); `rules` read before the caller locked anything.
   * The caller counts it (MetricsService.moneyMovement) once its unit of work commits.
   */
  async transferWithin(
    tx: Db,
    caller: Caller,
    input: TransferInput,
    rules: RuleSet,
  ): Promise<Outcome<TransferResult | HeldTransferResult>> {
    const { sourceWalletId, destinationWalletId } = input;
    if (sourceWalletId === destinationWalletId) throw new SameWalletTransferError();
    const locked = await this.postings.lock(tx, [sourceWalletId, destinationWalletId]);
    return this.transferLocked(tx, caller, input, rules, locked, () => null);
  }

  /** The transfer on its locked wallets: who may send, the ledger's rules, the tier's limits, a review. */
  private async transferLocked(
    tx: Db,
    caller: Caller,
    input: TransferInput,
    rules: RuleSet,
    { wallets, at }: LockedWallets,
    recordWith: (outcome: Outcome<TransferResult | HeldTransferResult>) => Prisma.Sql | null,
  ): Promise<Outcome<TransferResult | HeldTransferResult>> {
    const { sourceWalletId, destinationWalletId } = input;
    const source = wallets.find((w) => w.id === sourceWalletId);
    const destination = wallets.find((w) => w.id === destinationWalletId);
    // Only the owner, in the wallet's mode, may move money out; any existing wallet of that mode may
    // receive it (the lock has refused one of the other mode).
    if (!source || source.ownerId !== caller.userId || !inCallersMode(caller, source)) {
      return declined(new WalletNotFoundError(sourceWalletId));
    }
    // A wallet nobody owns (made before access control) could never be reached again: not a destination.
    if (!destination || destination.ownerId === null) {
      return declined(new WalletNotFoundError(destinationWalletId));
    }
    const minor = amountIn(input.amount, source.currency);
    const planned = planTransfer(source, destination, minor, at, noteOf(input));
    const posting = await this.outgoingLimits.checked(tx, planned, source, destination, noteOf(input));
    if (posting.outcome.kind === 'done') {
      const asked = {
        ownerId: caller.userId,
        source,
        destination,
        amountMinor: minor,
        at,
        note: noteOf(input),
      };
      const held = await this.reviews.holdIfMatched(tx, rules, asked, recordWith);
      if (held) return held;
    }
    const outcome = mapDone(posting.outcome, (legs) => transferView(caller, legs));
    await this.postings.write(tx, posting, recordWith(outcome));
    return outcome;
  }

  /**
   * Refunds: the receiver of a transfer sends (part of) it back to the source wallet. A refund is a
   * transfer of its own, with both legs pointing at the original (refund_of), so the ledger's pairing of
   * transfers holds as for any other; what is left to refund is read under the wallets' locks.
   */
  refund(
    caller: Caller,
    id: string,
    input: RefundRequest,
    key: string | undefined,
  ): Promise<Recorded<RefundResult>> {
    const amount = input.amount === undefined ? undefined : canonicalDecimal(input.amount);
    const call = {
      ...callOf(caller, { operation: REFUND_OPERATION, key }),
      input: { transactionId: id, ...(amount ? { amount } : {}), ...noteOf(input) },
    };
    const recorded = this.unitOfWork
      .run((tx) =>
        this.idempotency.once(tx, call, async () => {
          const original = await this.ledger.findOwned(tx, caller.userId, id, livemodeOf(caller));
          if (!original) return declined(new TransactionNotFoundError(id));
          return this.refundLocked(tx, caller, original, input);
        }),
      )
      .then(replayedAsSeenNow);
    return this.countedMovement('transfer', REFUND_OPERATION, recorded);
  }

  /**
   * Locks both wallets of the original (ascending id, like every transfer), then decides on what is left
   * to refund as of now and writes the refund, or its declined attempt, in one statement.
   */
  private async refundLocked(
    tx: Db,
    caller: Caller,
    original: TransactionRow,
    input: RefundRequest,
  ): Promise<Outcome<RefundResult>> {
    const { transferId, sourceWalletId, walletId } = original;
    if (original.type !== 'TRANSFER_IN' || !transferId || !sourceWalletId) {
      return declined(new NotRefundableError(original.id));
    }
    const { wallets, at } = await this.postings.lock(tx, [walletId, sourceWalletId]);
    const receiver = wallets.find((w) => w.id === walletId);
    const source = wallets.find((w) => w.id === sourceWalletId);
    // Wallets are never deleted (foreign keys restrict it), and the entry was found on the caller's wallet.
    if (!receiver || !source || receiver.ownerId !== caller.userId) {
      throw new Error('a transfer leg without its wallets');
    }
    const refunded = (await this.ledger.refundedOf(tx, [original])).get(transferId) ?? 0n;
    const requested = input.amount === undefined ? undefined : amountIn(input.amount, receiver.currency);
    const decision = decideRefund(original, refunded, requested);
    if (decision.kind === 'refuse') {
      return declined(
        decision.reason === 'NOT_REFUNDABLE'
          ? new NotRefundableError(original.id)
          : new RefundExceedsRemainingError(decision.remainingMinor, getCurrency(receiver.currency)),
      );
    }
    const posting = planTransfer(receiver, source, decision.amountMinor, at, {
      ...noteOf(input),
      refundOf: transferId,
    });
    const outcome = mapDone(posting.outcome, (legs) => refundView(caller, legs));
    await this.postings.write(tx, posting, null);
    return outcome;
  }

  /** Counted once committed: a movement rolled back never happened. */
  private countedMovement<T>(
    type: MovementType,
    operation: string,
    recorded: Promise<Recorded<T>>,
  ): Promise<Recorded<T>> {
    return counted(recorded, (value) => this.metrics.moneyMovement(type, operation, value));
  }
}

/**
 * What the refunder sees of a refund: as a transfer, except that a wallet of another user is the original
 * payer's, hidden from its payee (asSeenByOwner): no destination wallet, no destination id on the leg.
 */
function refundView(caller: Caller, [out, into]: [PostedLeg, PostedLeg]): RefundResult {
  if (into.wallet.ownerId === caller.userId) {
    return {
      sourceWallet: toWalletView(out.wallet),
      destinationWallet: toWalletView(into.wallet),
      transactions: [toTransactionView(out.transaction), toTransactionView(into.transaction)],
    };
  }
  const leg = asSeenByOwner(out.transaction, (walletId) => walletId === out.wallet.id);
  return {
    sourceWallet: toWalletView(out.wallet),
    destinationWallet: null,
    transactions: [toTransactionView(leg)],
  };
}

/**
 * A refund's answer stored before refunds hid the original payer's wallet is a transfer's answer: that
 * wallet as `{ id, currency }` and a TRANSFER_OUT leg naming it. A replay is shown through today's rule
 * (refundView), so retrying an old Idempotency-Key cannot bring the payer's id back; a new answer passes
 * unchanged. Only the caller's own wallets were ever stored whole (with a balance), so they tell what is theirs.
 */
function replayedAsSeenNow(recorded: Recorded<RefundResult>): Recorded<RefundResult> {
  if (!recorded.replayed) return recorded;
  return new Recorded(mapDone(recorded.outcome, refundAsSeenNow), true);
}

function refundAsSeenNow(stored: StoredRefund): RefundResult {
  const destination = isWholeWallet(stored.destinationWallet) ? stored.destinationWallet : null;
  const own = new Set([stored.sourceWallet.id, ...(destination ? [destination.id] : [])]);
  const owns = (walletId: string) => own.has(walletId);
  return {
    sourceWallet: stored.sourceWallet,
    destinationWallet: destination,
    transactions: stored.transactions
      .filter((leg) => owns(leg.walletId))
      .map((leg) => asSeenByOwner(leg, owns)),
  };
}

/** A refund's answer as any version stored it: today's, or a transfer's (before refunds hid the payer). */
type StoredRefund = Omit<RefundResult, 'destinationWallet'> & {
  destinationWallet: Wallet | ForeignWallet | null;
};

function isWholeWallet(wallet: Wallet | ForeignWallet | null): wallet is Wallet {
  return wallet !== null && 'balance' in wallet;
}
