import { type Currency, findCurrency, minorToNumber, parseAmount } from '@wallet/money';
import type { FieldError } from '../common/errors';

/**
 * The review rules, as pure functions over plain values: which rules a transfer meets (each a reason to
 * hold it), which facts of the payer's history they need, and the rule set's two forms (stored in minor
 * units, shown and edited in major units). No database, no HTTP.
 */

/** Why a transfer is held: each rule it met. */
export const REVIEW_REASONS = [
  'HOURLY_COUNT',
  'HOURLY_AMOUNT',
  'DAILY_COUNT',
  'DAILY_AMOUNT',
  'NEW_COUNTERPARTY',
  'SINGLE_AMOUNT',
] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];

/** Per currency code, an amount in minor units; a currency absent is a rule off for it. */
export type AmountsMinor = Readonly<Record<string, bigint>>;

/** The payer's outgoing transfers in a window: more than `maxCount`, or more than the amount, is held. */
export interface VelocityRule {
  readonly maxCount: number | null;
  readonly maxAmountMinor: AmountsMinor;
}

export interface ReviewRules {
  readonly hourly: VelocityRule;
  readonly daily: VelocityRule;
  /** A transfer above this to a wallet the payer never paid before is held. */
  readonly newCounterpartyAboveMinor: AmountsMinor;
  /** A transfer above this is held whoever receives it (what a tier's limit becomes: see the docs). */
  readonly singleAmountAboveMinor: AmountsMinor;
}

export interface RuleSet {
  readonly version: number;
  readonly rules: ReviewRules;
}

/** The payer's outgoing transfers in a window, this one not counted: how many, and their sum in its currency. */
export interface WindowTotals {
  readonly count: number;
  readonly amountMinor: bigint;
}

/** What is known of the transfer and, when a rule needs it, of the payer's history. */
export interface TransferFacts {
  readonly amountMinor: bigint;
  readonly currency: string;
  readonly hourly?: WindowTotals;
  readonly daily?: WindowTotals;
  /** Whether the payer has paid the destination wallet before (a SUCCESS transfer). */
  readonly paidBefore?: boolean;
}

/** Which facts of the payer's history the rules need for this transfer: only those are read. */
export interface FactsNeeded {
  readonly hourly: boolean;
  readonly daily: boolean;
  readonly counterparty: boolean;
}

const isOn = (rule: VelocityRule, currency: string) =>
  rule.maxCount !== null || rule.maxAmountMinor[currency] !== undefined;

export function factsNeeded(rules: ReviewRules, amountMinor: bigint, currency: string): FactsNeeded {
  const newCounterparty = rules.newCounterpartyAboveMinor[currency];
  return {
    hourly: isOn(rules.hourly, currency),
    daily: isOn(rules.daily, currency),
    counterparty: newCounterparty !== undefined && amountMinor > newCounterparty,
  };
}

function velocity(rule: VelocityRule, totals: WindowTotals | undefined, facts: TransferFacts) {
  if (!totals) return { count: false, amount: false };
  const maxAmount = rule.maxAmountMinor[facts.currency];
  return {
    count: rule.maxCount !== null && totals.count + 1 > rule.maxCount,
    amount: maxAmount !== undefined && totals.amountMinor + facts.amountMinor > maxAmount,
  };
}

/** The rules this transfer meets, in REVIEW_REASONS order; none: it is posted as usual. */
export function matchedRules(rules: ReviewRules, facts: TransferFacts): ReviewReason[] {
  const hourly = velocity(rules.hourly, facts.hourly, facts);
  const daily = velocity(rules.daily, facts.daily, facts);
  const newCounterparty = rules.newCounterpartyAboveMinor[facts.currency];
  const single = rules.singleAmountAboveMinor[facts.currency];
  const met: Record<ReviewReason, boolean> = {
    HOURLY_COUNT: hourly.count,
    HOURLY_AMOUNT: hourly.amount,
    DAILY_COUNT: daily.count,
    DAILY_AMOUNT: daily.amount,
    NEW_COUNTERPARTY:
      newCounterparty !== undefined && facts.paidBefore === false && facts.amountMinor > newCounterparty,
    SINGLE_AMOUNT: single !== undefined && facts.amountMinor > single,
  };
  return REVIEW_REASONS.filter((reason) => met[reason]);
}

/* The rule set as the API shows and takes it: the same shape, amounts in major units. */

export type AmountsMajor = Record<string, number>;
export interface VelocityRuleView {
  maxCount: number | null;
  maxAmount: AmountsMajor;
}
export interface ReviewRulesView {
  hourly: VelocityRuleView;
  daily: VelocityRuleView;
  newCounterpartyAbove: AmountsMajor;
  singleAmountAbove: AmountsMajor;
}

/** The most transfers a velocity rule may allow in its window. */
export const MAX_COUNT_LIMIT = 1_000_000;

const majorOf = (amounts: AmountsMinor): AmountsMajor =>
  Object.fromEntries(
    Object.entries(amounts).map(([code, minor]) => [code, minorToNumber(minor, currencyOf(code))]),
  );

function currencyOf(code: string): Currency {
  const currency = findCurrency(code);
  if (!currency) throw new Error(`a stored rule names the unknown currency ${code}`);
  return currency;
}

export function toRulesView(rules: ReviewRules): ReviewRulesView {
  const view = (rule: VelocityRule): VelocityRuleView => ({
    maxCount: rule.maxCount,
    maxAmount: majorOf(rule.maxAmountMinor),
  });
  return {
    hourly: view(rules.hourly),
    daily: view(rules.daily),
    newCounterpartyAbove: majorOf(rules.newCounterpartyAboveMinor),
    singleAmountAbove: majorOf(rules.singleAmountAboveMinor),
  };
}

/** The rule set as stored (JSON, minor units as numbers), for the database. */
export function toStoredRules(rules: ReviewRules): unknown {
  const stored = (amounts: AmountsMinor) =>
    Object.fromEntries(Object.entries(amounts).map(([code, minor]) => [code, Number(minor)]));
  const velocityStored = (rule: VelocityRule) => ({
    maxCount: rule.maxCount,
    maxAmountMinor: stored(rule.maxAmountMinor),
  });
  return {
    hourly: velocityStored(rules.hourly),
    daily: velocityStored(rules.daily),
    newCounterpartyAboveMinor: stored(rules.newCounterpartyAboveMinor),
    singleAmountAboveMinor: stored(rules.singleAmountAboveMinor),
  };
}

/** A stored rule set (written by this code or the migration); anything else is a bug, not input. */
export function fromStoredRules(json: unknown): ReviewRules {
  const object = json as Record<string, Record<string, unknown>>;
  const amounts = (value: unknown): AmountsMinor => {
    const entries = Object.entries((value ?? {}) as Record<string, number>);
    for (const [code, minor] of entries) {
      currencyOf(code);
      if (!Number.isSafeInteger(minor) || minor <= 0) throw new Error(`a stored rule amount is ${minor}`);
    }
    return Object.fromEntries(entries.map(([code, minor]) => [code, BigInt(minor)]));
  };
  const rule = (value: Record<string, unknown> | undefined): VelocityRule => ({
    maxCount: (value?.maxCount as number | null | undefined) ?? null,
    maxAmountMinor: amounts(value?.maxAmountMinor),
  });
  return {
    hourly: rule(object.hourly),
    daily: rule(object.daily),
    newCounterpartyAboveMinor: amounts(object.newCounterpartyAboveMinor),
    singleAmountAboveMinor: amounts(object.singleAmountAboveMinor),
  };
}

/** A rule set an admin sent, checked field by field; every problem is listed. */
export type RulesInput = { ok: true; rules: ReviewRules } | { ok: false; errors: FieldError[] };

const MAX_CURRENCIES = 20;

export function parseRulesInput(input: unknown): RulesInput {
  const errors: FieldError[] = [];
  const body = objectAt(input, 'rules', errors);
  if (errors.length > 0) return { ok: false, errors };
  const hourly = velocityInput(body.hourly, 'rules.hourly', errors);
  const daily = velocityInput(body.daily, 'rules.daily', errors);
  const newCounterpartyAboveMinor = amountsInput(
    body.newCounterpartyAbove,
    'rules.newCounterpartyAbove',
    errors,
  );
  const singleAmountAboveMinor = amountsInput(body.singleAmountAbove, 'rules.singleAmountAbove', errors);
  const known = new Set(['hourly', 'daily', 'newCounterpartyAbove', 'singleAmountAbove']);
  for (const key of Object.keys(body)) {
    if (!known.has(key)) errors.push({ field: `rules.${key}`, message: 'is not a known rule' });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, rules: { hourly, daily, newCounterpartyAboveMinor, singleAmountAboveMinor } };
}

function objectAt(value: unknown, field: string, errors: FieldError[]): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return value as Record<string, unknown>;
  }
  errors.push({ field, message: 'must be an object' });
  return {};
}

function velocityInput(value: unknown, field: string, errors: FieldError[]): VelocityRule {
  const rule = objectAt(value, field, errors);
  for (const key of Object.keys(rule)) {
    if (key !== 'maxCount' && key !== 'maxAmount')
      errors.push({ field: `${field}.${key}`, message: 'is not known' });
  }
  const maxCount = rule.maxCount ?? null;
  const countOk =
    maxCount === null ||
    (Number.isSafeInteger(maxCount) && (maxCount as number) >= 1 && (maxCount as number) <= MAX_COUNT_LIMIT);
  if (!countOk) {
    errors.push({
      field: `${field}.maxCount`,
      message: `must be null (off) or a whole number from 1 to ${MAX_COUNT_LIMIT}`,
    });
  }
  return {
    maxCount: countOk ? (maxCount as number | null) : null,
    // A window's total may pass one transfer's maxAmount: it is bounded by what a balance can hold.
    maxAmountMinor: amountsInput(rule.maxAmount ?? {}, `${field}.maxAmount`, errors, 'maxBalanceMinor'),
  };
}

function amountsInput(
  value: unknown,
  field: string,
  errors: FieldError[],
  bound: 'maxAmountMinor' | 'maxBalanceMinor' = 'maxAmountMinor',
): AmountsMinor {
  const amounts = objectAt(value ?? {}, field, errors);
  const entries = Object.entries(amounts);
  if (entries.length > MAX_CURRENCIES) {
    errors.push({ field, message: `names at most ${MAX_CURRENCIES} currencies` });
    return {};
  }
  const parsed: Record<string, bigint> = {};
  for (const [code, amount] of entries) {
    const currency = findCurrency(code);
    if (!currency) {
      errors.push({ field: `${field}.${code}`, message: 'is not a supported currency code' });
      continue;
    }
    const result = parseAmount(amount, { ...currency, maxAmountMinor: currency[bound] });
    if (result.ok) parsed[code] = result.minor;
    else errors.push({ field: `${field}.${code}`, message: result.message });
  }
  return parsed;
}
