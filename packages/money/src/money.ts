/** Money as a value: an integer count of minor units and the currency they count. */
export interface Money {
  readonly amountMinor: bigint;
  readonly currency: string;
}

/**
 * Arithmetic across two currencies was attempted: a bug in the caller, never a user's mistake (a transfer
 * between currencies is declined by the ledger's rules before any arithmetic runs).
 */
export class MixedCurrenciesError extends Error {
  constructor(a: string, b: string) {
    super(`Cannot combine ${a} with ${b}`);
    this.name = 'MixedCurrenciesError';
  }
}

export function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new MixedCurrenciesError(a.currency, b.currency);
}

export function addMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return { amountMinor: a.amountMinor + b.amountMinor, currency: a.currency };
}

export function subtractMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return { amountMinor: a.amountMinor - b.amountMinor, currency: a.currency };
}
