import { Injectable } from '@nestjs/common';
import type { Caller } from '../auth/caller';
import { PrismaService } from '../database/prisma.service';
import type { Transaction } from './dto/transaction.dto';
import { hideForeignSources, incomingSourceIds, toTransactionView } from './dto/transaction.dto';
import { TransactionNotFoundError } from './transactions.errors';
import { TransactionsRepository } from './transactions.repository';

@Injectable()
export class TransactionsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly transactions: TransactionsRepository,
  ) {}

  async get(caller: Caller, id: string): Promise<Transaction> {
    const row = await this.transactions.findOwned(this.prisma, id, caller.userId);
    if (!row) throw new TransactionNotFoundError(id);
    const owned = await this.transactions.ownedWalletIds(
      this.prisma,
      incomingSourceIds([row]),
      caller.userId,
    );
    const [visible] = hideForeignSources([row], owned);
    return toTransactionView(visible ?? row);
  }
}
