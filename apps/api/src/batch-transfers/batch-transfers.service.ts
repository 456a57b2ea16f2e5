import { Injectable } from '@nestjs/common';
import { canonicalDecimal } from '@wallet/money';
import type { Caller } from '../auth/caller';
import { DomainError, type FieldError } from '../common/errors';
import { problemFromError } from '../common/http/problem';
import { IdempotencyService } from '../common/idempotency/idempotency.service';
import { declined, done, type Outcome, Recorded } from '../common/outcome';
import type { Db } from '../database/db';
import { UnitOfWork } from '../database/unit-of-work';
import { MetricsService } from '../metrics/metrics.service';
import type { HeldTransferResult } from '../reviews/dto/review.dto';
import { ReviewGate } from '../reviews/review-gate';
import type { RuleSet } from '../reviews/review-rules';
import { OutgoingLimits } from '../tiers/outgoing-limits';
import type { TransferInput, TransferResult } from '../transactions/dto/movement.dto';
import { callOf, noteOf } from '../transactions/movements/movement-input';
import { MovementsService } from '../transactions/movements/movements.service';
import { PostingService } from '../transactions/posting/posting.service';
import { WalletNotFoundError } from '../transactions/transactions.errors';
import {
  BatchItemInvalidError,
  BatchSameWalletError,
  BatchTransferFailedError,
} from './batch-transfers.errors';
import type {
  BatchMode,
  BatchTransferItem,
  BatchTransferRequest,
  BatchTransferResult,
} from './dto/batch-transfer.dto';

/** The Idempotency-Key's operation (and the route's operationId). */
export const BATCH_OPERATION = 'transferBatch';

type TransferOutcome = Outcome<TransferResult | HeldTransferResult>;

/**
 * Up to 100 transfers under one Idempotency-Key, in one unit of work: the key's claim rides on the
 * statement that locks every wallet of the batch (ascending id, once, so two batches or a batch and a
 * transfer queue instead of deadlocking); then each transfer is MovementsService.transferWithin, the
 * very rules, tier limits and review holds of a single transfer; then the whole answer is stored under
 * the key and commits with the money, so a retry replays it and moves nothing.
 * - independent: a refused transfer is recorded as a single one is (its FAILED entry, its problem) and
 *   the next one runs;
 * - atomic: the first refused transfer rolls the batch back to a savepoint taken after the locks and the
 *   claim, and the batch answers 422 BATCH_TRANSFER_FAILED, stored under the key (as a single transfer's
 *   decline is): no entry, no reservation, no event of the batch remains. A transfer a review rule holds
 *   is not refused: it is accepted (PENDING_REVIEW, its money reserved) and the batch commits.
 * A malformed transfer (same wallet twice, an amount its wallet's currency cannot hold) refuses the whole
 * batch with 400, which rolls back and is not stored, like a single transfer's.
 */
@Injectable()
export class BatchTransfersService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly movements: MovementsService,
    private readonly postings: PostingService,
    private readonly idempotency: IdempotencyService,
    private readonly reviews: ReviewGate,
    private readonly metrics: MetricsService,
    private readonly limits: OutgoingLimits,
  ) {}

  async transfer(
    caller: Caller,
    body: BatchTransferRequest,
    key: string | undefined,
  ): Promise<Recorded<BatchTransferResult>> {
    const { mode, transfers } = body;
    for (const [index, t] of transfers.entries()) {
      if (t.sourceWalletId === t.destinationWalletId) throw new BatchSameWalletError(index);
    }
    const call = {
      ...callOf(caller, { operation: BATCH_OPERATION, key }),
      // As a single transfer's: amounts canonical, so `10` and "10.00" are the same batch.
      input: {
        mode,
        transfers: transfers.map((t) => ({
          sourceWalletId: t.sourceWalletId,
          destinationWalletId: t.destinationWalletId,
          amount: canonicalDecimal(t.amount),
          ...noteOf(t),
        })),
      },
    };
    const ids = [...new Set(transfers.flatMap((t) => [t.sourceWalletId, t.destinationWalletId]))];
    // Read before any lock is taken, as a single transfer does.
    const rules = await this.reviews.rules();
    const decided: TransferOutcome[] = [];
    const recorded = await this.unitOfWork.run((tx) =>
      this.idempotency.onceFused(
        tx,
        call,
        // Every wallet once, whatever its mode: each transfer's own lock (in transferWithin) refuses a
        // pair that crosses between live and test money, that transfer alone.
        (claim) => this.postings.lock(tx, ids, claim, { oneMode: false }),
        async (locked) => {
          // The caller's money-limit totals too, in one order, before any transfer claims them.
          const currencies = locked.wallets
            .filter((w) => w.ownerId === caller.userId && w.livemode)
            .map((w) => w.currency);
          await this.limits.lockTotals(tx, caller.userId, currencies, locked.at);
          return this.run(tx, caller, mode, transfers, rules, decided);
        },
      ),
    );
    this.count(recorded, decided);
    return recorded;
  }

  private async run(
    tx: Db,
    caller: Caller,
    mode: BatchMode,
    transfers: TransferInput[],
    rules: RuleSet,
    decided: TransferOutcome[],
  ): Promise<Outcome<BatchTransferResult>> {
    // Everything after this point of an atomic batch can be undone; the locks and the claim stay.
    if (mode === 'atomic') await tx.$executeRaw`SAVEPOINT batch_transfers`;
    const results: BatchTransferItem[] = [];
    for (const [index, input] of transfers.entries()) {
      const outcome = await this.transferAt(tx, caller, index, input, rules);
      if (outcome.kind === 'declined' && mode === 'atomic') {
        await tx.$executeRaw`ROLLBACK TO SAVEPOINT batch_transfers`;
        decided.length = 0;
        decided.push(outcome);
        return declined(new BatchTransferFailedError(index, outcome.error, unrecordedProblem(outcome.error)));
      }
      decided.push(outcome);
      results.push(itemView(index, outcome));
    }
    return done({ results });
  }

  /** One transfer of the batch, as a single one; a field its wallet refuses names its place in the batch. */
  private async transferAt(
    tx: Db,
    caller: Caller,
    index: number,
    input: TransferInput,
    rules: RuleSet,
  ): Promise<TransferOutcome> {
    try {
      return await this.movements.transferWithin(tx, caller, input, rules);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'VALIDATION_FAILED') {
        throw new BatchItemInvalidError(index, (error.extensions.errors ?? []) as FieldError[]);
      }
      // A wallet of the other mode (live or test) is not there for this transfer: its refusal, as a
      // single transfer's, writes nothing (no FAILED entry), and the batch goes on (or, atomic, stops).
      if (error instanceof WalletNotFoundError) return declined(error);
      throw error;
    }
  }

  /** Counted once committed, one movement per transfer (a replay once, as a replay). */
  private count(recorded: Recorded<BatchTransferResult>, decided: TransferOutcome[]): void {
    if (recorded.replayed) {
      this.metrics.moneyMovement('transfer', BATCH_OPERATION, recorded);
      return;
    }
    for (const outcome of decided) {
      this.metrics.moneyMovement('transfer', BATCH_OPERATION, new Recorded(outcome, false));
    }
  }
}

/** What the caller sees of one transfer of the batch. */
function itemView(index: number, outcome: TransferOutcome): BatchTransferItem {
  if (outcome.kind === 'declined') {
    return { index, status: 'FAILED', problem: problemFromError(outcome.error) };
  }
  const value = outcome.value;
  if ('transfer' in value) return { index, status: 'PENDING_REVIEW', transfer: value.transfer };
  return { index, status: 'SUCCESS', transactions: value.transactions };
}

/** The refused transfer's problem once its FAILED entry was rolled back with the batch: no transactionId. */
function unrecordedProblem(error: DomainError): Record<string, unknown> {
  const { transactionId: _rolledBack, ...problem } = problemFromError(error);
  return { ...problem };
}
