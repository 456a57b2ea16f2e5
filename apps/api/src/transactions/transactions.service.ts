import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { getCurrency, type Money } from '@wallet/money';
import type { DomainError } from '../common/errors';
import { declined, done, type Outcome } from '../common/outcome';
import { type Page, toPage } from '../common/page';
import type { Db } from '../database/db';
import { PrismaService } from '../database/prisma.service';
import type { TransactionRow, TransactionType, WalletRow } from '../database/rows';
import type { Transaction } from './dto/transaction.dto';
import { type DeclineReason, decideFund, decideTransfer } from './ledger.rules';
import { hideForeignSources, incomingSourceIds, toTransactionView } from './transaction.view';
import {
  BalanceLimitExceededError,
  CurrencyMismatchError,
  InsufficientFundsError,
  TransactionNotFoundError,
} from './transactions.errors';
import { type PostedLeg, TransactionsRepository } from './transactions.repository';

const balanceOf = (wallet: WalletRow): Money => ({
  amountMinor: wallet.balanceMinor,
  currency: wallet.currency,
});

/** A declined attempt as the ledger recorded it, for the error that explains it. */
interface DeclinedAttempt {
  reason: DeclineReason;
  wallet: WalletRow;
  amountMinor: bigint;
  destination?: WalletRow;
  transactionId: string;
}

/**
 * The ledger. Posting runs inside the caller's unit of work, on wallets the caller has locked: the rules
 * decide, then a posting writes the balances and the ledger rows in one statement, or the declined
 * attempt is written as a FAILED row and returned as a declined Outcome (which commits).
 */
@Injectable()
export class TransactionsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly ledger: TransactionsRepository,
  ) {}

  async fund(tx: Db, wallet: WalletRow, amountMinor: bigint): Promise<Outcome<PostedLeg>> {
    const currency = getCurrency(wallet.currency);
    const amount = { amountMinor, currency: wallet.currency };
    const decision = decideFund(balanceOf(wallet), amount, currency);
    if (decision.kind === 'decline') {
      return declined(await this.recordDecline(tx, { reason: decision.reason, wallet, amountMinor }));
    }
    const posted = await this.ledger.postFund(tx, wallet.id, amountMinor, currency.maxBalanceMinor);
    // The wallet is locked and the rules said yes, so the statement's guard must have agreed.
    assert(posted, 'fund guard refused a credit the rules allowed');
    assert.equal(posted.wallet.balanceMinor, decision.balanceAfter.amountMinor);
    assert.equal(posted.transaction.balanceAfterMinor, decision.balanceAfter.amountMinor);
    return done(posted);
  }

  /** Both legs [TRANSFER_OUT, TRANSFER_IN], or the declined attempt on the source. */
  async transfer(
    tx: Db,
    source: WalletRow,
    destination: WalletRow,
    amountMinor: bigint,
  ): Promise<Outcome<[PostedLeg, PostedLeg]>> {
    const amount = { amountMinor, currency: source.currency };
    const limit = getCurrency(destination.currency);
    const decision = decideTransfer(balanceOf(source), balanceOf(destination), amount, limit);
    if (decision.kind === 'decline') {
      const attempt = { reason: decision.reason, wallet: source, amountMinor, destination };
      return declined(await this.recordDecline(tx, attempt));
    }
    const legs = await this.ledger.postTransfer(tx, {
      sourceWalletId: source.id,
      destinationWalletId: destination.id,
      amountMinor,
      transferId: randomUUID(),
    });
    assert(legs, 'transfer guard refused a debit the rules allowed');
    const [out, into] = legs;
    assert.equal(out.transaction.type, 'TRANSFER_OUT');
    assert.equal(into.transaction.type, 'TRANSFER_IN');
    assert.equal(out.wallet.balanceMinor, decision.sourceAfter.amountMinor);
    assert.equal(into.wallet.balanceMinor, decision.destinationAfter.amountMinor);
    return done(legs);
  }

  /** One ledger entry on one of the owner's wallets, as the owner may see it. */
  async get(ownerId: string, id: string): Promise<Transaction> {
    const row = await this.ledger.findOwned(this.prisma, id, ownerId);
    if (!row) throw new TransactionNotFoundError(id);
    const [visible] = await this.visibleTo(ownerId, [row]);
    return toTransactionView(visible ?? row);
  }

  /** A page of a wallet's entries, newest first; the caller has checked that the owner owns the wallet. */
  async history(
    ownerId: string,
    walletId: string,
    page: { limit: number; beforeSeq?: bigint | undefined; type?: TransactionType | undefined },
  ): Promise<Page<Transaction>> {
    const rows = await this.ledger.listForWallet(this.prisma, walletId, { ...page, limit: page.limit + 1 });
    return toPage(await this.visibleTo(ownerId, rows), page.limit, toTransactionView);
  }

  /** The rows as the owner may see them: no source id on money received from other users' wallets. */
  private async visibleTo(ownerId: string, rows: TransactionRow[]): Promise<TransactionRow[]> {
    const owned = await this.ledger.ownedWalletIds(this.prisma, incomingSourceIds(rows), ownerId);
    return hideForeignSources(rows, owned);
  }

  /** Writes the FAILED row of a declined attempt (it moves nothing) and returns the error that explains it. */
  private async recordDecline(tx: Db, attempt: Omit<DeclinedAttempt, 'transactionId'>): Promise<DomainError> {
    const { wallet, destination } = attempt;
    const type: TransactionType = destination ? 'TRANSFER_OUT' : 'FUND';
    const row = await this.ledger.recordFailed(tx, {
      walletId: wallet.id,
      type,
      amountMinor: attempt.amountMinor,
      currency: wallet.currency,
      balanceMinor: wallet.balanceMinor,
      failureCode: attempt.reason,
      ...(destination ? { sourceWalletId: wallet.id, destinationWalletId: destination.id } : {}),
    });
    return declineError({ ...attempt, transactionId: row.id });
  }
}

function declineError(attempt: DeclinedAttempt): DomainError {
  const currency = getCurrency(attempt.wallet.currency);
  switch (attempt.reason) {
    case 'INSUFFICIENT_FUNDS':
      return new InsufficientFundsError(
        attempt.wallet.balanceMinor,
        attempt.amountMinor,
        currency,
        attempt.transactionId,
      );
    case 'CURRENCY_MISMATCH':
      return new CurrencyMismatchError(
        attempt.wallet.currency,
        attempt.destination?.currency ?? attempt.wallet.currency,
        attempt.transactionId,
      );
    case 'BALANCE_LIMIT_EXCEEDED':
      return new BalanceLimitExceededError(currency, attempt.transactionId);
  }
}
