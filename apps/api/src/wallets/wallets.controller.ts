import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
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
import { HeldTransferResult } from '../reviews/dto/review.dto';
import { FundRequest, FundResult, TransferRequest, TransferResult } from '../transactions/dto/movement.dto';
import {
  ListTransactionsQuery,
  type Transaction,
  TransactionPage,
} from '../transactions/dto/transaction.dto';
import { Wallet } from '../transactions/dto/wallet-view.dto';
import { MovementsService } from '../transactions/movements/movements.service';
import { CreateWalletRequest, ListWalletsQuery, WalletPage, WalletWithTransactions } from './dto/wallet.dto';
import { WalletsService } from './wallets.service';

@ApiTags('Wallets')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('api/v1/wallets')
export class WalletsController {
  constructor(
    private readonly wallets: WalletsService,
    private readonly movements: MovementsService,
  ) {}

  @Post()
  @RequireScope('wallets:write')
  @HttpCode(201)
  @ApiOperation({
    operationId: 'createWallet',
    summary: 'Create a wallet',
    description: 'Currency defaults to USD; the name to "<currency> wallet".',
  })
  @ApiIdempotencyKey()
  @ApiCsrfToken()
  @ApiBody({ type: CreateWalletRequest, required: false })
  @ApiOk(201, Wallet, 'The new wallet, with a zero balance.', IDEMPOTENT_REPLAYED_HEADER)
  @ApiProblems(
    'VALIDATION_FAILED',
    'IDEMPOTENCY_KEY_REUSED',
    'IDEMPOTENCY_KEY_IN_PROGRESS',
    'PAYLOAD_TOO_LARGE',
  )
  create(
    @CurrentCaller() caller: Caller,
    @Body() body: CreateWalletRequest,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<Wallet> {
    return answer(this.wallets.create(caller, body, { operation: 'createWallet', key }), response);
  }

  @Get()
  @RequireScope('wallets:read')
  @ApiOperation({
    operationId: 'listWallets',
    summary: 'List wallets',
    description: 'Oldest first, paginated with nextCursor.',
  })
  @ApiOk(200, WalletPage, 'A page of wallets.')
  @ApiProblems('VALIDATION_FAILED')
  list(@CurrentCaller() caller: Caller, @Query() query: ListWalletsQuery): Promise<Page<Wallet>> {
    return this.wallets.list(caller, query);
  }

  @Post('transfer')
  @RequireScope('transfers:write')
  @HttpCode(201)
  @ApiOperation({
    operationId: 'transferBetweenWallets',
    summary: 'Transfer between two wallets of one currency',
    description:
      'Atomic: both legs (TRANSFER_OUT, TRANSFER_IN) are written or neither. A declined transfer (422) is recorded as a FAILED TRANSFER_OUT on the source, whose id the problem carries as transactionId. A transfer to a wallet of another user counts against the tier limits of the sender (LIMIT_EXCEEDED past the daily or the monthly one, UTC).',
  })
  @ApiIdempotencyKey()
  @ApiCsrfToken()
  @ApiOk(201, TransferResult, 'Both wallets after the move and both legs.', IDEMPOTENT_REPLAYED_HEADER)
  @ApiOk(
    202,
    HeldTransferResult,
    'Held for review (transfer.status PENDING_REVIEW): the amount is reserved on the source wallet, nothing moved yet.',
    IDEMPOTENT_REPLAYED_HEADER,
  )
  @ApiProblems(
    'VALIDATION_FAILED',
    'SAME_WALLET_TRANSFER',
    'WALLET_NOT_FOUND',
    'IDEMPOTENCY_KEY_IN_PROGRESS',
    'PAYLOAD_TOO_LARGE',
    'INSUFFICIENT_FUNDS',
    'CURRENCY_MISMATCH',
    'BALANCE_LIMIT_EXCEEDED',
    'LIMIT_EXCEEDED',
    'IDEMPOTENCY_KEY_REUSED',
  )
  transfer(
    @CurrentCaller() caller: Caller,
    @Body() body: TransferRequest,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TransferResult | globalThis.Response> {
    return answer(
      this.movements.transfer(caller, body, { operation: 'transferBetweenWallets', key }),
      response,
    ).then((result) => ('transfer' in result ? accepted(result) : result));
  }

  @Get(':id')
  @RequireScope('wallets:read')
  @ApiOperation({ operationId: 'getWallet', summary: 'Get a wallet with its 20 newest transactions' })
  @ApiOk(200, WalletWithTransactions, 'The wallet.')
  @ApiProblems('VALIDATION_FAILED', 'WALLET_NOT_FOUND')
  get(@CurrentCaller() caller: Caller, @Param() { id }: IdParam): Promise<WalletWithTransactions> {
    return this.wallets.get(caller, id);
  }

  @Post(':id/fund')
  @RequireScope('wallets:write')
  @HttpCode(201)
  @ApiOperation({
    operationId: 'fundWallet',
    summary: 'Add money to a wallet',
    description: 'A credit past the currency maxBalance is declined (422) and recorded as a FAILED FUND.',
  })
  @ApiIdempotencyKey()
  @ApiCsrfToken()
  @ApiOk(201, FundResult, 'The wallet after the credit and its FUND transaction.', IDEMPOTENT_REPLAYED_HEADER)
  @ApiProblems(
    'VALIDATION_FAILED',
    'WALLET_NOT_FOUND',
    'IDEMPOTENCY_KEY_IN_PROGRESS',
    'PAYLOAD_TOO_LARGE',
    'BALANCE_LIMIT_EXCEEDED',
    'IDEMPOTENCY_KEY_REUSED',
  )
  fund(
    @CurrentCaller() caller: Caller,
    @Param() { id }: IdParam,
    @Body() body: FundRequest,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<FundResult> {
    return answer(this.movements.fund(caller, id, body, { operation: 'fundWallet', key }), response);
  }

  @Get(':id/transactions')
  @RequireScope('wallets:read')
  @ApiOperation({
    operationId: 'listWalletTransactions',
    summary: "A wallet's ledger, newest first",
    description: 'Paginated with nextCursor; filter by type.',
  })
  @ApiOk(200, TransactionPage, 'A page of transactions.')
  @ApiProblems('VALIDATION_FAILED', 'WALLET_NOT_FOUND')
  transactions(
    @CurrentCaller() caller: Caller,
    @Param() { id }: IdParam,
    @Query() query: ListTransactionsQuery,
  ): Promise<Page<Transaction>> {
    return this.wallets.listTransactions(caller, id, query);
  }
}
