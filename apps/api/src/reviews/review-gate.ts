import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { done, type Outcome } from '../common/outcome';
import type { Db } from '../database/db';
import { PrismaService } from '../database/prisma.service';
import type { WalletRow } from '../database/rows';
import type { Prisma } from '../generated/prisma/client';
import type { Note } from '../transactions/posting/posting';
import { toWalletView } from '../transactions/wallet.view';
import type { WebhookEventType } from '../webhooks/webhook-events';
import { WebhookOutbox } from '../webhooks/webhook-outbox';
import type { HeldTransferResult } from './dto/review.dto';
import { type ReviewRow, toHeldTransferView } from './review.view';
import {
  factsNeeded,
  matchedRules,
  type ReviewReason,
  type RuleSet,
  type TransferFacts,
} from './review-rules';
import { ReviewsRepository } from './reviews.repository';

/** A transfer the rules decided could be posted, on its locked wallets, before it is written. */
export interface TransferAsked {
  ownerId: string;
  source: WalletRow;
  destination: WalletRow;
  amountMinor: bigint;
  at: Date;
  note: Note;
}

/**
 * Where a transfer meets the review rules. The transfer use case asks two things: the rule set in force
 * (read before it locks anything) and, once the ledger's rules would post the transfer, whether to hold
 * it instead. A held transfer writes no ledger row: its amount is reserved on the source wallet and a
 * review waits for staff (ReviewsService), the payer hears of it by webhook and live event.
 */
@Injectable()
export class ReviewGate {
  constructor(
    private readonly prisma: PrismaService,
    private readonly reviews: ReviewsRepository,
    private readonly outbox: WebhookOutbox,
  ) {}

  /** The rule set transfers are checked against now. */
  rules(): Promise<RuleSet> {
    return this.reviews.activeRuleSet(this.prisma);
  }

  /**
   * Holds the transfer when a rule of `ruleSet` matches it: writes the review and the reservation (with
   * `recordWith`'s stored answer and the webhook event) and returns the answer; null when no rule matches
   * and the transfer is to be posted as usual.
   */
  async holdIfMatched(
    tx: Db,
    ruleSet: RuleSet,
    asked: TransferAsked,
    recordWith: (outcome: Outcome<HeldTransferResult>) => Prisma.Sql | null,
  ): Promise<Outcome<HeldTransferResult> | null> {
    const reasons = await this.matched(tx, ruleSet, asked);
    if (reasons.length === 0) return null;
    return this.hold(tx, ruleSet, asked, reasons, recordWith);
  }

  /** The rules of `ruleSet` the transfer matches (none: it is to be posted as usual). */
  async matched(tx: Db, ruleSet: RuleSet, asked: TransferAsked): Promise<ReviewReason[]> {
    // Test mode's transfers are never held for review: no real money is at risk.
    if (!asked.source.livemode) return [];
    return matchedRules(ruleSet.rules, await this.factsOf(tx, ruleSet, asked));
  }

  /**
   * Holds the transfer for the rules it matched: writes the review and the reservation on the source
   * (`asked.source.reservedMinor` must be what the locked wallet reserves now), with `recordWith`'s
   * stored answer and the webhook event, and returns the answer.
   */
  async hold(
    tx: Db,
    ruleSet: RuleSet,
    asked: TransferAsked,
    reasons: ReviewReason[],
    recordWith: (outcome: Outcome<HeldTransferResult>) => Prisma.Sql | null,
  ): Promise<Outcome<HeldTransferResult>> {
    const { source, destination, amountMinor, at, note } = asked;
    const review: ReviewRow = {
      id: randomUUID(),
      seq: 0n,
      ownerId: asked.ownerId,
      sourceWalletId: source.id,
      destinationWalletId: destination.id,
      amountMinor,
      currency: source.currency,
      description: note.description ?? null,
      reference: note.reference ?? null,
      status: 'PENDING',
      ruleVersion: ruleSet.version,
      reasons,
      createdAt: at,
      decidedBy: null,
      decidedAt: null,
      decisionReason: null,
      transactionId: null,
    };
    const reservedMinor = source.reservedMinor + amountMinor;
    const outcome = done({
      transfer: toHeldTransferView(review),
      sourceWallet: toWalletView({ ...source, reservedMinor }),
    });
    const event = this.outbox.partFor([reviewEvent('transfer.held', review)], at);
    const written = await this.reviews.hold(tx, { ...review, at }, recordWith(outcome), {
      ctes: event?.ctes ?? null,
      returns: event?.returns ?? null,
    });
    // The ledger's rules checked the available balance on the locked wallet: the reservation must fit.
    assert.equal(written.reservedMinor, reservedMinor, 'a reservation the rules allowed was refused');
    await this.outbox.enqueue(tx, written.riders);
    return outcome;
  }

  /** What the rules need to know: the transfer, and only the parts of the payer's history they read. */
  private async factsOf(tx: Db, ruleSet: RuleSet, asked: TransferAsked): Promise<TransferFacts> {
    const { amountMinor, source, destination, ownerId } = asked;
    const needed = factsNeeded(ruleSet.rules, amountMinor, source.currency);
    const windows =
      needed.hourly || needed.daily
        ? await this.reviews.windowTotals(tx, ownerId, source.currency, asked.at)
        : undefined;
    // The payer's own wallets are never a new counterparty.
    const paidBefore = !needed.counterparty
      ? undefined
      : destination.ownerId === ownerId || (await this.reviews.paidBefore(tx, ownerId, destination.id));
    return {
      amountMinor,
      currency: source.currency,
      ...(windows ? { hourly: windows.hourly, daily: windows.daily } : {}),
      ...(paidBefore !== undefined ? { paidBefore } : {}),
    };
  }
}

/** A webhook event of a held transfer, for its payer. */
export function reviewEvent(type: WebhookEventType, review: ReviewRow) {
  const id = randomUUID();
  const createdAt = (review.decidedAt ?? review.createdAt).toISOString();
  return {
    id,
    ownerId: review.ownerId,
    type,
    payload: { id, type, createdAt, data: toHeldTransferView(review) },
  };
}
