import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/config';
import type { Db } from './db';
import { PrismaService } from './prisma.service';

/** How long one unit of work may hold its connection; each statement in it is bounded on its own too. */
const TRANSACTION_TIMEOUT_MS = 15_000;

/**
 * The transaction boundary of a use case. Everything `work` does on `tx` commits together when it returns
 * (whatever it returns, a declined Outcome included) and rolls back together when it throws. Keep the work
 * short: it holds a connection and the row locks it took until it ends.
 */
@Injectable()
export class UnitOfWork {
  /** maxWait: the wait for a connection and BEGIN, bounded like any other wait for a connection. */
  private readonly options: { maxWait: number; timeout: number };

  constructor(
    private readonly prisma: PrismaService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.options = { maxWait: config.dbConnectTimeoutMs, timeout: TRANSACTION_TIMEOUT_MS };
  }

  run<T>(work: (tx: Db) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work, this.options);
  }
}
