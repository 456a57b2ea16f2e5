import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type Caller, CurrentCaller, RequireScope } from '../auth/caller';
import { IdParam } from '../common/http/id-param.dto';
import {
  ApiCsrfToken,
  ApiIdempotencyKey,
  ApiOk,
  ApiProblems,
  IDEMPOTENT_REPLAYED_HEADER,
} from '../common/http/openapi-decorators';
import { answer } from '../common/http/recorded-outcome';
import { IdempotencyKey } from '../common/idempotency/idempotency-key.pipe';
import type { Page } from '../common/page';
import {
  CreateScheduledTransferRequest,
  ListScheduledTransfersQuery,
  ScheduledTransfer,
  ScheduledTransferDetail,
  ScheduledTransferPage,
} from './dto/scheduled-transfer.dto';
import { ScheduledTransfersService } from './scheduled-transfers.service';

@ApiTags('Scheduled transfers')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('api/v1/scheduled-transfers')
export class ScheduledTransfersController {
  constructor(private readonly schedules: ScheduledTransfersService) {}

  @Post()
  @RequireScope('transfers:write')
  @HttpCode(201)
  @ApiOperation({
    operationId: 'createScheduledTransfer',
    summary: 'Schedule a transfer: once, or every week or month',
    description:
      'From one of your wallets to any wallet of the same currency, first at startAt (now, or later), then every WEEK or MONTH (on the same day of the month, or the last day of a shorter month) until repeat.until or repeat.count. Each occurrence runs once, as a transfer asked for then: a declined one (insufficient funds, frozen, limits) is recorded as a FAILED entry and the occurrence as DECLINED, and the series goes on.',
  })
  @ApiIdempotencyKey()
  @ApiCsrfToken()
  @ApiOk(201, ScheduledTransfer, 'The scheduled transfer, ACTIVE.', IDEMPOTENT_REPLAYED_HEADER)
  @ApiProblems(
    'VALIDATION_FAILED',
    'SAME_WALLET_TRANSFER',
    'WALLET_NOT_FOUND',
    'CURRENCY_MISMATCH',
    'IDEMPOTENCY_KEY_IN_PROGRESS',
    'IDEMPOTENCY_KEY_REUSED',
    'PAYLOAD_TOO_LARGE',
  )
  create(
    @CurrentCaller() caller: Caller,
    @Body() body: CreateScheduledTransferRequest,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ScheduledTransfer> {
    return answer(
      this.schedules.create(caller, body, { operation: 'createScheduledTransfer', key }),
      response,
    );
  }

  @Get()
  @RequireScope('wallets:read')
  @ApiOperation({
    operationId: 'listScheduledTransfers',
    summary: 'Your scheduled transfers, newest first',
    description: 'With walletId, those from or to that wallet.',
  })
  @ApiOk(200, ScheduledTransferPage, 'A page of scheduled transfers.')
  @ApiProblems('VALIDATION_FAILED')
  list(
    @CurrentCaller() caller: Caller,
    @Query() query: ListScheduledTransfersQuery,
  ): Promise<Page<ScheduledTransfer>> {
    return this.schedules.list(caller, query);
  }

  @Get(':id')
  @RequireScope('wallets:read')
  @ApiOperation({
    operationId: 'getScheduledTransfer',
    summary: 'A scheduled transfer of yours, with the occurrences that ran',
  })
  @ApiOk(200, ScheduledTransferDetail, 'The scheduled transfer.')
  @ApiProblems('VALIDATION_FAILED', 'NOT_FOUND')
  get(@CurrentCaller() caller: Caller, @Param() { id }: IdParam): Promise<ScheduledTransferDetail> {
    return this.schedules.get(caller, id);
  }

  @Post(':id/pause')
  @RequireScope('transfers:write')
  @HttpCode(200)
  @ApiCsrfToken()
  @ApiOperation({
    operationId: 'pauseScheduledTransfer',
    summary: 'Pause a scheduled transfer',
    description:
      'Occurrences due while it is paused are skipped (they count towards repeat.count). Pausing a paused one changes nothing.',
  })
  @ApiOk(200, ScheduledTransfer, 'The scheduled transfer, PAUSED.')
  @ApiProblems('VALIDATION_FAILED', 'NOT_FOUND', 'SCHEDULED_TRANSFER_ENDED')
  pause(@CurrentCaller() caller: Caller, @Param() { id }: IdParam): Promise<ScheduledTransfer> {
    return this.schedules.pause(caller, id);
  }

  @Post(':id/resume')
  @RequireScope('transfers:write')
  @HttpCode(200)
  @ApiCsrfToken()
  @ApiOperation({
    operationId: 'resumeScheduledTransfer',
    summary: 'Resume a paused scheduled transfer',
    description:
      'The next occurrence is the first one due from now on; COMPLETED if the series ended while paused. Resuming an active one changes nothing.',
  })
  @ApiOk(200, ScheduledTransfer, 'The scheduled transfer, ACTIVE (or COMPLETED).')
  @ApiProblems('VALIDATION_FAILED', 'NOT_FOUND', 'SCHEDULED_TRANSFER_ENDED')
  resume(@CurrentCaller() caller: Caller, @Param() { id }: IdParam): Promise<ScheduledTransfer> {
    return this.schedules.resume(caller, id);
  }

  @Delete(':id')
  @RequireScope('transfers:write')
  @HttpCode(200)
  @ApiCsrfToken()
  @ApiOperation({
    operationId: 'cancelScheduledTransfer',
    summary: 'Cancel a scheduled transfer for good',
    description:
      'Nothing runs after this; what ran stays in the ledger. Cancelling a cancelled one changes nothing.',
  })
  @ApiOk(200, ScheduledTransfer, 'The scheduled transfer, CANCELLED.')
  @ApiProblems('VALIDATION_FAILED', 'NOT_FOUND', 'SCHEDULED_TRANSFER_ENDED')
  cancel(@CurrentCaller() caller: Caller, @Param() { id }: IdParam): Promise<ScheduledTransfer> {
    return this.schedules.cancel(caller, id);
  }
}
