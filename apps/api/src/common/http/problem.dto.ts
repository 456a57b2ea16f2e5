import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import type { ErrorCode, FieldError } from '../errors';

/** The body of every error answer (application/problem+json). */
@ApiSchema({ description: 'RFC 9457 problem details; `code` is stable.' })
export class Problem {
  @ApiProperty({ example: 'urn:wallet:problem:insufficient-funds' }) type!: string;
  @ApiProperty({ example: 'Insufficient funds' }) title!: string;
  @ApiProperty({ type: 'integer', example: 422 }) status!: number;
  @ApiProperty({ example: 'The balance of 10.00 USD does not cover 25.00 USD.' }) detail!: string;
  @ApiProperty({ type: String, example: 'INSUFFICIENT_FUNDS' }) code!: ErrorCode;

  @ApiPropertyOptional({
    description: 'Per-field problems of a VALIDATION_FAILED.',
    type: 'array',
    items: {
      type: 'object',
      required: ['field', 'message'],
      properties: { field: { type: 'string' }, message: { type: 'string' } },
    },
  })
  errors?: FieldError[];

  @ApiPropertyOptional({
    format: 'date-time',
    example: '2026-12-09T10:00:00.000Z',
    description: 'On API_KEY_EXPIRED (version 2026-12-08 on): when the key stopped working.',
  })
  expiredAt?: string;

  @ApiPropertyOptional({
    description: 'For a declined fund, transfer or refund: the FAILED ledger entry that records it.',
  })
  transactionId?: string;

  @ApiPropertyOptional({
    type: Number,
    example: 12.5,
    description:
      'On REFUND_EXCEEDS_REMAINING: how much of the transfer is left to refund; on LIMIT_EXCEEDED: what is left of the limit in its period. In major units.',
  })
  remaining?: number;

  @ApiPropertyOptional({
    type: Number,
    example: 10000,
    description: 'On LIMIT_EXCEEDED: the limit, in major units.',
  })
  limit?: number;

  @ApiPropertyOptional({
    enum: ['day', 'month'],
    description: 'On LIMIT_EXCEEDED: the UTC period whose limit the transfer would pass.',
  })
  period?: 'day' | 'month';

  @ApiPropertyOptional({ example: 'USD', description: "On LIMIT_EXCEEDED: the limit's currency." })
  currency?: string;

  @ApiPropertyOptional({ example: 'standard', description: "On LIMIT_EXCEEDED: the sender's tier." })
  tier?: string;

  @ApiPropertyOptional({
    enum: ['RELEASED', 'REJECTED'],
    description: 'On REVIEW_NOT_PENDING: how the held transfer was decided already.',
  })
  reviewStatus?: string;

  @ApiPropertyOptional({
    enum: ['PAID', 'DECLINED', 'CANCELLED', 'EXPIRED', 'OPEN'],
    description:
      'On PAYMENT_REQUEST_NOT_OPEN: the status of the payment request (OPEN: a payment of it is held for review).',
  })
  paymentRequestStatus?: string;

  @ApiPropertyOptional({
    enum: ['CAPTURED', 'VOIDED', 'EXPIRED'],
    description: 'On HOLD_NOT_ACTIVE: how the hold ended already.',
  })
  holdStatus?: string;

  @ApiPropertyOptional({
    enum: ['CANCELLED', 'COMPLETED'],
    description: 'On SCHEDULED_TRANSFER_ENDED: how the scheduled transfer ended.',
  })
  scheduledTransferStatus?: string;

  @ApiPropertyOptional({
    type: 'integer',
    example: 3,
    description:
      'On BATCH_TRANSFER_FAILED: the position (from 0) of the transfer that was refused; on a SAME_WALLET_TRANSFER or VALIDATION_FAILED of a batch, the transfer at fault.',
  })
  index?: number;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description:
      'On BATCH_TRANSFER_FAILED: the problem the refused transfer met, as that transfer alone would have answered it (without transactionId: nothing was recorded).',
  })
  problem?: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'On a 500: the id of the request, to quote to support.' })
  requestId?: string;

  @ApiPropertyOptional({
    type: 'integer',
    description: 'On a 429 or a 503: the seconds to wait before retrying.',
  })
  retryAfterSeconds?: number;
}
