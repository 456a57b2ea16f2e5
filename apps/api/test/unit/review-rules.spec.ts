import fc from 'fast-check';
import {
  factsNeeded,
  fromStoredRules,
  matchedRules,
  parseRulesInput,
  type ReviewRules,
  toRulesView,
  toStoredRules,
} from '../../src/reviews/review-rules';
import { decideTransfer } from '../../src/transactions/ledger.rules';

/** The review rules alone: each kind at its boundary, what they need to read, and the rule set's forms. */

const OFF: ReviewRules = {
  hourly: { maxCount: null, maxAmountMinor: {} },
  daily: { maxCount: null, maxAmountMinor: {} },
  newCounterpartyAboveMinor: {},
  singleAmountAboveMinor: {},
};
const usd = (amountMinor: bigint) => ({ amountMinor, currency: 'USD' });

describe('matchedRules', () => {
  it('holds nothing with every rule off', () => {
    expect(matchedRules(OFF, { ...usd(10n ** 12n), paidBefore: false })).toEqual([]);
  });

  it('single amount: above holds, equal does not, another currency is not ruled', () => {
    const rules = { ...OFF, singleAmountAboveMinor: { USD: 500n } };
    expect(matchedRules(rules, usd(500n))).toEqual([]);
    expect(matchedRules(rules, usd(501n))).toEqual(['SINGLE_AMOUNT']);
    expect(matchedRules(rules, { amountMinor: 10_000n, currency: 'EUR' })).toEqual([]);
  });

  it('new counterparty: only above the amount and only when never paid before', () => {
    const rules = { ...OFF, newCounterpartyAboveMinor: { USD: 1_000n } };
    expect(matchedRules(rules, { ...usd(1_001n), paidBefore: false })).toEqual(['NEW_COUNTERPARTY']);
    expect(matchedRules(rules, { ...usd(1_001n), paidBefore: true })).toEqual([]);
    expect(matchedRules(rules, { ...usd(1_000n), paidBefore: false })).toEqual([]);
  });

  it('velocity: this transfer counts; the count past maxCount and the sum past maxAmount hold', () => {
    const rules = {
      ...OFF,
      hourly: { maxCount: 3, maxAmountMinor: { USD: 1_000n } },
      daily: { maxCount: 10, maxAmountMinor: {} },
    };
    const within = { hourly: { count: 2, amountMinor: 900n }, daily: { count: 9, amountMinor: 0n } };
    expect(matchedRules(rules, { ...usd(100n), ...within })).toEqual([]);
    expect(matchedRules(rules, { ...usd(101n), ...within })).toEqual(['HOURLY_AMOUNT']);
    const busy = { hourly: { count: 3, amountMinor: 0n }, daily: { count: 10, amountMinor: 0n } };
    expect(matchedRules(rules, { ...usd(1n), ...busy })).toEqual(['HOURLY_COUNT', 'DAILY_COUNT']);
  });
});

describe('factsNeeded', () => {
  it('reads the history only for the rules that are on and could match', () => {
    expect(factsNeeded(OFF, 10n ** 9n, 'USD')).toEqual({ hourly: false, daily: false, counterparty: false });
    const rules = {
      ...OFF,
      newCounterpartyAboveMinor: { USD: 1_000n },
      daily: { maxCount: 5, maxAmountMinor: {} },
    };
    expect(factsNeeded(rules, 1_000n, 'USD')).toEqual({ hourly: false, daily: true, counterparty: false });
    expect(factsNeeded(rules, 1_001n, 'USD').counterparty).toBe(true);
    expect(
      factsNeeded({ ...OFF, hourly: { maxCount: null, maxAmountMinor: { EUR: 1n } } }, 1n, 'USD').hourly,
    ).toBe(false);
  });
});

describe('the rule set as edited and as stored', () => {
  it('takes major units exactly and stores minor units, and reads them back alike', () => {
    const input = {
      hourly: { maxCount: 20, maxAmount: { USD: '5000.50' } },
      daily: { maxCount: null, maxAmount: { JPY: 1_000_000 } },
      newCounterpartyAbove: { KWD: '1.005' },
      singleAmountAbove: { USD: 100000 },
    };
    const parsed = parseRulesInput(input);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.rules.hourly.maxAmountMinor).toEqual({ USD: 500_050n });
    expect(parsed.rules.newCounterpartyAboveMinor).toEqual({ KWD: 1_005n });
    const stored = JSON.parse(JSON.stringify(toStoredRules(parsed.rules)));
    expect(fromStoredRules(stored)).toEqual(parsed.rules);
    expect(toRulesView(fromStoredRules(stored))).toEqual({
      hourly: { maxCount: 20, maxAmount: { USD: 5000.5 } },
      daily: { maxCount: null, maxAmount: { JPY: 1_000_000 } },
      newCounterpartyAbove: { KWD: 1.005 },
      singleAmountAbove: { USD: 100000 },
    });
  });

  it('lets a window total pass one transfer’s maxAmount (up to maxBalance), but not a single-amount rule', () => {
    const big = {
      hourly: { maxCount: null, maxAmount: { USD: '5000000' } },
      daily: { maxCount: null, maxAmount: {} },
      newCounterpartyAbove: {},
      singleAmountAbove: { USD: '5000000' },
    };
    const parsed = parseRulesInput(big);
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.field)).toEqual(['rules.singleAmountAbove.USD']);
  });

  it('refuses what is not a rule set', () => {
    expect(parseRulesInput(null)).toMatchObject({ ok: false, errors: [{ field: 'rules' }] });
    const countAsText = {
      hourly: { maxCount: '5', maxAmount: {} },
      daily: { maxCount: null, maxAmount: {} },
      newCounterpartyAbove: {},
      singleAmountAbove: {},
    };
    expect(parseRulesInput(countAsText)).toMatchObject({
      ok: false,
      errors: [{ field: 'rules.hourly.maxCount' }],
    });
  });
});

describe('reserved money in the ledger rules', () => {
  it('a transfer may take only what is not reserved', () => {
    const limit = { maxBalanceMinor: 10n ** 15n };
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 9n }),
        fc.bigInt({ min: 0n, max: 10n ** 9n }),
        fc.bigInt({ min: 1n, max: 10n ** 9n }),
        (balance, reservedShare, amount) => {
          const reserved = reservedShare % (balance + 1n);
          const decision = decideTransfer(usd(balance), usd(0n), usd(amount), limit, reserved);
          expect(decision.kind === 'post').toBe(amount <= balance - reserved);
        },
      ),
    );
  });
});
