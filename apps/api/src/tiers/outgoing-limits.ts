import { Injectable } from '@nestjs/common';
import { getCurrency } from '@wallet/money';
import type { Db } from '../database/db';
import type { WalletRow } from '../database/rows';
import { type Note, type Posting, planRefusedTransfer } from '../transactions/posting/posting';
import { OutgoingLimitsRepository, type Standing, utcPeriodOf } from './outgoing-limits.repository';
import { type LimitBreach, LimitExceededError } from './tiers.errors';

/** The failure code of a transfer a tier's limit refused, on its FAILED ledger row. */
export const LIMIT_EXCEEDED = 'LIMIT_EXCEEDED';

/**
 * The tiers' money limits on the transfer path. What counts as sent out: every transfer from a user's
 * wallet to another user's, in the wallet's currency, on the UTC day and month of its posting. Not
 * counted: funding (money in), a transfer between two wallets of the same user (nothing leaves them),
 * and refunds (they only send back, to its payer, money received: a limit would trap money that is not
 * the user's); a declined attempt moves nothing and counts nothing.
 */
@Injectable()
export class OutgoingLimits {
  constructor(private readonly totals: OutgoingLimitsRepository) {}

  /**
   * The transfer the ledger's rules planned, or, when it would take its sender past a limit, its
   * declined attempt (422 LIMIT_EXCEEDED, a FAILED row). Runs in the transfer's transaction, on locked
   * wallets; a transfer that passes has added its amount to the sender's totals in that transaction.
   */
  async checked<T>(
    tx: Db,
    planned: Posting<T>,
    source: WalletRow,
    destination: WalletRow,
    note: Note,
  ): Promise<Posting<T>> {
    const userId = source.ownerId;
    if (planned.outcome.kind !== 'done' || !userId || destination.ownerId === userId) return planned;
    // Test money is not money: test mode has no sending limits (nor do its transfers count on live ones).
    if (!source.livemode) return planned;
    const amountMinor = planned.entries[0]?.amountMinor ?? 0n;
    const period = utcPeriodOf(planned.at);
    if (await this.totals.claim(tx, userId, source.currency, amountMinor, period)) return planned;
    const standing = await this.totals.standing(tx, userId, source.currency, period);
    const breach = breachOf(standing, amountMinor, source.currency);
    if (!breach) throw new Error('a money limit refused a transfer that is within it');
    return planRefusedTransfer(source, destination, amountMinor, planned.at, note, {
      failureCode: LIMIT_EXCEEDED,
      error: (transactionId) => new LimitExceededError(breach, transactionId),
    });
  }

  /**
   * Takes the locks of `userId`'s totals rows of this month in these currencies, in currency order,
   * claiming nothing (an amount of 0): a batch whose transfers will claim several currencies' totals
   * takes them first, in one order, so two batches that claim them in opposite orders queue instead of
   * deadlocking. A claim of 0 locks the row even when the user is past a limit (ON CONFLICT locks the
   * row whether or not its WHERE lets it update).
   */
  async lockTotals(tx: Db, userId: string, currencies: Iterable<string>, at: Date): Promise<void> {
    const period = utcPeriodOf(at);
    for (const currency of [...new Set(currencies)].sort()) {
      await this.totals.claim(tx, userId, currency, 0n, period);
    }
  }
}

/** Which limit `amountMinor` more would pass (the day's first), with what is left of it; null: none. */
export function breachOf(standing: Standing, amountMinor: bigint, currencyCode: string): LimitBreach | null {
  const currency = getCurrency(currencyCode);
  const periods = [
    { period: 'day' as const, limitMinor: standing.dailyMinor, totalMinor: standing.dayTotalMinor },
    { period: 'month' as const, limitMinor: standing.monthlyMinor, totalMinor: standing.monthTotalMinor },
  ];
  for (const { period, limitMinor, totalMinor } of periods) {
    if (limitMinor === null || totalMinor + amountMinor <= limitMinor) continue;
    const remainingMinor = limitMinor > totalMinor ? limitMinor - totalMinor : 0n;
    return { tier: standing.tier, period, limitMinor, remainingMinor, amountMinor, currency };
  }
  return null;
}
