import { Injectable } from '@nestjs/common';
import { canonicalDecimal } from '@wallet/money';
import type { RequestContext } from '../audit/request-context';
import { IdempotencyService } from '../common/idempotency/idempotency.service';
import { declined, done, type Outcome, Recorded } from '../common/outcome';
import { type Page, pageSize, toPage } from '../common/page';
import type { Db } from '../database/db';
import { UnitOfWork } from '../database/unit-of-work';
import { OwnAccountError } from '../ops/own-account';
import type { StaffMember } from '../ops/staff';
import { amountIn } from '../transactions/movements/movement-input';
import { planAdjustment } from '../transactions/posting/posting';
import { PostingService } from '../transactions/posting/posting.service';
import { toTransactionView } from '../transactions/transaction.view';
import { WalletNotFoundError } from '../transactions/transactions.errors';
import { toAdjustmentView, toStaffWalletView } from './adjustment.view';
import {
  AdjustmentNotFoundError,
  AdjustmentNotProposedError,
  RejectNotAllowedError,
  SecondApproverRequiredError,
} from './adjustments.errors';
import { type AdjustmentRow, AdjustmentsRepository } from './adjustments.repository';
import type {
  Adjustment,
  AdjustmentStatus,
  ApprovedAdjustment,
  ProposeAdjustmentRequest,
} from './dto/adjustment.dto';
import { OperatorAudit } from './operator-audit';

const PROPOSE_OPERATION = 'proposeAdjustment';

/**
 * Two-person adjustments: one staff member (finance or admin) proposes a credit or debit of a wallet
 * with a reason; another (an admin, never the proposer) approves it, which posts its ADJUSTMENT ledger
 * row in the same transaction as the approval. Rejected, withdrawn or expired proposals move nothing.
 * Every decision is made on the locked adjustment, so two approvals at once queue and the second finds
 * it decided: money moves once.
 */
@Injectable()
export class AdjustmentsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly adjustments: AdjustmentsRepository,
    private readonly postings: PostingService,
    private readonly idempotency: IdempotencyService,
    private readonly audit: OperatorAudit,
  ) {}

  propose(
    staff: StaffMember,
    input: ProposeAdjustmentRequest,
    key: string | undefined,
    context: RequestContext,
  ): Promise<Recorded<Adjustment>> {
    const call = {
      scope: `user:${staff.userId}`,
      key,
      operation: PROPOSE_OPERATION,
      input: { ...input, amount: canonicalDecimal(input.amount) },
    };
    return this.unitOfWork.run((tx) =>
      this.idempotency.once(tx, call, async () => {
        const wallet = await this.adjustments.wallet(tx, input.walletId);
        if (!wallet) return declined(new WalletNotFoundError(input.walletId));
        // Thrown, not declined: the transaction rolls back and the key stays unused.
        if (wallet.ownerId === staff.userId) throw new OwnAccountError('propose an adjustment of a wallet');
        const row = await this.adjustments.propose(tx, {
          walletId: wallet.id,
          direction: input.direction,
          amountMinor: amountIn(input.amount, wallet.currency),
          currency: wallet.currency,
          reason: input.reason,
          proposedBy: staff.userId,
        });
        const view = toAdjustmentView(row);
        await this.audit.record(tx, staff, context, {
          action: 'adjustment.proposed',
          subjectType: 'adjustment',
          subjectId: row.id,
          userId: wallet.ownerId,
          after: view,
        });
        return done(view);
      }),
    );
  }

  async list(page: {
    status?: AdjustmentStatus;
    limit?: number;
    cursor?: bigint;
  }): Promise<Page<Adjustment>> {
    const limit = pageSize(page.limit);
    const rows = await this.unitOfWork.run(async (tx) => {
      // Expiry is evaluated when proposals are read: the list never shows a PROPOSED one past its time.
      await this.adjustments.expire(tx);
      return this.adjustments.list(tx, { status: page.status, limit: limit + 1, beforeSeq: page.cursor });
    });
    return toPage(rows, limit, toAdjustmentView);
  }

  async get(id: string): Promise<Adjustment> {
    const row = await this.unitOfWork.run(async (tx) => {
      await this.adjustments.expire(tx, id);
      return this.adjustments.find(tx, id);
    });
    if (!row) throw new AdjustmentNotFoundError(id);
    return toAdjustmentView(row);
  }

  /**
   * Approves: on the locked adjustment (PROPOSED, not expired, not the approver's own), locks its wallet
   * and posts the ADJUSTMENT row; a debit the balance does not cover (INSUFFICIENT_FUNDS) or a credit
   * past the currency's limit (BALANCE_LIMIT_EXCEEDED) is refused and the adjustment stays PROPOSED.
   */
  approve(staff: StaffMember, id: string, context: RequestContext): Promise<Recorded<ApprovedAdjustment>> {
    return this.decided(
      this.unitOfWork.run(async (tx): Promise<Outcome<ApprovedAdjustment>> => {
        const open = await this.openForDecision(tx, id);
        if (open.kind === 'declined') return open;
        const before = open.value;
        if (before.proposedBy === staff.userId) return declined(new SecondApproverRequiredError());
        const { wallets, at } = await this.postings.lock(tx, [before.walletId]);
        const wallet = wallets[0];
        if (!wallet) throw new Error('an adjustment without its wallet');
        if (wallet.ownerId === staff.userId) {
          return declined(new OwnAccountError('approve an adjustment of a wallet'));
        }
        const plan = planAdjustment(wallet, before.direction, before.amountMinor, at);
        if (!('entries' in plan)) return plan.outcome;
        await this.postings.write(tx, plan, null);
        const [entry] = plan.entries;
        if (!entry || plan.outcome.kind !== 'done') throw new Error('an approved adjustment without its row');
        const after = await this.adjustments.decide(tx, id, {
          status: 'APPROVED',
          decidedBy: staff.userId,
          transactionId: entry.id,
        });
        await this.recordDecision(tx, staff, context, 'adjustment.approved', wallet.ownerId, before, after);
        return done({
          adjustment: toAdjustmentView(after),
          wallet: toStaffWalletView(plan.outcome.value.wallet),
          transaction: toTransactionView(entry),
        });
      }),
    );
  }

  /** Rejects (an admin) or withdraws (its proposer) a PROPOSED adjustment: nothing moves. */
  reject(
    staff: StaffMember,
    id: string,
    reason: string,
    context: RequestContext,
  ): Promise<Recorded<Adjustment>> {
    return this.decided(
      this.unitOfWork.run(async (tx): Promise<Outcome<Adjustment>> => {
        const open = await this.openForDecision(tx, id);
        if (open.kind === 'declined') return open;
        const before = open.value;
        if (staff.role !== 'admin' && before.proposedBy !== staff.userId) {
          return declined(new RejectNotAllowedError());
        }
        const after = await this.adjustments.decide(tx, id, {
          status: 'REJECTED',
          decidedBy: staff.userId,
          decisionReason: reason,
        });
        const wallet = await this.adjustments.wallet(tx, before.walletId);
        if (!wallet) throw new Error('an adjustment without its wallet');
        await this.recordDecision(tx, staff, context, 'adjustment.rejected', wallet.ownerId, before, after);
        return done(toAdjustmentView(after));
      }),
    );
  }

  /**
   * The adjustment, locked, if it can still be decided. One past its time is marked EXPIRED here (a
   * decline commits, so the mark stays) and answers as decided.
   */
  private async openForDecision(tx: Db, id: string): Promise<Outcome<AdjustmentRow>> {
    const locked = await this.adjustments.lockForDecision(tx, id);
    if (!locked) return declined(new AdjustmentNotFoundError(id));
    const { row, expired } = locked;
    if (row.status === 'PROPOSED' && expired) {
      await this.adjustments.expire(tx, id);
      return declined(new AdjustmentNotProposedError(id, 'EXPIRED'));
    }
    if (row.status !== 'PROPOSED') return declined(new AdjustmentNotProposedError(id, row.status));
    return done(row);
  }

  private recordDecision(
    tx: Db,
    staff: StaffMember,
    context: RequestContext,
    action: 'adjustment.approved' | 'adjustment.rejected',
    ownerId: string | null,
    before: AdjustmentRow,
    after: AdjustmentRow,
  ): Promise<void> {
    return this.audit.record(tx, staff, context, {
      action,
      subjectType: 'adjustment',
      subjectId: after.id,
      userId: ownerId,
      before: toAdjustmentView(before),
      after: toAdjustmentView(after),
    });
  }

  private async decided<T>(outcome: Promise<Outcome<T>>): Promise<Recorded<T>> {
    return new Recorded(await outcome, false);
  }
}
