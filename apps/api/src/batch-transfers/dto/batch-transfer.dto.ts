import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateBy, ValidateNested } from 'class-validator';
import { JsonNumber } from '../../common/http/json-body.middleware';
import { Problem } from '../../common/http/problem.dto';
import { OneOf, Required, Rules } from '../../common/validation';
import { HeldTransfer } from '../../reviews/dto/review.dto';
import { TransferRequest } from '../../transactions/dto/movement.dto';
import { Transaction } from '../../transactions/dto/transaction.dto';

/* A batch of transfers: its body and its answer. */

export const BATCH_MODES = ['atomic', 'independent'] as const;
export type BatchMode = (typeof BATCH_MODES)[number];

/** The most transfers one batch may carry (a payroll of 100 fits in a 100 kB body with memos). */
export const MAX_BATCH_TRANSFERS = 100;

export const BATCH_ITEM_STATUSES = ['SUCCESS', 'PENDING_REVIEW', 'FAILED'] as const;
export type BatchItemStatus = (typeof BATCH_ITEM_STATUSES)[number];

const isPlainObject = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof JsonNumber);

/** Every element a JSON object (a list inside the list would be validated as transfers itself); names the first that is not. */
const EachPlainObject = () =>
  ValidateBy(
    {
      name: 'isPlainObject',
      validator: { validate: isPlainObject, defaultMessage: () => 'must be an object: a transfer' },
    },
    {
      each: true,
      context: {
        at: (value: unknown) =>
          Array.isArray(value) ? value.findIndex((v) => !isPlainObject(v)) : undefined,
      },
    },
  );

export class BatchTransferRequest {
  @ApiProperty({
    enum: BATCH_MODES,
    enumName: 'BatchMode',
    description:
      'atomic: every transfer is posted (or held for review), or none is and the batch answers 422 BATCH_TRANSFER_FAILED naming the first refused one. independent: each transfer has its own outcome; a refused one does not stop the others.',
  })
  @Rules(Required(), OneOf(BATCH_MODES))
  mode!: BatchMode;

  @ApiProperty({
    type: [TransferRequest],
    minItems: 1,
    maxItems: MAX_BATCH_TRANSFERS,
    description: `1 to ${MAX_BATCH_TRANSFERS} transfers, each checked exactly as a single transfer is, run in the order given.`,
  })
  @Rules(
    Required(),
    IsArray({ message: 'must be a list of transfers' }),
    ArrayMinSize(1, { message: 'must hold at least one transfer' }),
    ArrayMaxSize(MAX_BATCH_TRANSFERS, { message: `must hold at most ${MAX_BATCH_TRANSFERS} transfers` }),
    EachPlainObject(),
    ValidateNested({ each: true }),
    Type(() => TransferRequest),
  )
  transfers!: TransferRequest[];
}

/** The outcome of one transfer of a batch. */
export class BatchTransferItem {
  @ApiProperty({
    type: 'integer',
    example: 0,
    description: 'The position of the transfer in the request, from 0.',
  })
  index!: number;

  @ApiProperty({
    enum: BATCH_ITEM_STATUSES,
    enumName: 'BatchItemStatus',
    description:
      'SUCCESS: posted. PENDING_REVIEW: held by a review rule, its amount reserved on the source (see `transfer`). FAILED: refused (see `problem`); only in independent mode.',
  })
  status!: BatchItemStatus;

  @ApiPropertyOptional({
    type: [Transaction],
    description:
      "On SUCCESS: [TRANSFER_OUT, TRANSFER_IN], only the caller's own legs (so [TRANSFER_OUT] into another user's wallet).",
  })
  transactions?: Transaction[];

  @ApiPropertyOptional({ type: HeldTransfer, description: 'On PENDING_REVIEW: the held transfer.' })
  transfer?: HeldTransfer;

  @ApiPropertyOptional({
    type: Problem,
    description:
      'On FAILED: the problem this transfer alone would have answered (its transactionId names the FAILED entry, when one was written).',
  })
  problem?: Problem;
}

export class BatchTransferResult {
  @ApiProperty({ type: [BatchTransferItem], description: 'One per transfer of the request, in its order.' })
  results!: BatchTransferItem[];
}
