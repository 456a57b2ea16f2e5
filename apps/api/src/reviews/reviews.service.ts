import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { RequestContext } from '../audit/request-context';
import { ValidationFailedError } from '../common/errors';
import { done } from '../common/outcome';
import { encodeCursor, type Page, pageSize } from '../common/page';
import type { Db } from '../database/db';
import { PrismaService } from '../database/prisma.service';
import type { WalletRow } from '../database/rows';
import { UnitOfWork } from '../database/unit-of-work';
import { OwnAccountError } from '../ops/own-account';
import { type LedgerEntry, type Posting, planTransfer } from '../transactions/posting/posting';
import { PostingService } from '../transactions/posting/posting.service';
import { WalletNotFoundError } from '../transactions/transactions.errors';
import { WebhookOutbox } from '../webhooks/webhook-outbox';
import type { HeldTransfer, ReviewItem, ReviewRuleSetPage, ReviewRuleSetView } from './dto/review.dto';
import { type ReviewRow, toHeldTransferView, toReviewItemView } from './review.view';
import { reviewEvent } from './review-gate';
import { fromStoredRules, parseRulesInput, toRulesView, toStoredRules } from './review-rules';
import {
  ReleaseFrozenError,
  ReleaseOverLimitError,
  ReviewNotFoundError,
  ReviewNotPendingError,
} from './reviews.errors';
import { ReviewsRepository, type RuleSetRow } from './reviews.repository';

/** Who decides: a staff member (their role is recorded in the audit trail when known). */
export interface Decider {
  userId: string;
  role?: string;
}

export type ReviewStatus = 'PENDING' | 'RELEASED' | 'REJECTED';

/** The failure code of a held transfer's FAILED row once staff reject it. */
export const REVIEW_REJECTED = 'REVIEW_REJECTED';

const RULE_HISTORY = 20;

/**
 * Staff's side of the review rules: the queue of held transfers, the decision on each (release: posted
 * as a normal transfer under the held id; reject: a FAILED REVIEW_REJECTED row), and the rules' versions.
 * A decision locks the transfer's wallets (ascending id, as every posting) before it claims the review,
 * so of two decisions at once exactly one wins and the other finds it decided (409).
 */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly prisma: PrismaService,
    private readonly reviews: ReviewsRepository,
    private readonly postings: PostingService,
    private readonly outbox: WebhookOutbox,
    private readonly audit: AuditService,
  ) {}

  async queue(status: ReviewStatus, limit?: number, afterSeq?: bigint): Promise<Page<ReviewItem>> {
    const size = pageSize(limit);
    const rows = await this.reviews.list(this.prisma, status, { limit: size + 1, afterSeq });
    const shown = rows.slice(0, size);
    const last = shown[shown.length - 1];
    return {
      data: shown.map(toReviewItemView),
      nextCursor: rows.length > size && last ? encodeCursor(last.seq) : null,
    };
  }

  /** A wallet's held transfers, for its owner; another user's wallet is not found (404). */
  async ofOwnedWallet(
    userId: string,
    walletId: string,
    pendingOnly: boolean,
    livemode: boolean,
  ): Promise<HeldTransfer[]> {
    if (!(await this.reviews.walletOwnedBy(this.prisma, walletId, userId, livemode))) {
      throw new WalletNotFoundError(walletId);
    }
    return (await this.reviews.ofWallet(this.prisma, walletId, pendingOnly, 50)).map(toHeldTransferView);
  }

  release(staff: Decider, id: string, context?: RequestContext): Promise<ReviewItem> {
    return this.decide(staff, id, context, async (tx, review, { source, destination, at }) => {
      // The reservation is given back in the decision's statement, so the transfer may take it.
      const posting = planTransfer(
        { ...source, reservedMinor: source.reservedMinor - review.amountMinor },
        destination,
        review.amountMinor,
        at,
        { description: review.description ?? undefined, reference: review.reference ?? undefined },
        review.id,
      );
      if (posting.outcome.kind === 'declined') {
        // Nothing is written: the transfer stays held (the reservation covers it, so only a freeze of the
        // payer's wallet or the destination's balance limit can stand in its way).
        if (posting.outcome.error.code === 'WALLET_FROZEN') throw new ReleaseFrozenError(source.id);
        throw new ReleaseOverLimitError(review.currency);
      }
      const decided = this.decided(review, 'RELEASED', staff, null, posting.entries[0], at);
      await this.claim(tx, decided, 'transfer.released');
      await this.postings.write(tx, posting, null);
      return decided;
    });
  }

  reject(staff: Decider, id: string, reason: string, context?: RequestContext): Promise<ReviewItem> {
    return this.decide(staff, id, context, async (tx, review, { source, destination, at }) => {
      const posting = rejection(review, source, destination, at);
      const decided = this.decided(review, 'REJECTED', staff, reason, posting.entries[0], at);
      await this.claim(tx, decided, 'transfer.rejected');
      await this.postings.write(tx, posting, null);
      return decided;
    });
  }

  /** Finds the review, locks its wallets, then runs the decision; decided already: 409, nothing written. */
  private async decide(
    staff: Decider,
    id: string,
    context: RequestContext | undefined,
    work: (
      tx: Db,
      review: ReviewRow,
      locked: { source: WalletRow; destination: WalletRow; at: Date },
    ) => Promise<ReviewRow>,
  ): Promise<ReviewItem> {
    return this.unitOfWork.run(async (tx) => {
      const found = await this.reviews.find(tx, id);
      if (!found) throw new ReviewNotFoundError(id);
      if (found.ownerId === staff.userId) throw new OwnAccountError('decide on a held transfer');
      if (found.status !== 'PENDING') throw new ReviewNotPendingError(id, found.status);
      const { wallets, at } = await this.postings.lock(tx, [found.sourceWalletId, found.destinationWalletId]);
      // Read again under the wallets' locks: every decision is made under them, so what this read sees
      // is final (a decision that won while this one waited has committed by now).
      const review = await this.reviews.find(tx, id);
      if (review?.status !== 'PENDING') throw new ReviewNotPendingError(id, review?.status ?? 'decided');
      const source = wallets.find((w) => w.id === review.sourceWalletId);
      const destination = wallets.find((w) => w.id === review.destinationWalletId);
      // Wallets are never deleted (foreign keys restrict it).
      if (!source || !destination) throw new Error('a held transfer without its wallets');
      const decided = await work(tx, review, { source, destination, at });
      await this.audit.record(
        {
          action: decided.status === 'RELEASED' ? 'review.released' : 'review.rejected',
          actorId: staff.userId,
          actorRole: staff.role ?? null,
          subjectType: 'transfer_review',
          subjectId: id,
          // The payer's security history shows the decision on their transfer.
          userId: review.ownerId,
          before: { status: 'PENDING', ruleVersion: review.ruleVersion, reasons: review.reasons },
          after: {
            status: decided.status,
            ruleVersion: decided.ruleVersion,
            transactionId: decided.transactionId,
            ...(decided.decisionReason ? { reason: decided.decisionReason } : {}),
          },
          ...(context ? { context } : {}),
        },
        tx,
      );
      return toReviewItemView(decided);
    });
  }

  private decided(
    review: ReviewRow,
    status: 'RELEASED' | 'REJECTED',
    staff: Decider,
    reason: string | null,
    entry: LedgerEntry | undefined,
    at: Date,
  ): ReviewRow {
    if (!entry) throw new Error('a decision writes a ledger row');
    return {
      ...review,
      status,
      decidedBy: staff.userId,
      decidedAt: at,
      decisionReason: reason,
      transactionId: entry.id,
    };
  }

  /** Marks the review decided and gives its reservation back, with its webhook event; 409 if another won. */
  private async claim(tx: Db, decided: ReviewRow, event: 'transfer.released' | 'transfer.rejected') {
    const part = this.outbox.partFor([reviewEvent(event, decided)], decided.decidedAt ?? new Date());
    const won = await this.reviews.decide(
      tx,
      {
        id: decided.id,
        status: decided.status as 'RELEASED' | 'REJECTED',
        decidedBy: decided.decidedBy ?? '',
        reason: decided.decisionReason,
        transactionId: decided.transactionId ?? '',
        at: decided.decidedAt ?? new Date(),
      },
      { ctes: part?.ctes ?? null, returns: part?.returns ?? null },
    );
    if (!won) {
      const now = await this.reviews.find(tx, decided.id);
      throw new ReviewNotPendingError(decided.id, now?.status ?? 'decided');
    }
    await this.outbox.enqueue(tx, won.riders);
  }

  async rules(): Promise<ReviewRuleSetPage> {
    const [active, ...history] = (await this.reviews.ruleSets(this.prisma, RULE_HISTORY + 1)).map(
      ruleSetView,
    );
    if (!active) throw new Error('no review rule set: the migrations did not run');
    return { active, history };
  }

  /** An admin's edit: validated whole, saved as the next version, in force for the next transfer. */
  async putRules(
    staff: Decider,
    input: { rules: unknown; note?: string | undefined },
    context?: RequestContext,
  ): Promise<ReviewRuleSetView> {
    const parsed = parseRulesInput(input.rules);
    if (!parsed.ok) {
      throw new ValidationFailedError('The rule set is not valid; nothing was saved.', parsed.errors);
    }
    const row = await this.unitOfWork.run(async (tx) => {
      const added = await this.reviews.addRuleSet(
        tx,
        toStoredRules(parsed.rules),
        staff.userId,
        input.note ?? null,
      );
      // The version it replaces (versions are added one at a time: addRuleSet takes turns).
      const [, before] = await this.reviews.ruleSets(tx, 2);
      await this.audit.record(
        {
          action: 'review_rules.changed',
          actorId: staff.userId,
          actorRole: staff.role ?? null,
          subjectType: 'review_rules',
          subjectId: String(added.version),
          before: before ? ruleSetView(before) : null,
          after: ruleSetView(added),
          ...(context ? { context } : {}),
        },
        tx,
      );
      return added;
    });
    return ruleSetView(row);
  }
}

function ruleSetView(row: RuleSetRow): ReviewRuleSetView {
  return {
    version: row.version,
    rules: toRulesView(fromStoredRules(row.rules)),
    createdBy: row.createdBy,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A rejected transfer's record: a FAILED TRANSFER_OUT on the source that moves nothing. */
function rejection(
  review: ReviewRow,
  source: WalletRow,
  destination: WalletRow,
  at: Date,
): Posting<LedgerEntry> {
  const entry: LedgerEntry = {
    id: randomUUID(),
    walletId: source.id,
    type: 'TRANSFER_OUT',
    status: 'FAILED',
    amountMinor: review.amountMinor,
    currency: source.currency,
    balanceBeforeMinor: source.balanceMinor,
    balanceAfterMinor: source.balanceMinor,
    sourceWalletId: source.id,
    destinationWalletId: destination.id,
    // A FAILED row carries no transfer id (a transfer's id pairs its two SUCCESS legs); the review
    // names this row (transaction_id).
    transferId: null,
    failureCode: REVIEW_REJECTED,
    description: review.description,
    reference: review.reference,
    refundOf: null,
    createdAt: at,
  };
  return {
    outcome: done(entry),
    entries: [entry],
    moves: [],
    at,
    owners: new Map([
      [source.id, source.ownerId],
      [destination.id, destination.ownerId],
    ]),
  };
}
