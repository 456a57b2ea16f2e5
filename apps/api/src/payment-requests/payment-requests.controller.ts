import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
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
  CreatePaymentRequest,
  ListPaymentRequestsQuery,
  PaymentRequest,
  PaymentRequestPage,
  PayPaymentRequest,
  PayPaymentRequestResult,
} from './dto/payment-request.dto';
import { dashboardBase } from './payment-request.view';
import { PaymentRequestsService } from './payment-requests.service';

/** The dashboard's origin for a payUrl: DASHBOARD_URL, else this API's own (it serves the dashboard). */
function base(request: Request): string {
  return dashboardBase(`${request.protocol}://${request.get('host') ?? 'localhost'}`);
}

@ApiTags('Payment requests')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('api/v1/payment-requests')
export class PaymentRequestsController {
  constructor(private readonly requests: PaymentRequestsService) {}

  @Post()
  @RequireScope('wallets:write')
  @HttpCode(201)
  @ApiOperation({
    operationId: 'createPaymentRequest',
    summary: 'Ask for a payment into one of your wallets',
    description:
      'From a named wallet (payerWalletId: its owner sees it in their list and live) or by its link (payUrl) for anyone signed in. Nothing moves until it is paid.',
  })
  @ApiIdempotencyKey()
  @ApiCsrfToken()
  @ApiOk(201, PaymentRequest, 'The request, OPEN, with its payUrl.', IDEMPOTENT_REPLAYED_HEADER)
  @ApiProblems(
    'VALIDATION_FAILED',
    'SAME_WALLET_TRANSFER',
    'WALLET_NOT_FOUND',
    'IDEMPOTENCY_KEY_IN_PROGRESS',
    'PAYLOAD_TOO_LARGE',
    'CURRENCY_MISMATCH',
    'IDEMPOTENCY_KEY_REUSED',
  )
  create(
    @CurrentCaller() caller: Caller,
    @Body() body: CreatePaymentRequest,
    @IdempotencyKey() key: string | undefined,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PaymentRequest> {
    return answer(this.requests.create(caller, body, key, base(request)), response);
  }

  @Get()
  @RequireScope('wallets:read')
  @ApiOperation({
    operationId: 'listPaymentRequests',
    summary: 'List your payment requests, newest first',
    description:
      'The ones you asked (role=requester), the ones asked of you or that you paid (role=payer), or both.',
  })
  @ApiOk(200, PaymentRequestPage, 'A page of payment requests.')
  @ApiProblems('VALIDATION_FAILED')
  list(
    @CurrentCaller() caller: Caller,
    @Query() query: ListPaymentRequestsQuery,
    @Req() request: Request,
  ): Promise<Page<PaymentRequest>> {
    return this.requests.list(caller, query, base(request));
  }

  @Get(':id')
  @RequireScope('wallets:read')
  @ApiOperation({
    operationId: 'getPaymentRequest',
    summary: 'Get a payment request',
    description:
      "Any signed-in caller holding the id of a link request; a request asked of a wallet, only its requester and that wallet's owner (404 for others).",
  })
  @ApiOk(200, PaymentRequest, 'The request as you see it.')
  @ApiProblems('VALIDATION_FAILED', 'NOT_FOUND')
  get(
    @CurrentCaller() caller: Caller,
    @Param() { id }: IdParam,
    @Req() request: Request,
  ): Promise<PaymentRequest> {
    return this.requests.get(caller, id, base(request));
  }

  @Post(':id/pay')
  @RequireScope('transfers:write')
  @HttpCode(201)
  @ApiOperation({
    operationId: 'payPaymentRequest',
    summary: 'Pay a payment request',
    description:
      "One transfer of the request's amount from your wallet to the request's, with its memo; the request is PAID in the same transaction, and only one payment of it ever lands. Declines (422) are the transfer's, recorded as a FAILED leg, and leave it OPEN. A payment a review rule holds leaves it OPEN with heldForReview (no transactions yet).",
  })
  @ApiIdempotencyKey()
  @ApiCsrfToken()
  @ApiOk(
    201,
    PayPaymentRequestResult,
    'The request, PAID, and your legs of the transfer.',
    IDEMPOTENT_REPLAYED_HEADER,
  )
  @ApiProblems(
    'VALIDATION_FAILED',
    'SAME_WALLET_TRANSFER',
    'NOT_FOUND',
    'WALLET_NOT_FOUND',
    'PAYMENT_REQUEST_NOT_OPEN',
    'IDEMPOTENCY_KEY_IN_PROGRESS',
    'PAYLOAD_TOO_LARGE',
    'INSUFFICIENT_FUNDS',
    'CURRENCY_MISMATCH',
    'BALANCE_LIMIT_EXCEEDED',
    'WALLET_FROZEN',
    'LIMIT_EXCEEDED',
    'IDEMPOTENCY_KEY_REUSED',
  )
  pay(
    @CurrentCaller() caller: Caller,
    @Param() { id }: IdParam,
    @Body() body: PayPaymentRequest,
    @IdempotencyKey() key: string | undefined,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PayPaymentRequestResult> {
    return answer(this.requests.pay(caller, id, body, key, base(request)), response);
  }

  @Post(':id/decline')
  @RequireScope('wallets:write')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'declinePaymentRequest',
    summary: 'Decline a payment request asked of your wallet',
    description: 'Only the owner of the wallet asked; a link request has no payer to decline it (403).',
  })
  @ApiIdempotencyKey()
  @ApiCsrfToken()
  @ApiOk(200, PaymentRequest, 'The request, DECLINED.', IDEMPOTENT_REPLAYED_HEADER)
  @ApiProblems('VALIDATION_FAILED', 'NOT_FOUND', 'PAYMENT_REQUEST_NOT_OPEN', 'IDEMPOTENCY_KEY_REUSED')
  decline(
    @CurrentCaller() caller: Caller,
    @Param() { id }: IdParam,
    @IdempotencyKey() key: string | undefined,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PaymentRequest> {
    return answer(this.requests.decline(caller, id, key, base(request)), response);
  }

  @Post(':id/cancel')
  @RequireScope('wallets:write')
  @HttpCode(200)
  @ApiOperation({ operationId: 'cancelPaymentRequest', summary: 'Cancel a payment request you asked' })
  @ApiIdempotencyKey()
  @ApiCsrfToken()
  @ApiOk(200, PaymentRequest, 'The request, CANCELLED.', IDEMPOTENT_REPLAYED_HEADER)
  @ApiProblems('VALIDATION_FAILED', 'NOT_FOUND', 'PAYMENT_REQUEST_NOT_OPEN', 'IDEMPOTENCY_KEY_REUSED')
  cancel(
    @CurrentCaller() caller: Caller,
    @Param() { id }: IdParam,
    @IdempotencyKey() key: string | undefined,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PaymentRequest> {
    return answer(this.requests.cancel(caller, id, key, base(request)), response);
  }
}
