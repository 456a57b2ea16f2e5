import { type Currency, formatMinor, minorToNumber } from '@wallet/money';
import { DomainError } from '../common/errors';

export type LimitPeriod = 'day' | 'month';

/** What a tier's money limit refused: the limit, what was left of it, and the period (UTC). */
export interface LimitBreach {
  tier: string;
  period: LimitPeriod;
  limitMinor: bigint;
  remainingMinor: bigint;
  amountMinor: bigint;
  currency: Currency;
}

/** A transfer past the sender's tier limit; recorded as a FAILED TRANSFER_OUT like the ledger's declines. */
export class LimitExceededError extends DomainError {
  constructor(breach: LimitBreach, transactionId: string) {
    const { currency, period } = breach;
    const money = (minor: bigint) => `${formatMinor(minor, currency)} ${currency.code}`;
    const when = period === 'day' ? 'today (UTC)' : 'this month (UTC)';
    super(
      'LIMIT_EXCEEDED',
      `${money(breach.amountMinor)} would take what you send out ${when} past the ${breach.tier} tier's ${period === 'day' ? 'daily' : 'monthly'} limit of ${money(breach.limitMinor)}: ${money(breach.remainingMinor)} is left ${when}.`,
      {
        transactionId,
        tier: breach.tier,
        period,
        currency: currency.code,
        limit: minorToNumber(breach.limitMinor, currency),
        remaining: minorToNumber(breach.remainingMinor, currency),
      },
    );
  }
}

export class TierNotFoundError extends DomainError {
  constructor(name: string) {
    super('NOT_FOUND', `There is no tier named ${name}.`);
  }
}

export class UserNotFoundError extends DomainError {
  constructor(id: string) {
    super('NOT_FOUND', `No user with id ${id} exists.`);
  }
}
