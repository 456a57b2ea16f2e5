import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  type FundResult,
  TRANSACTION_TYPES,
  type Transaction,
  type TransferResult,
  type Wallet,
  type WalletDetail,
} from '@wallet/contract';
import { type Caller, CurrentCaller, RequireScope } from '../auth/caller';
import { ApiIdempotencyKey, ApiJsonBody, ApiOk, ApiProblems } from '../common/http/openapi-decorators';
import { ZodPipe } from '../common/http/zod.pipe';
import { IdempotencyKey } from '../common/idempotency/idempotency-key.pipe';
import type { Recorded } from '../common/outcome';
import type { Page } from '../common/page';
import { uuidSchema } from '../common/validation';
import { ListTransactionsQuery } from '../transactions/dto/transaction.dto';
import {
  CreateWalletBody,
  type CreateWalletInput,
  FundBody,
  type FundInput,
  ListWalletsQuery,
  TransferBody,
  type TransferInput,
} from './dto/wallet.dto';
import { WalletsService } from './wallets.service';

const idParam = new ZodPipe(uuidSchema, 'path', 'id');

@ApiTags('Wallets')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('api/v1/wallets')
export class WalletsController {
  constructor(private readonly wallets: WalletsService) {}

  @Post()
  @RequireScope('wallets:write')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Create a wallet',
    description: 'Currency defaults to USD; the name to "<currency> wallet".',
  })
  @ApiIdempotencyKey()
  @ApiJsonBody('CreateWalletRequest', false)
  @ApiOk(201, 'Wallet', 'The new wallet, with a zero balance.')
  @ApiProblems(
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'RATE_LIMITED',

    'VALIDATION_FAILED',
    'IDEMPOTENCY_KEY_REUSED',
    'IDEMPOTENCY_KEY_IN_PROGRESS',
    'PAYLOAD_TOO_LARGE',
  )
  create(
    @CurrentCaller() caller: Caller,
    @Body(new ZodPipe(CreateWalletBody, 'body')) body: CreateWalletInput,
    @IdempotencyKey() key: string | undefined,
  ): Promise<Recorded<Wallet>> {
    return this.wallets.create(caller, body, { operation: 'createWallet', key });
  }

  @Get()
  @RequireScope('wallets:read')
  @ApiOperation({ summary: 'List wallets', description: 'Oldest first, paginated with nextCursor.' })
  @ApiQuery({
    name: 'limit',
    required: false,
    schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
  })
  @ApiQuery({ name: 'cursor', required: false, schema: { type: 'string' } })
  @ApiOk(200, 'WalletPage', 'A page of wallets.')
  @ApiProblems('UNAUTHENTICATED', 'FORBIDDEN', 'RATE_LIMITED', 'VALIDATION_FAILED')
  list(
    @CurrentCaller() caller: Caller,
    @Query(new ZodPipe(ListWalletsQuery, 'query')) query: { limit?: number; cursor?: bigint },
  ): Promise<Page<Wallet>> {
    return this.wallets.list(caller, query);
  }

  @Post('transfer')
  @RequireScope('transfers:write')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Transfer between two wallets of one currency',
    description:
      'Atomic: both legs (TRANSFER_OUT, TRANSFER_IN) are written or neither. A declined transfer (422) is recorded as a FAILED TRANSFER_OUT on the source, whose id the problem carries as transactionId.',
  })
  @ApiIdempotencyKey()
  @ApiJsonBody('TransferRequest')
  @ApiOk(201, 'TransferResult', 'Both wallets after the move and both legs.')
  @ApiProblems(
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'RATE_LIMITED',

    'VALIDATION_FAILED',
    'SAME_WALLET_TRANSFER',
    'WALLET_NOT_FOUND',
    'IDEMPOTENCY_KEY_IN_PROGRESS',
    'PAYLOAD_TOO_LARGE',
    'INSUFFICIENT_FUNDS',
    'CURRENCY_MISMATCH',
    'BALANCE_LIMIT_EXCEEDED',
    'IDEMPOTENCY_KEY_REUSED',
  )
  transfer(
    @CurrentCaller() caller: Caller,
    @Body(new ZodPipe(TransferBody, 'body')) body: TransferInput,
    @IdempotencyKey() key: string | undefined,
  ): Promise<Recorded<TransferResult>> {
    return this.wallets.transfer(caller, body, { operation: 'transferBetweenWallets', key });
  }

  @Get(':id')
  @RequireScope('wallets:read')
  @ApiOperation({ summary: 'Get a wallet with its 20 newest transactions' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOk(200, 'WalletWithTransactions', 'The wallet.')
  @ApiProblems('UNAUTHENTICATED', 'FORBIDDEN', 'RATE_LIMITED', 'VALIDATION_FAILED', 'WALLET_NOT_FOUND')
  get(@CurrentCaller() caller: Caller, @Param('id', idParam) id: string): Promise<WalletDetail> {
    return this.wallets.get(caller, id);
  }

  @Post(':id/fund')
  @RequireScope('wallets:write')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Add money to a wallet',
    description: 'A credit past the currency maxBalance is declined (422) and recorded as a FAILED FUND.',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiIdempotencyKey()
  @ApiJsonBody('FundRequest')
  @ApiOk(201, 'FundResult', 'The wallet after the credit and its FUND transaction.')
  @ApiProblems(
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'RATE_LIMITED',

    'VALIDATION_FAILED',
    'WALLET_NOT_FOUND',
    'IDEMPOTENCY_KEY_IN_PROGRESS',
    'PAYLOAD_TOO_LARGE',
    'BALANCE_LIMIT_EXCEEDED',
    'IDEMPOTENCY_KEY_REUSED',
  )
  fund(
    @CurrentCaller() caller: Caller,
    @Param('id', idParam) id: string,
    @Body(new ZodPipe(FundBody, 'body')) body: FundInput,
    @IdempotencyKey() key: string | undefined,
  ): Promise<Recorded<FundResult>> {
    return this.wallets.fund(caller, id, body, { operation: 'fundWallet', key });
  }

  @Get(':id/transactions')
  @RequireScope('wallets:read')
  @ApiOperation({
    summary: "A wallet's ledger, newest first",
    description: 'Paginated with nextCursor; filter by type.',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiQuery({
    name: 'limit',
    required: false,
    schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
  })
  @ApiQuery({ name: 'cursor', required: false, schema: { type: 'string' } })
  @ApiQuery({ name: 'type', required: false, enum: TRANSACTION_TYPES })
  @ApiOk(200, 'TransactionPage', 'A page of transactions.')
  @ApiProblems('UNAUTHENTICATED', 'FORBIDDEN', 'RATE_LIMITED', 'VALIDATION_FAILED', 'WALLET_NOT_FOUND')
  transactions(
    @CurrentCaller() caller: Caller,
    @Param('id', idParam) id: string,
    @Query(new ZodPipe(ListTransactionsQuery, 'query')) query: {
      limit?: number;
      cursor?: bigint;
      type?: Transaction['type'];
    },
  ): Promise<Page<Transaction>> {
    return this.wallets.listTransactions(caller, id, query);
  }
}
