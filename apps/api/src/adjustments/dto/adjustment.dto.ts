import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DateTime, Money, NullableUuid, UuidProperty } from '../../common/http/openapi-decorators';
import { PageQuery } from '../../common/http/page-query.dto';
import { Amount, DisplayName, OneOf, QueryChoice, Required, Rules, Uuid } from '../../common/validation';
import { Transaction } from '../../transactions/dto/transaction.dto';
import { StaffWallet } from './staff-wallet.dto';

export const ADJUSTMENT_DIRECTIONS = ['CREDIT', 'DEBIT'] as const;
export type AdjustmentDirection = (typeof ADJUSTMENT_DIRECTIONS)[number];
export const ADJUSTMENT_STATUSES = ['PROPOSED', 'APPROVED', 'REJECTED', 'EXPIRED'] as const;
export type AdjustmentStatus = (typeof ADJUSTMENT_STATUSES)[number];

/** Reasons are for the people who review them later: said in words, 1-500 characters. */
export const REASON_MAX = 500;

const REASON_DOC = {
  minLength: 1,
  maxLength: REASON_MAX,
  example: 'Card network chargeback 2026-12-01, ticket OPS-1042',
} as const;

export class ProposeAdjustmentRequest {
  @ApiProperty({ type: String, format: 'uuid' })
  @Rules(Required(), Uuid())
  walletId!: string;

  @ApiProperty({ enum: ADJUSTMENT_DIRECTIONS, description: 'CREDIT adds to the balance, DEBIT takes off.' })
  @Rules(Required(), OneOf(ADJUSTMENT_DIRECTIONS))
  direction!: AdjustmentDirection;

  @ApiProperty({
    description: "Major units of the wallet's currency, as a number or a decimal string; > 0; never rounded.",
    oneOf: [{ type: 'number' }, { type: 'string' }],
    example: '25.00',
  })
  @Amount()
  amount!: string;

  @ApiProperty({ ...REASON_DOC, description: 'Why: shown to staff, kept in the audit trail.' })
  @Rules(Required(), DisplayName(REASON_MAX))
  reason!: string;
}

export class RejectAdjustmentRequest {
  @ApiProperty({ ...REASON_DOC, example: 'Duplicate of an earlier adjustment' })
  @Rules(Required(), DisplayName(REASON_MAX))
  reason!: string;
}

export class ListAdjustmentsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ADJUSTMENT_STATUSES })
  @QueryChoice(ADJUSTMENT_STATUSES)
  status?: AdjustmentStatus;
}

export class AdjustmentActor {
  @UuidProperty() id!: string;
  @ApiProperty({ example: 'ops@example.com' }) email!: string;
}

export class Adjustment {
  @UuidProperty() id!: string;
  @UuidProperty() walletId!: string;
  @ApiProperty({ enum: ADJUSTMENT_DIRECTIONS }) direction!: AdjustmentDirection;
  @Money(25) amount!: number;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({ example: REASON_DOC.example }) reason!: string;
  @ApiProperty({ enum: ADJUSTMENT_STATUSES }) status!: AdjustmentStatus;
  @ApiProperty({ type: AdjustmentActor }) proposedBy!: AdjustmentActor;
  @DateTime() proposedAt!: string;
  @ApiProperty({ format: 'date-time', description: 'Undecided by then, it expires and moves nothing.' })
  expiresAt!: string;
  @ApiProperty({ type: AdjustmentActor, nullable: true }) decidedBy!: AdjustmentActor | null;
  @DateTime(true) decidedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was rejected or withdrawn.' })
  decisionReason!: string | null;
  @NullableUuid('The ADJUSTMENT ledger entry an approval posted.') transactionId!: string | null;
}

export class AdjustmentPage {
  @ApiProperty({ type: [Adjustment] }) data!: Adjustment[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class ApprovedAdjustment {
  @ApiProperty({ type: Adjustment }) adjustment!: Adjustment;
  @ApiProperty({ type: StaffWallet }) wallet!: StaffWallet;
  @ApiProperty({ type: Transaction }) transaction!: Transaction;
}
