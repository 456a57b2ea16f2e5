import { Injectable } from '@nestjs/common';
import { DEFAULT_CURRENCY_CODE } from '@wallet/money';
import { type Caller, idempotencyScope } from '../auth/caller';
import { IdempotencyService, type IdempotencyToken } from '../common/idempotency/idempotency.service';
import { counted, done, type Recorded } from '../common/outcome';
import { type Page, pageSize, toPage } from '../common/page';
import { ReadReplica } from '../database/read-replica';
import { UnitOfWork } from '../database/unit-of-work';
import { MetricsService } from '../metrics/metrics.service';
import type { Transaction } from '../transactions/dto/transaction.dto';
import type { Wallet } from '../transactions/dto/wallet-view.dto';
import { WalletNotFoundError } from '../transactions/transactions.errors';
import { TransactionsService } from '../transactions/transactions.service';
import { toWalletView } from '../transactions/wallet.view';
import type { CreateWalletInput, WalletDetail } from './dto/wallet.dto';
import { WalletsRepository } from './wallets.repository';

const NEWEST_TRANSACTIONS = 20;

/**
 * Wallets: creating, listing and reading them, for their owner. The money moves in the ledger
 * (transactions/movements), which also keeps each wallet's history (TransactionsService).
 */
@Injectable()
export class WalletsService {
  constructor(
    private readonly reads: ReadReplica,
    private readonly unitOfWork: UnitOfWork,
    private readonly wallets: WalletsRepository,
    private readonly ledger: TransactionsService,
    private readonly idempotency: IdempotencyService,
    private readonly metrics: MetricsService,
  ) {}

  create(caller: Caller, input: CreateWalletInput, token: IdempotencyToken): Promise<Recorded<Wallet>> {
    const currency = input.currency ?? DEFAULT_CURRENCY_CODE;
    const name = input.name ?? `${currency} wallet`;
    const call = { ...this.callOf(caller, token), input: { currency, name } };
    const recorded = this.unitOfWork.run((tx) =>
      this.idempotency.once(tx, call, async () => {
        const wallet = await this.wallets.create(tx, { name, currency, ownerId: caller.userId });
        return done(toWalletView(wallet));
      }),
    );
    return counted(recorded, (value) => this.metrics.idempotent(call.operation, value));
  }

  async list(caller: Caller, page: { limit?: number; cursor?: bigint }): Promise<Page<Wallet>> {
    const limit = pageSize(page.limit);
    const rows = await this.reads.read(caller.userId, (db) =>
      this.wallets.list(db, { ownerId: caller.userId, limit: limit + 1, afterSeq: page.cursor }),
    );
    return toPage(rows, limit, toWalletView);
  }

  async get(caller: Caller, id: string): Promise<WalletDetail> {
    const [wallet, newest] = await this.reads.read(caller.userId, (db) =>
      Promise.all([
        this.wallets.findOwned(db, id, caller.userId),
        this.ledger.history(db, caller.userId, id, { limit: NEWEST_TRANSACTIONS }),
      ]),
    );
    if (!wallet) throw new WalletNotFoundError(id);
    return { ...toWalletView(wallet), transactions: newest.data };
  }

  async listTransactions(
    caller: Caller,
    walletId: string,
    page: { limit?: number; cursor?: bigint; type?: Transaction['type']; q?: string },
  ): Promise<Page<Transaction>> {
    const [wallet, history] = await this.reads.read(caller.userId, (db) =>
      Promise.all([
        this.wallets.findOwned(db, walletId, caller.userId),
        this.ledger.history(db, caller.userId, walletId, {
          limit: pageSize(page.limit),
          beforeSeq: page.cursor,
          type: page.type,
          q: page.q,
        }),
      ]),
    );
    if (!wallet) throw new WalletNotFoundError(walletId);
    return history;
  }

  private callOf(caller: Caller, token: IdempotencyToken) {
    return { scope: idempotencyScope(caller), key: token.key, operation: token.operation };
  }
}
