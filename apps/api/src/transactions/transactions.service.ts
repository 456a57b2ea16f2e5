import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';
import { type TransactionView, toTransactionView } from './dto/transaction.dto';
import { TransactionNotFoundError } from './transactions.errors';
import { TransactionsRepository } from './transactions.repository';

@Injectable()
export class TransactionsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly transactions: TransactionsRepository,
  ) {}

  async get(id: string): Promise<TransactionView> {
    const row = await this.transactions.findById(this.prisma, id);
    if (!row) throw new TransactionNotFoundError(id);
    return toTransactionView(row);
  }
}
