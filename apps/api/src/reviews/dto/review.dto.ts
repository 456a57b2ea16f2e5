import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsObject } from 'class-validator';
import { JsonNumber } from '../../common/http/json-body.middleware';
import { DateTime, Money, UuidProperty } from '../../common/http/openapi-decorators';
import { DisplayName, Optional, Required, Rules } from '../../common/validation';
import { Wallet } from '../../transactions/dto/wallet-view.dto';
import { REVIEW_REASONS, type ReviewReason } from '../review-rules';

/** A transfer a review rule held: its money is reserved on the source wallet until staff decide. */
export class HeldTransfer {
  @UuidProperty('The transfer id: once released, both legs carry it as transferId.') id!: string;
  @ApiProperty({ enum: ['PENDING_REVIEW', 'RELEASED', 'REJECTED'] })
  status!: 'PENDING_REVIEW' | 'RELEASED' | 'REJECTED';
  @UuidProperty() sourceWalletId!: string;
  @UuidProperty() destinationWalletId!: string;
  @Money(12000, 'Major units, exact: reserved on the source wallet while PENDING_REVIEW.') amount!: number;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ type: String, nullable: true }) reference!: string | null;
  @ApiProperty({ description: 'The review rule set version that held it.', example: 1 }) ruleVersion!: number;
  @ApiProperty({ enum: REVIEW_REASONS, isArray: true, description: 'The rules it met.' })
  reasons!: ReviewReason[];
  @DateTime() createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt!: string | null;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description:
      "The ledger row of the decision: the release's TRANSFER_OUT leg, or the rejection's FAILED row.",
  })
  transactionId!: string | null;
}

/** The answer (202) to a transfer a review rule held. */
export class HeldTransferResult {
  @ApiProperty({ type: HeldTransfer }) transfer!: HeldTransfer;
  @ApiProperty({
    type: Wallet,
    description: 'The source wallet: its availableBalance no longer counts the amount.',
  })
  sourceWallet!: Wallet;
}

/** A held transfer as staff see it. */
export class ReviewItem extends HeldTransfer {
  @UuidProperty('The payer.') ownerId!: string;
  @ApiProperty({ type: String, nullable: true }) ownerEmail!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The staff member who decided.' })
  decidedBy!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "A rejection's reason." })
  decisionReason!: string | null;
}

export class ReviewPage {
  @ApiProperty({ type: ReviewItem, isArray: true }) data!: ReviewItem[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

/** What a decision answers: the review as decided. */
export class ReviewDecision {
  @ApiProperty({ type: ReviewItem }) review!: ReviewItem;
}

export class RejectRequest {
  @ApiProperty({ minLength: 1, maxLength: 500, example: 'The payee is a known mule account.' })
  @Rules(Required(), DisplayName(500))
  reason!: string;
}

export class ReviewRuleSetView {
  @ApiProperty({ example: 2 }) version!: number;
  @ApiProperty({
    description:
      'hourly and daily: { maxCount (null: off), maxAmount: { CUR: major units } }; newCounterpartyAbove and singleAmountAbove: { CUR: major units }. A currency absent is a rule off for it.',
    example: {
      hourly: { maxCount: 20, maxAmount: { USD: 5000 } },
      daily: { maxCount: null, maxAmount: { USD: 20000 } },
      newCounterpartyAbove: { USD: 10000 },
      singleAmountAbove: { USD: 100000 },
    },
  })
  rules!: unknown;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @DateTime() createdAt!: string;
}

export class ReviewRuleSetPage {
  @ApiProperty({ type: ReviewRuleSetView }) active!: ReviewRuleSetView;
  @ApiProperty({
    type: ReviewRuleSetView,
    isArray: true,
    description: 'Earlier versions, newest first (at most 20).',
  })
  history!: ReviewRuleSetView[];
}

export class PutRulesRequest {
  @ApiProperty({ description: 'The whole rule set (as ReviewRuleSetView.rules); it becomes a new version.' })
  @Rules(
    // Read from the raw body (class-transformer would copy each JsonNumber into a plain object first).
    Transform(({ obj, key }) => plainJson((obj as Record<string, unknown>)[key])),
    Required(),
    IsObject({ message: 'must be an object' }),
  )
  rules!: unknown;

  @ApiPropertyOptional({ maxLength: 200 })
  @Rules(Optional(), DisplayName(200))
  note?: string;
}

/**
 * A JSON value with each number as the client wrote it turned back into a plain value: a whole number
 * (up to 15 digits, exact) a number, anything else its text, which the rules' checks read exactly as an
 * amount (review-rules.ts) or refuse.
 */
function plainJson(value: unknown): unknown {
  if (value instanceof JsonNumber) return /^\d{1,15}$/.test(value.text) ? Number(value.text) : value.text;
  if (Array.isArray(value)) return value.map(plainJson);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainJson(v)]));
  }
  return value;
}
