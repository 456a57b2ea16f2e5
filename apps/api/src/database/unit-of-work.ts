import { Injectable } from '@nestjs/common';
import type { Db } from './db';
import { PrismaService } from './prisma.service';

/** How long to wait for a pooled connection, and how long one unit of work may hold it. */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 15_000 } as const;

/**
 * The transaction boundary of a use case. Everything `work` does on `tx` commits together when it returns
 * (whatever it returns, a declined Outcome included) and rolls back together when it throws. Keep the work
 * short: it holds a connection and the row locks it took until it ends.
 */
@Injectable()
export class UnitOfWork {
  constructor(private readonly prisma: PrismaService) {}

  run<T>(work: (tx: Db) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work, TRANSACTION_OPTIONS);
  }
}
