import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, Max, Min, ValidateBy, ValidateNested } from 'class-validator';
import { JsonNumber } from '../../common/http/json-body.middleware';
import { DateTime, Money, NullableUuid, UuidProperty } from '../../common/http/openapi-decorators';
import { PageQuery } from '../../common/http/page-query.dto';
import { Amount, OneOf, Optional, parseInstant, Required, Rules, Uuid } from '../../common/validation';
import { MovementNote } from '../../transactions/dto/movement.dto';

export const REPEAT_EVERY = ['WEEK', 'MONTH'] as const;
export const SCHEDULE_STATUSES = ['ACTIVE', 'PAUSED', 'CANCELLED', 'COMPLETED'] as const;
export const OCCURRENCE_STATUSES = ['SUCCEEDED', 'DECLINED', 'PENDING_REVIEW'] as const;
/** At most this many occurrences in a series with a count. */
export const MAX_OCCURRENCES = 1000;

export type RepeatEvery = (typeof REPEAT_EVERY)[number];
export type ScheduleStatus = (typeof SCHEDULE_STATUSES)[number];
export type OccurrenceStatus = (typeof OCCURRENCE_STATUSES)[number];

/** An ISO 8601 date-time (or a date: its start, UTC) in a body, handed on as the instant it names. */
const BodyInstant = () =>
  Rules(
    ValidateBy({
      name: 'isInstant',
      validator: {
        validate: (value) => typeof value === 'string' && parseInstant(value, 'start') !== null,
        defaultMessage: () => 'must be an ISO 8601 date-time (2026-12-24T09:00:00Z) or date (2026-12-24)',
      },
    }),
  );

/** Whole numbers sent as JSON numbers arrive as their text (json-body.middleware): read them as numbers. */
const WholeNumber = () =>
  Transform(({ obj, key }) => {
    const raw: unknown = (obj as Record<string, unknown>)[key];
    return raw instanceof JsonNumber && /^\d{1,10}$/.test(raw.text) ? Number(raw.text) : raw;
  });

/** A JSON object (not a list, a number or null). */
const PlainObject = () =>
  ValidateBy({
    name: 'isPlainObject',
    validator: {
      validate: (value) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        !(value instanceof JsonNumber),
      defaultMessage: () => 'must be an object such as { "every": "MONTH", "count": 12 }',
    },
  });

export class RepeatRequest {
  @ApiProperty({
    enum: REPEAT_EVERY,
    description: 'WEEK: every 7 days. MONTH: on the same day each month (the last day of a shorter month).',
  })
  @Rules(Required(), OneOf(REPEAT_EVERY))
  every!: RepeatEvery;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    description: 'No occurrence after this time (inclusive). A date alone means its start (00:00 UTC).',
  })
  @Rules(Optional(), BodyInstant())
  until?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_OCCURRENCES,
    description: 'How many occurrences the series has (those skipped while paused included).',
  })
  @Rules(
    Optional(),
    WholeNumber(),
    IsInt({ message: `must be a whole number from 1 to ${MAX_OCCURRENCES}` }),
    Min(1, { message: 'must be at least 1' }),
    Max(MAX_OCCURRENCES, { message: `must be at most ${MAX_OCCURRENCES}` }),
  )
  count?: number;
}

export class CreateScheduledTransferRequest extends MovementNote {
  @ApiProperty({ type: String, format: 'uuid', description: 'One of your wallets.' })
  @Rules(Required(), Uuid())
  sourceWalletId!: string;

  @ApiProperty({ type: String, format: 'uuid', description: 'Any wallet of the same currency.' })
  @Rules(Required(), Uuid())
  destinationWalletId!: string;

  @ApiProperty({
    description: 'Amount in major units, as a JSON number or a decimal string, like a transfer.',
    oneOf: [{ type: 'number' }, { type: 'string' }],
    example: '25.00',
  })
  @Amount()
  amount!: string;

  @ApiProperty({
    type: String,
    format: 'date-time',
    description:
      'When the first occurrence runs: now (up to a minute ago is taken as now) or later, at most 5 years ahead.',
  })
  @Rules(Required(), BodyInstant())
  startAt!: string;

  @ApiPropertyOptional({ type: RepeatRequest, description: 'Absent: once.' })
  @Rules(
    Optional(),
    PlainObject(),
    ValidateNested(),
    Type(() => RepeatRequest),
  )
  repeat?: RepeatRequest;
}

export class ListScheduledTransfersQuery extends PageQuery {
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    description: 'Only those from or to this wallet of yours.',
  })
  @Rules(Optional(), Uuid())
  walletId?: string;
}

export class Repeat {
  @ApiProperty({ enum: REPEAT_EVERY }) every!: RepeatEvery;
  @DateTime(true) until!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) count!: number | null;
}

export class ScheduledTransfer {
  @UuidProperty() id!: string;
  @UuidProperty() sourceWalletId!: string;
  @UuidProperty() destinationWalletId!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    required: false,
    maxLength: 60,
    example: 'Ada Lovelace',
    description:
      'On reads (list, get): the destination as you may see it: your own wallet by its name, anyone else’s by the display name its owner chose (null when none; never an email).',
  })
  destinationName?: string | null;
  @Money(25) amount!: number;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ type: String, nullable: true }) reference!: string | null;
  @DateTime() startAt!: string;
  @ApiProperty({ type: Repeat, nullable: true, description: 'null: once.' }) repeat!: Repeat | null;
  @ApiProperty({ enum: SCHEDULE_STATUSES }) status!: ScheduleStatus;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the next occurrence runs; null once CANCELLED or COMPLETED.',
  })
  nextRunAt!: string | null;
  @ApiProperty({ type: 'integer', description: 'Occurrences that ran (succeeded or declined).' })
  occurrencesRun!: number;
  @DateTime() createdAt!: string;
}

export class Occurrence {
  @ApiProperty({ type: 'integer', description: '1 for the first.' }) occurrence!: number;
  @DateTime() dueAt!: string;
  @DateTime() ranAt!: string;
  @ApiProperty({ enum: OCCURRENCE_STATUSES }) status!: OccurrenceStatus;
  @NullableUuid('The TRANSFER_OUT entry (SUCCEEDED) or the FAILED entry (DECLINED).')
  transactionId!: string | null;
  @NullableUuid('The transfer (SUCCEEDED), or the held transfer (PENDING_REVIEW).')
  transferId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'INSUFFICIENT_FUNDS' }) failureCode!: string | null;
}

export class ScheduledTransferDetail extends ScheduledTransfer {
  @ApiProperty({ type: [Occurrence], description: 'The occurrences that ran, newest first (at most 100).' })
  occurrences!: Occurrence[];
}

export class ScheduledTransferPage {
  @ApiProperty({ type: [ScheduledTransfer] }) data!: ScheduledTransfer[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
