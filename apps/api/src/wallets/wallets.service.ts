import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  type Currency,
  canonicalDecimal,
  DEFAULT_CURRENCY_CODE,
  getCurrency,
  parseAmount,
} from '@wallet/money';
import { type Caller, idempotencyScope } from '../auth/caller';
import { ValidationFailedError } from '../common/errors';
import { type ApiResult, IdempotencyService } from '../common/idempotency/idempotency.service';
import { encodeCursor } from '../common/validation';
import type { Db } from '../database/db';
import { PrismaService } from '../database/prisma.service';
import type { Transaction } from '../transactions/dto/transaction.dto';
import {
  hideForeignSources,
  incomingSourceIds,
  type TransactionRow,
  toTransactionView,
} from '../transactions/dto/transaction.dto';
import { TransactionsRepository } from '../transactions/transactions.repository';
import type { FundResult, TransferResult, Wallet, WalletDetail } from './dto/wallet.dto';
import {
  type CreateWalletInput,
  type FundInput,
  type TransferInput,
  toWalletView,
  type WalletRow,
} from './dto/wallet.dto';
import {
  BalanceLimitExceededError,
  CurrencyMismatchError,
  InsufficientFundsError,
  SameWalletTransferError,
  WalletNotFoundError,
} from './wallets.errors';
import { WalletsRepository } from './wallets.repository';

const NEWEST_TRANSACTIONS = 20;
const DEFAULT_PAGE_SIZE = 20;

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

@Injectable()
export class WalletsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly wallets: WalletsRepository,
    private readonly ledger: TransactionsRepository,
    private readonly idempotency: IdempotencyService,
  ) {}

  create(
    caller: Caller,
    input: CreateWalletInput,
    idempotencyKey: string | undefined,
  ): Promise<ApiResult<Wallet>> {
    const currency = input.currency ?? DEFAULT_CURRENCY_CODE;
    const name = input.name ?? `${currency} wallet`;
    return this.idempotency.execute(
      {
        scope: idempotencyScope(caller),
        key: idempotencyKey,
        method: 'POST',
        path: '/api/v1/wallets',
        canonicalBody: { currency, name },
      },
      201,
      async (tx) => toWalletView(await this.wallets.create(tx, { name, currency, ownerId: caller.userId })),
    );
  }

  async list(
    caller: Caller,
    page: { limit?: number | undefined; cursor?: bigint | undefined },
  ): Promise<Page<Wallet>> {
    const limit = page.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.wallets.list(this.prisma, {
      ownerId: caller.userId,
      limit: limit + 1,
      afterSeq: page.cursor,
    });
    return toPage(rows, limit, toWalletView);
  }

  async get(caller: Caller, id: string): Promise<WalletDetail> {
    const [wallet, newest] = await Promise.all([
      this.wallets.findOwned(this.prisma, id, caller.userId),
      this.ledger.listForWallet(this.prisma, id, { limit: NEWEST_TRANSACTIONS }),
    ]);
    if (!wallet) throw new WalletNotFoundError(id);
    return {
      ...toWalletView(wallet),
      transactions: (await this.visibleTo(caller, newest)).map(toTransactionView),
    };
  }

  async listTransactions(
    caller: Caller,
    walletId: string,
    page: {
      limit?: number | undefined;
      cursor?: bigint | undefined;
      type?: Transaction['type'] | undefined;
    },
  ): Promise<Page<Transaction>> {
    const limit = page.limit ?? DEFAULT_PAGE_SIZE;
    const [wallet, rows] = await Promise.all([
      this.wallets.findOwned(this.prisma, walletId, caller.userId),
      this.ledger.listForWallet(this.prisma, walletId, {
        limit: limit + 1,
        beforeSeq: page.cursor,
        type: page.type,
      }),
    ]);
    if (!wallet) throw new WalletNotFoundError(walletId);
    return toPage(await this.visibleTo(caller, rows), limit, toTransactionView);
  }

  fund(
    caller: Caller,
    walletId: string,
    input: FundInput,
    idempotencyKey: string | undefined,
  ): Promise<ApiResult<FundResult>> {
    const request = {
      scope: idempotencyScope(caller),
      key: idempotencyKey,
      method: 'POST',
      path: `/api/v1/wallets/${walletId}/fund`,
      canonicalBody: { amount: canonicalDecimal(input.amount) },
    };
    return this.idempotency.execute(request, 201, async (tx) => {
      const [wallet] = await this.wallets.lockForUpdate(tx, [walletId]);
      if (!wallet || wallet.ownerId !== caller.userId) throw new WalletNotFoundError(walletId);
      const currency = getCurrency(wallet.currency);
      const amountMinor = amountOrThrow(input.amount, currency);

      if (wallet.balanceMinor + amountMinor > currency.maxBalanceMinor) {
        const failed = await this.recordDecline(tx, wallet, 'FUND', amountMinor, 'BALANCE_LIMIT_EXCEEDED');
        throw new BalanceLimitExceededError(currency, failed);
      }
      const posted = await this.ledger.postFund(tx, walletId, amountMinor, currency.maxBalanceMinor);
      // The wallet is locked and the limit was checked, so the guarded statement must have applied.
      assert(posted, 'fund guard refused a checked credit');
      assert.equal(posted.transaction.balanceAfterMinor, wallet.balanceMinor + amountMinor);
      return { wallet: toWalletView(posted.wallet), transaction: toTransactionView(posted.transaction) };
    });
  }

  transfer(
    caller: Caller,
    input: TransferInput,
    idempotencyKey: string | undefined,
  ): Promise<ApiResult<TransferResult>> {
    const { sourceWalletId, destinationWalletId } = input;
    if (sourceWalletId === destinationWalletId) throw new SameWalletTransferError();
    const request = {
      scope: idempotencyScope(caller),
      key: idempotencyKey,
      method: 'POST',
      path: '/api/v1/wallets/transfer',
      canonicalBody: { sourceWalletId, destinationWalletId, amount: canonicalDecimal(input.amount) },
    };
    return this.idempotency.execute(request, 201, async (tx) => {
      const locked = await this.wallets.lockForUpdate(tx, [sourceWalletId, destinationWalletId]);
      const source = locked.find((w) => w.id === sourceWalletId);
      const destination = locked.find((w) => w.id === destinationWalletId);
      // Only the owner may move money out; any existing wallet may receive it.
      if (!source || source.ownerId !== caller.userId) throw new WalletNotFoundError(sourceWalletId);
      // A wallet nobody owns (made before access control) could never be reached again: not a destination.
      if (!destination || destination.ownerId === null) throw new WalletNotFoundError(destinationWalletId);
      const currency = getCurrency(source.currency);
      const amountMinor = amountOrThrow(input.amount, currency);

      if (source.currency !== destination.currency) {
        const failed = await this.recordDecline(
          tx,
          source,
          'TRANSFER_OUT',
          amountMinor,
          'CURRENCY_MISMATCH',
          destination.id,
        );
        throw new CurrencyMismatchError(source.currency, destination.currency, failed);
      }
      if (source.balanceMinor < amountMinor) {
        const failed = await this.recordDecline(
          tx,
          source,
          'TRANSFER_OUT',
          amountMinor,
          'INSUFFICIENT_FUNDS',
          destination.id,
        );
        throw new InsufficientFundsError(source.balanceMinor, amountMinor, currency, failed);
      }
      if (destination.balanceMinor + amountMinor > currency.maxBalanceMinor) {
        const failed = await this.recordDecline(
          tx,
          source,
          'TRANSFER_OUT',
          amountMinor,
          'BALANCE_LIMIT_EXCEEDED',
          destination.id,
        );
        throw new BalanceLimitExceededError(currency, failed);
      }

      const legs = await this.ledger.postTransfer(tx, {
        sourceWalletId,
        destinationWalletId,
        amountMinor,
        transferId: randomUUID(),
      });
      assert(legs, 'transfer guard refused a checked debit');
      const [out, into] = legs;
      assert.equal(out.transaction.type, 'TRANSFER_OUT');
      assert.equal(into.transaction.type, 'TRANSFER_IN');
      // Legs balance: what left the source is what reached the destination.
      assert.equal(
        source.balanceMinor - out.wallet.balanceMinor,
        into.wallet.balanceMinor - destination.balanceMinor,
      );
      if (destination.ownerId !== caller.userId) {
        // Another user's wallet: the caller learns its id and currency, and sees only their own leg.
        return {
          sourceWallet: toWalletView(out.wallet),
          destinationWallet: { id: destination.id, currency: destination.currency },
          transactions: [toTransactionView(out.transaction)],
        };
      }
      return {
        sourceWallet: toWalletView(out.wallet),
        destinationWallet: toWalletView(into.wallet),
        transactions: [toTransactionView(out.transaction), toTransactionView(into.transaction)],
      };
    });
  }

  /** The rows as the caller may see them: no source id on money received from other users. */
  private async visibleTo(caller: Caller, rows: TransactionRow[]): Promise<TransactionRow[]> {
    const owned = await this.ledger.ownedWalletIds(this.prisma, incomingSourceIds(rows), caller.userId);
    return hideForeignSources(rows, owned);
  }

  /** Writes the FAILED ledger row of a declined attempt on a locked wallet; returns its id. */
  private async recordDecline(
    tx: Db,
    wallet: WalletRow,
    type: 'FUND' | 'TRANSFER_OUT',
    amountMinor: bigint,
    failureCode: string,
    destinationWalletId?: string,
  ): Promise<string> {
    const row = await this.ledger.recordFailed(tx, {
      walletId: wallet.id,
      type,
      amountMinor,
      currency: wallet.currency,
      balanceMinor: wallet.balanceMinor,
      failureCode,
      ...(type === 'TRANSFER_OUT' ? { sourceWalletId: wallet.id, destinationWalletId } : {}),
    });
    return row.id;
  }
}

function amountOrThrow(text: string, currency: Currency): bigint {
  const parsed = parseAmount(text, currency);
  if (!parsed.ok) {
    throw new ValidationFailedError(`The amount ${parsed.message}.`, [
      { field: 'amount', message: parsed.message },
    ]);
  }
  assert(parsed.minor > 0n);
  return parsed.minor;
}

function toPage<R extends { seq?: bigint }, V>(rows: R[], limit: number, view: (row: R) => V): Page<V> {
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  const last = shown[shown.length - 1];
  return {
    data: shown.map(view),
    nextCursor: more && last?.seq !== undefined ? encodeCursor(last.seq) : null,
  };
}
