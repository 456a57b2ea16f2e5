import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';
import { DateTime, Money, NullableUuid, UuidProperty } from '../../common/http/openapi-decorators';
import { PageQuery } from '../../common/http/page-query.dto';
import { Amount, Optional, parseInstant, QueryChoice, Required, Rules, Uuid } from '../../common/validation';
import { HeldTransferResult } from '../../reviews/dto/review.dto';
import { MovementNote } from '../../transactions/dto/movement.dto';
import { Transaction } from '../../transactions/dto/transaction.dto';
import { ForeignWallet, Wallet } from '../../transactions/dto/wallet-view.dto';

export const HOLD_STATUSES = ['ACTIVE', 'CAPTURED', 'VOIDED', 'EXPIRED'] as const;
export type HoldStatus = (typeof HOLD_STATUSES)[number];

/** The longest a hold may last: a reservation nobody acts on must not lock money away for good. */
export const MAX_HOLD_DAYS = 30;

const AMOUNT_ONE_OF = [
  { type: 'number', minimum: 0, exclusiveMinimum: true, example: 25 },
  { type: 'string', pattern: '^\\d+(\\.\\d+)?$', example: '25.00' },
];

/**
 * An ISO 8601 date-time with a time zone (Z or an offset), at most millisecond precision, handed on as
 * the instant it names; a date alone or local time is refused (when a hold ends must not depend on
 * where the server runs).
 */
const ZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const Instant = () =>
  ValidateBy({
    name: 'isZonedInstant',
    validator: {
      validate: (value) => value instanceof Date,
      defaultMessage: () => 'must be an ISO 8601 date-time with a time zone, e.g. 2026-12-24T18:00:00Z',
    },
  });

export class CreateHoldRequest extends MovementNote {
  @ApiProperty({
    description:
      'The amount to reserve, in major units (a JSON number or a decimal string), at most what the wallet has available.',
    oneOf: AMOUNT_ONE_OF,
    example: '25.00',
  })
  @Amount()
  amount!: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    example: '2026-12-24T18:00:00Z',
    description: `When the hold ends on its own (EXPIRED, its money released) if it is neither captured nor voided: in the future, at most ${MAX_HOLD_DAYS} days ahead. Without it the hold lasts until it is captured or voided.`,
  })
  @Rules(
    Optional(),
    Transform(({ value }) =>
      typeof value === 'string' && ZONED.test(value) ? (parseInstant(value, 'start') ?? value) : value,
    ),
    Instant(),
  )
  expiresAt?: Date;
}

export class CaptureHoldRequest {
  @ApiProperty({
    type: String,
    format: 'uuid',
    description: 'The wallet to pay: any wallet, as for a transfer.',
  })
  @Rules(Required(), Uuid())
  destinationWalletId!: string;

  @ApiPropertyOptional({
    description:
      'How much of the hold to pay, at most its amount; the rest is released. Defaults to all of it.',
    oneOf: AMOUNT_ONE_OF,
    example: '20.00',
  })
  @Rules(Optional(), Amount())
  amount?: string;
}

export class ListHoldsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: HOLD_STATUSES, description: 'Only holds of this status.' })
  @QueryChoice(HOLD_STATUSES)
  status?: HoldStatus;
}

/** Money reserved on a wallet, to be captured (paid), voided or left to expire. */
export class Hold {
  @UuidProperty('The hold id: a capture posts a transfer whose legs carry it as transferId.') id!: string;
  @UuidProperty() walletId!: string;
  @Money(25, 'Major units, exact: reserved on the wallet while ACTIVE.') amount!: number;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({ enum: HOLD_STATUSES }) status!: HoldStatus;
  @Money(20, 'What the capture paid (0 unless CAPTURED).') capturedAmount!: number;
  @NullableUuid("A capture's destination wallet.") destinationWalletId!: string | null;
  @NullableUuid("A capture's TRANSFER_OUT leg.") transactionId!: string | null;
  @DateTime(true) expiresAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ type: String, nullable: true }) reference!: string | null;
  @DateTime() createdAt!: string;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When it was captured, voided or expired.',
  })
  finishedAt!: string | null;
}

export class HoldPage {
  @ApiProperty({ type: Hold, isArray: true }) data!: Hold[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

@ApiExtraModels(Wallet, ForeignWallet)
export class CaptureResult {
  @ApiProperty({ type: Hold }) hold!: Hold;
  @ApiProperty({ type: Wallet, description: "The hold's wallet after the capture." }) sourceWallet!: Wallet;
  @ApiProperty({
    oneOf: [{ $ref: getSchemaPath(Wallet) }, { $ref: getSchemaPath(ForeignWallet) }],
    description: "The destination after the move, or only { id, currency } when it is another user's wallet.",
  })
  destinationWallet!: Wallet | ForeignWallet;
  @ApiProperty({
    type: [Transaction],
    description:
      "[TRANSFER_OUT, TRANSFER_IN] with transferId = the hold's id; only the caller's own legs, so [TRANSFER_OUT] into another user's wallet.",
  })
  transactions!: Transaction[];
}

/** A capture a review rule held (202): the hold ended VOIDED, the amount reserved by the held transfer. */
export class HeldCaptureResult extends HeldTransferResult {
  @ApiProperty({
    type: Hold,
    description:
      'The hold, VOIDED: its reservation handed to the held transfer in the same transaction (the money stays reserved).',
  })
  hold!: Hold;
}
