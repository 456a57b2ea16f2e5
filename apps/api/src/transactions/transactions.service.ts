import { Injectable } from '@nestjs/common';
import type { Transaction } from '@wallet/contract';
import { PrismaService } from '../database/prisma.service';
import { toTransactionView } from './dto/transaction.dto';
import { TransactionNotFoundError } from './transactions.errors';
import { TransactionsRepository } from './transactions.repository';

@Injectable()
export class TransactionsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly transactions: TransactionsRepository,
  ) {}

  async get(id: string): Promise<Transaction> {
    const row = await this.transactions.findById(this.prisma, id);
    if (!row) throw new TransactionNotFoundError(id);
    return toTransactionView(row);
  }
}
