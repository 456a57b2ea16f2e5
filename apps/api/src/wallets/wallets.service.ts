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
import { IdempotencyService } from '../common/idempotency/idempotency.service';
import { declined, done, type Outcome, type Recorded } from '../common/outcome';
import { type Page, pageSize, toPage } from '../common/page';
import { ReadReplica } from '../database/read-replica';
import type { WalletRow } from '../database/rows';
import { UnitOfWork } from '../database/unit-of-work';
import { MetricsService, type MovementType } from '../metrics/metrics.service';
import type { Transaction } from '../transactions/dto/transaction.dto';
import { toTransactionView } from '../transactions/transaction.view';
import type { PostedLeg } from '../transactions/transactions.repository';
import { type Note, TransactionsService } from '../transactions/transactions.service';
import type {
  CreateWalletInput,
  FundInput,
  FundResult,
  TransferInput,
  TransferResult,
  Wallet,
  WalletDetail,
} from './dto/wallet.dto';
import { toWalletView } from './wallet.view';
import { SameWalletTransferError, WalletNotFoundError } from './wallets.errors';
import { WalletsRepository } from './wallets.repository';

const NEWEST_TRANSACTIONS = 20;

/** The caller's Idempotency-Key and the name of the operation it is sent with. */
export interface IdempotencyToken {
  operation: string;
  key: string | undefined;
}

/**
 * Wallets: who may do what (ownership), each use case's unit of work, and the views. The money itself
 * moves in the ledger (TransactionsService).
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

  fund(
    caller: Caller,
    walletId: string,
    input: FundInput,
    token: IdempotencyToken,
  ): Promise<Recorded<FundResult>> {
    const call = {
      ...this.callOf(caller, token),
      input: { walletId, amount: canonicalDecimal(input.amount), ...noteOf(input) },
    };
    const recorded: Promise<Recorded<FundResult>> = this.unitOfWork.run((tx) =>
      this.idempotency.onceFused(
        tx,
        call,
        (claim) => this.wallets.lockForUpdate(tx, [walletId], claim),
        async ({ wallets: [wallet], at }, recordWith) => {
          if (!wallet || wallet.ownerId !== caller.userId) return declined(new WalletNotFoundError(walletId));
          const minor = amountIn(input.amount, wallet.currency);
          const posting = this.ledger.planFund(wallet, minor, at, noteOf(input));
          const outcome = mapDone(posting.outcome, (leg) => ({
            wallet: toWalletView(leg.wallet),
            transaction: toTransactionView(leg.transaction),
          }));
          await this.ledger.write(tx, posting, recordWith(outcome));
          return outcome;
        },
      ),
    );
    return this.countedMovement('fund', call.operation, recorded);
  }

  /**
   * Locks both wallets (ascending id, so opposite transfers queue instead of deadlocking), with the
   * Idempotency-Key's claim in the same statement, then writes the posting and the stored outcome in one
   * more: four round trips in all, with BEGIN and COMMIT.
   */
  transfer(caller: Caller, input: TransferInput, token: IdempotencyToken): Promise<Recorded<TransferResult>> {
    const { sourceWalletId, destinationWalletId } = input;
    if (sourceWalletId === destinationWalletId) throw new SameWalletTransferError();
    const amount = canonicalDecimal(input.amount);
    const call = {
      ...this.callOf(caller, token),
      input: { sourceWalletId, destinationWalletId, amount, ...noteOf(input) },
    };
    const recorded: Promise<Recorded<TransferResult>> = this.unitOfWork.run((tx) =>
      this.idempotency.onceFused(
        tx,
        call,
        (claim) => this.wallets.lockForUpdate(tx, [sourceWalletId, destinationWalletId], claim),
        async ({ wallets, at }, recordWith) => {
          const source = wallets.find((w) => w.id === sourceWalletId);
          const destination = wallets.find((w) => w.id === destinationWalletId);
          // Only the owner may move money out; any existing wallet may receive it.
          if (!source || source.ownerId !== caller.userId)
            return declined(new WalletNotFoundError(sourceWalletId));
          // A wallet nobody owns (made before access control) could never be reached again: not a destination.
          if (!destination || destination.ownerId === null) {
            return declined(new WalletNotFoundError(destinationWalletId));
          }
          const minor = amountIn(input.amount, source.currency);
          const posting = this.ledger.planTransfer(source, destination, minor, at, noteOf(input));
          const outcome = mapDone(posting.outcome, (legs) => transferView(caller, legs));
          await this.ledger.write(tx, posting, recordWith(outcome));
          return outcome;
        },
      ),
    );
    return this.countedMovement('transfer', call.operation, recorded);
  }

  /** Counted once committed: a movement rolled back never happened. */
  private countedMovement<T>(
    type: MovementType,
    operation: string,
    recorded: Promise<Recorded<T>>,
  ): Promise<Recorded<T>> {
    return counted(recorded, (value) => this.metrics.moneyMovement(type, operation, value));
  }

  private callOf(caller: Caller, token: IdempotencyToken) {
    return { scope: idempotencyScope(caller), key: token.key, operation: token.operation };
  }
}

export async function counted<T>(recorded: Promise<Recorded<T>>, count: (value: Recorded<T>) => void) {
  const value = await recorded;
  count(value);
  return value;
}

/** What the caller sees of a transfer: another user's wallet shows only its id and currency, and its leg not at all. */
export function transferView(caller: Caller, [out, into]: [PostedLeg, PostedLeg]): TransferResult {
  if (into.wallet.ownerId !== caller.userId) {
    return {
      sourceWallet: toWalletView(out.wallet),
      destinationWallet: { id: into.wallet.id, currency: into.wallet.currency },
      transactions: [toTransactionView(out.transaction)],
    };
  }
  return {
    sourceWallet: toWalletView(out.wallet),
    destinationWallet: toWalletView(into.wallet),
    transactions: [toTransactionView(out.transaction), toTransactionView(into.transaction)],
  };
}

/**
 * The memo and reference as given, for the posting and for the Idempotency-Key's fingerprint: an absent
 * one is left out, so requests without them keep the fingerprints they always had.
 */
export function noteOf(input: { description?: string; reference?: string }): Note {
  return {
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.reference !== undefined ? { reference: input.reference } : {}),
  };
}

export function mapDone<T, V>(outcome: Outcome<T>, view: (value: T) => V): Outcome<V> {
  return outcome.kind === 'done' ? done(view(outcome.value)) : outcome;
}

/**
 * The amount in the wallet's currency, exactly. Refused (400, not recorded: the unit of work rolls back)
 * when it has more decimals than the currency or passes its maxAmount.
 */
export function amountIn(text: string, code: WalletRow['currency']): bigint {
  const currency: Currency = getCurrency(code);
  const parsed = parseAmount(text, currency);
  if (!parsed.ok) {
    throw new ValidationFailedError(`The amount ${parsed.message}.`, [
      { field: 'amount', message: parsed.message },
    ]);
  }
  return parsed.minor;
}
