import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Transaction } from '@wallet/contract';
import { ApiOk, ApiProblems } from '../common/http/openapi-decorators';
import { ZodPipe } from '../common/http/zod.pipe';
import { uuidSchema } from '../common/validation';
import { TransactionsService } from './transactions.service';

@ApiTags('Transactions')
@Controller('api/v1/transactions')
export class TransactionsController {
  constructor(private readonly transactions: TransactionsService) {}

  @Get(':id')
  @ApiOperation({ summary: 'Get one ledger entry' })
  @ApiOk(200, 'Transaction', 'The transaction.')
  @ApiProblems('VALIDATION_FAILED', 'TRANSACTION_NOT_FOUND')
  get(@Param('id', new ZodPipe(uuidSchema, 'path', 'id')) id: string): Promise<Transaction> {
    return this.transactions.get(id);
  }
}
