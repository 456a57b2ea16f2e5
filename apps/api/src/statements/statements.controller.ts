import { Readable } from 'node:stream';
import { Controller, Get, Headers, Param, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiExtraModels,
  ApiOperation,
  ApiProduces,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { type Caller, CurrentCaller, RequireScope } from '../auth/caller';
import { IdParam } from '../common/http/id-param.dto';
import { ApiOk, ApiProblems } from '../common/http/openapi-decorators';
import { BalanceAt, BalanceAtQuery, Statement, StatementQuery } from './dto/statement.dto';
import { StatementsService } from './statements.service';

@ApiTags('Wallets')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('api/v1/wallets')
export class StatementsController {
  constructor(private readonly statements: StatementsService) {}

  @Get(':id/balance')
  @RequireScope('wallets:read')
  @ApiOperation({
    operationId: 'getWalletBalanceAt',
    summary: "A wallet's balance at a moment, from its ledger",
    description:
      'The balanceAfter of the newest ledger entry at or before `at` (default now); 0 before the first entry, including before the wallet existed.',
  })
  @ApiOk(200, BalanceAt, 'The balance then.')
  @ApiProblems('VALIDATION_FAILED', 'WALLET_NOT_FOUND')
  balance(
    @CurrentCaller() caller: Caller,
    @Param() { id }: IdParam,
    @Query() query: BalanceAtQuery,
  ): Promise<BalanceAt> {
    return this.statements.balanceAt(caller, id, query.at);
  }

  @Get(':id/statement')
  @RequireScope('wallets:read')
  @ApiOperation({
    operationId: 'getWalletStatement',
    summary: "A wallet's statement: opening balance, every entry, closing balance",
    description:
      'From `from` to `to` (default: the 30 days up to now; at most 366 days), streamed. CSV with `format=csv` or `Accept: text/csv` (a download, with Content-Disposition); otherwise JSON.',
  })
  @ApiProduces('application/json', 'text/csv')
  @ApiExtraModels(Statement)
  @ApiResponse({
    status: 200,
    description: 'The statement.',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(Statement) } },
      'text/csv': {
        schema: {
          type: 'string',
          example:
            'date,type,status,description,reference,amount,balance_after,transaction_id,refund_of\r\n2026-11-01T00:00:00.000Z,OPENING_BALANCE,,,,,100.00,,\r\n',
        },
      },
    },
  })
  @ApiProblems('VALIDATION_FAILED', 'WALLET_NOT_FOUND')
  async statement(
    @CurrentCaller() caller: Caller,
    @Param() { id }: IdParam,
    @Query() query: StatementQuery,
    @Headers('accept') accept: string | undefined,
  ): Promise<StreamableFile> {
    const format = query.format ?? (accept?.includes('text/csv') ? 'csv' : 'json');
    const download = await this.statements.statement(caller, id, { ...query, format });
    return new StreamableFile(Readable.from(download.chunks, { objectMode: false }), {
      type: download.contentType,
      ...(download.filename ? { disposition: `attachment; filename="${download.filename}"` } : {}),
    });
  }
}
