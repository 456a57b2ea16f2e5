import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
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
import { accepted, answer } from '../common/http/recorded-outcome';
import { IdempotencyKey } from '../common/idempotency/idempotency-key.pipe';
import type { Page } from '../common/page';
import {
  CaptureHoldRequest,
  CaptureResult,
  CreateHoldRequest,
  HeldCaptureResult,
  Hold,
  HoldPage,
  ListHoldsQuery,
  MAX_HOLD_DAYS,
} from './dto/hold.dto';
import { HoldsService } from './holds.service';

@ApiTags('Holds')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('api/v1')
export class HoldsController {
  constructor(private readonly holds: HoldsService) {}

  @Post('wallets/:id/holds')
  @RequireScope('transfers:write')
  @HttpCode(201)
  @ApiOperation({
    operationId: 'createHold',
    summary: 'Reserve money on a wallet, to capture or void later',
    description: `The amount is reserved (the wallet's availableBalance leaves it out) until the hold is captured, voided or expires (expiresAt: in the future, at most ${MAX_HOLD_DAYS} days ahead). More than is available is 422 INSUFFICIENT_FUNDS, a frozen wallet 422 WALLET_FROZEN: neither writes a ledger row (nothing moves), but the answer is stored under the Idempotency-Key.`,
  })
  @ApiIdempotencyKey()
  @ApiCsrfToken()
  @ApiOk(201, Hold, 'The hold, ACTIVE.', IDEMPOTENT_REPLAYED_HEADER)
  @ApiProblems(
    'VALIDATION_FAILED',
    'WALLET_NOT_FOUND',
    'IDEMPOTENCY_KEY_IN_PROGRESS',
    'PAYLOAD_TOO_LARGE',
    'INSUFFICIENT_FUNDS',
    'WALLET_FROZEN',
    'IDEMPOTENCY_KEY_REUSED',
  )
  create(
    @CurrentCaller() caller: Caller,
    @Param() { id }: IdParam,
    @Body() body: CreateHoldRequest,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<Hold> {
    return answer(this.holds.create(caller, id, body, key), response);
  }

  @Get('wallets/:id/holds')
  @RequireScope('wallets:read')
  @ApiOperation({
    operationId: 'listHolds',
    summary: "A wallet's holds, newest first",
    description: 'Paginated with nextCursor; filter by status.',
  })
  @ApiOk(200, HoldPage, 'A page of holds.')
  @ApiProblems('VALIDATION_FAILED', 'WALLET_NOT_FOUND')
  list(
    @CurrentCaller() caller: Caller,
    @Param() { id }: IdParam,
    @Query() query: ListHoldsQuery,
  ): Promise<Page<Hold>> {
    return this.holds.list(caller, id, query);
  }

  @Get('holds/:id')
  @RequireScope('wallets:read')
  @ApiOperation({ operationId: 'getHold', summary: 'Get a hold' })
  @ApiOk(200, Hold, 'The hold.')
  @ApiProblems('VALIDATION_FAILED', 'NOT_FOUND')
  get(@CurrentCaller() caller: Caller, @Param() { id }: IdParam): Promise<Hold> {
    return this.holds.get(caller, id);
  }

  @Post('holds/:id/capture')
  @RequireScope('transfers:write')
  @HttpCode(201)
  @ApiOperation({
    operationId: 'captureHold',
    summary: 'Pay all or part of a hold to a wallet; the rest is released',
    description:
      "A transfer from the hold's wallet (both legs carry transferId = the hold's id), by a transfer's rules: the same currency, a frozen wallet sends nothing, the destination's maxBalance, the sender's tier limits to another user. Declined (422), it is recorded as a FAILED TRANSFER_OUT and the hold stays ACTIVE. One a review rule matches is held for review (202): the hold ends VOIDED and the held transfer reserves the amount in the same transaction. A hold that ended (or is past its expiresAt) is 409 HOLD_NOT_ACTIVE.",
  })
  @ApiIdempotencyKey()
  @ApiCsrfToken()
  @ApiOk(
    201,
    CaptureResult,
    'The hold CAPTURED, both wallets after it and its legs.',
    IDEMPOTENT_REPLAYED_HEADER,
  )
  @ApiOk(
    202,
    HeldCaptureResult,
    'Held for review (transfer.status PENDING_REVIEW): the hold VOIDED, the amount reserved by the held transfer, nothing moved yet.',
    IDEMPOTENT_REPLAYED_HEADER,
  )
  @ApiProblems(
    'VALIDATION_FAILED',
    'SAME_WALLET_TRANSFER',
    'NOT_FOUND',
    'WALLET_NOT_FOUND',
    'HOLD_NOT_ACTIVE',
    'IDEMPOTENCY_KEY_IN_PROGRESS',
    'PAYLOAD_TOO_LARGE',
    'CURRENCY_MISMATCH',
    'BALANCE_LIMIT_EXCEEDED',
    'WALLET_FROZEN',
    'LIMIT_EXCEEDED',
    'IDEMPOTENCY_KEY_REUSED',
  )
  capture(
    @CurrentCaller() caller: Caller,
    @Param() { id }: IdParam,
    @Body() body: CaptureHoldRequest,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaptureResult | globalThis.Response> {
    return answer(this.holds.capture(caller, id, body, key), response).then((result) =>
      'transfer' in result ? accepted(result) : result,
    );
  }

  @Post('holds/:id/void')
  @RequireScope('transfers:write')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'voidHold',
    summary: 'Release a hold without paying anything',
    description: 'A hold that ended (or is past its expiresAt) is 409 HOLD_NOT_ACTIVE.',
  })
  @ApiCsrfToken()
  @ApiOk(200, Hold, 'The hold, VOIDED.')
  @ApiProblems('VALIDATION_FAILED', 'NOT_FOUND', 'HOLD_NOT_ACTIVE')
  void(@CurrentCaller() caller: Caller, @Param() { id }: IdParam): Promise<Hold> {
    return this.holds.void(caller, id);
  }
}
