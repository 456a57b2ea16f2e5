import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller, RequireScope } from '../auth/caller';
import { livemodeOf } from '../auth/mode';
import { IdParam } from '../common/http/id-param.dto';
import { ApiOk, ApiProblems } from '../common/http/openapi-decorators';
import { Transaction } from './dto/transaction.dto';
import { TransactionsService } from './transactions.service';

@ApiTags('Transactions')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('api/v1/transactions')
export class TransactionsController {
  constructor(private readonly transactions: TransactionsService) {}

  @Get(':id')
  @RequireScope('wallets:read')
  @ApiOperation({ operationId: 'getTransaction', summary: 'Get one ledger entry' })
  @ApiOk(200, Transaction, 'The transaction.')
  @ApiProblems('VALIDATION_FAILED', 'TRANSACTION_NOT_FOUND')
  get(@CurrentCaller() caller: Caller, @Param() { id }: IdParam): Promise<Transaction> {
    return this.transactions.get(caller.userId, id, livemodeOf(caller));
  }
}
