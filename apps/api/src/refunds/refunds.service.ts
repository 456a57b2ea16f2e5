import { Injectable } from '@nestjs/common';
import { canonicalDecimal, getCurrency } from '@wallet/money';
import { type Caller, idempotencyScope } from '../auth/caller';
import { IdempotencyService } from '../common/idempotency/idempotency.service';
import { declined, type Outcome, type Recorded } from '../common/outcome';
import type { Db } from '../database/db';
import type { TransactionRow } from '../database/rows';
import { UnitOfWork } from '../database/unit-of-work';
import { MetricsService } from '../metrics/metrics.service';
import { decideRefund } from '../transactions/ledger.rules';
import {
  NotRefundableError,
  RefundExceedsRemainingError,
  TransactionNotFoundError,
} from '../transactions/transactions.errors';
import { TransactionsService } from '../transactions/transactions.service';
import type { TransferResult } from '../wallets/dto/wallet.dto';
import { WalletsRepository } from '../wallets/wallets.repository';
import { amountIn, counted, mapDone, noteOf, transferView } from '../wallets/wallets.service';
import type { RefundRequest } from './dto/refund.dto';

const OPERATION = 'refundTransaction';

/**
 * Refunds: the receiver of a transfer sends (part of) it back to the source wallet. A refund is a
 * transfer of its own, with both legs pointing at the original (refund_of), so the ledger's pairing of
 * transfers holds as for any other; what is left to refund is read under the wallets' locks.
 */
@Injectable()
export class RefundsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly wallets: WalletsRepository,
    private readonly ledger: TransactionsService,
    private readonly idempotency: IdempotencyService,
    private readonly metrics: MetricsService,
  ) {}

  refund(
    caller: Caller,
    id: string,
    input: RefundRequest,
    key: string | undefined,
  ): Promise<Recorded<TransferResult>> {
    const amount = input.amount === undefined ? undefined : canonicalDecimal(input.amount);
    const call = {
      scope: idempotencyScope(caller),
      key,
      operation: OPERATION,
      input: { transactionId: id, ...(amount ? { amount } : {}), ...noteOf(input) },
    };
    const recorded = this.unitOfWork.run((tx) =>
      this.idempotency.once(tx, call, async () => {
        const original = await this.ledger.findOwned(tx, caller.userId, id);
        if (!original) return declined(new TransactionNotFoundError(id));
        return this.refundLocked(tx, caller, original, input);
      }),
    );
    return counted(recorded, (value) => this.metrics.moneyMovement('transfer', OPERATION, value));
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
  ): Promise<Outcome<TransferResult>> {
    const { transferId, sourceWalletId, walletId } = original;
    if (original.type !== 'TRANSFER_IN' || !transferId || !sourceWalletId) {
      return declined(new NotRefundableError(original.id));
    }
    const { wallets, at } = await this.wallets.lockForUpdate(tx, [walletId, sourceWalletId]);
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
    const posting = this.ledger.planTransfer(receiver, source, decision.amountMinor, at, {
      ...noteOf(input),
      refundOf: transferId,
    });
    const outcome = mapDone(posting.outcome, (legs) => transferView(caller, legs));
    await this.ledger.write(tx, posting, null);
    return outcome;
  }
}
