import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type Caller, CurrentCaller, RequireScope } from '../auth/caller';
import {
  ApiCsrfToken,
  ApiIdempotencyKey,
  ApiOk,
  ApiProblems,
  IDEMPOTENT_REPLAYED_HEADER,
} from '../common/http/openapi-decorators';
import { answer } from '../common/http/recorded-outcome';
import { IdempotencyKey } from '../common/idempotency/idempotency-key.pipe';
import { BATCH_OPERATION, BatchTransfersService } from './batch-transfers.service';
import { BatchTransferRequest, BatchTransferResult } from './dto/batch-transfer.dto';

@ApiTags('Wallets')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('api/v1/transfers')
export class BatchTransfersController {
  constructor(private readonly batches: BatchTransfersService) {}

  @Post('batch')
  @RequireScope('transfers:write')
  @HttpCode(201)
  @ApiOperation({
    operationId: BATCH_OPERATION,
    summary: 'Up to 100 transfers under one Idempotency-Key (a payroll)',
    description:
      'Each transfer meets the checks of a single transfer (POST /api/v1/wallets/transfer), in the order given. mode atomic: all are posted (or held for review), or none is and the answer is 422 BATCH_TRANSFER_FAILED naming the index of the first refused one and its problem. mode independent: results lists each outcome (SUCCESS, PENDING_REVIEW, or FAILED with the problem a single transfer would have answered, its FAILED entry written as for a single transfer). A malformed transfer (bad field, same wallet twice, an amount its currency cannot hold) refuses the whole batch with 400 naming it (transfers.<index>.<field>). The answer is stored under the Idempotency-Key: a retry replays it and moves nothing.',
  })
  @ApiIdempotencyKey()
  @ApiCsrfToken()
  @ApiOk(201, BatchTransferResult, 'The outcome of each transfer, in order.', IDEMPOTENT_REPLAYED_HEADER)
  @ApiProblems(
    'VALIDATION_FAILED',
    'SAME_WALLET_TRANSFER',
    'IDEMPOTENCY_KEY_IN_PROGRESS',
    'PAYLOAD_TOO_LARGE',
    'BATCH_TRANSFER_FAILED',
    'IDEMPOTENCY_KEY_REUSED',
  )
  transfer(
    @CurrentCaller() caller: Caller,
    @Body() body: BatchTransferRequest,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<BatchTransferResult> {
    return answer(this.batches.transfer(caller, body, key), response);
  }
}
