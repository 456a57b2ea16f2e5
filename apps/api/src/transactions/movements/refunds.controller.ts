import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type Caller, CurrentCaller, RequireScope } from '../../auth/caller';
import { IdParam } from '../../common/http/id-param.dto';
import {
  ApiCsrfToken,
  ApiIdempotencyKey,
  ApiOk,
  ApiProblems,
  IDEMPOTENT_REPLAYED_HEADER,
} from '../../common/http/openapi-decorators';
import { answer } from '../../common/http/recorded-outcome';
import { IdempotencyKey } from '../../common/idempotency/idempotency-key.pipe';
import { RefundRequest, RefundResult } from '../dto/movement.dto';
import { MovementsService } from './movements.service';

@ApiTags('Transactions')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('api/v1/transactions')
export class RefundsController {
  constructor(private readonly movements: MovementsService) {}

  @Post(':id/refund')
  @RequireScope('transfers:write')
  @HttpCode(201)
  @ApiOperation({
    operationId: 'refundTransaction',
    summary: 'Send a received transfer back, in whole or in part',
    description:
      'Only the receiver of a transfer, on its TRANSFER_IN entry. A refund is a transfer of its own from the receiving wallet to the source, with both legs carrying refundOf (the original transferId); without an amount it sends back all that is left. A declined refund (422 INSUFFICIENT_FUNDS, BALANCE_LIMIT_EXCEEDED) is recorded as a FAILED TRANSFER_OUT.',
  })
  @ApiIdempotencyKey()
  @ApiCsrfToken()
  @ApiBody({ type: RefundRequest, required: false })
  @ApiOk(201, RefundResult, 'Both wallets after the refund and its legs.', IDEMPOTENT_REPLAYED_HEADER)
  @ApiProblems(
    'VALIDATION_FAILED',
    'TRANSACTION_NOT_FOUND',
    'IDEMPOTENCY_KEY_IN_PROGRESS',
    'PAYLOAD_TOO_LARGE',
    'NOT_REFUNDABLE',
    'REFUND_EXCEEDS_REMAINING',
    'INSUFFICIENT_FUNDS',
    'BALANCE_LIMIT_EXCEEDED',
    'IDEMPOTENCY_KEY_REUSED',
  )
  refund(
    @CurrentCaller() caller: Caller,
    @Param() { id }: IdParam,
    @Body() body: RefundRequest,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RefundResult> {
    return answer(this.movements.refund(caller, id, body ?? {}, key), response);
  }
}
