import { CURRENCIES, MixedCurrenciesError, type Money } from '@wallet/money';
import fc from 'fast-check';
import { walletDiscrepancies } from '../../src/transactions/books-check/books-check';
import {
  decideAdjustment,
  decideFund,
  decideRefund,
  decideTransfer,
  takesOff,
} from '../../src/transactions/ledger.rules';

/** The ledger's rules alone: every branch by example, then the promises over many generated cases. */

const usd = (amountMinor: bigint): Money => ({ amountMinor, currency: 'USD' });
const eur = (amountMinor: bigint): Money => ({ amountMinor, currency: 'EUR' });
const LIMIT = { maxBalanceMinor: 1_000n };

describe('decideFund', () => {
  it('posts the credit with the balance it leads to', () => {
    expect(decideFund(usd(250n), usd(100n), LIMIT)).toEqual({ kind: 'post', balanceAfter: usd(350n) });
  });

  it('posts up to the limit exactly, and declines one minor unit past it', () => {
    expect(decideFund(usd(900n), usd(100n), LIMIT)).toEqual({ kind: 'post', balanceAfter: usd(1_000n) });
    expect(decideFund(usd(900n), usd(101n), LIMIT)).toEqual({
      kind: 'decline',
      reason: 'BALANCE_LIMIT_EXCEEDED',
    });
  });

  it('refuses to run on impossible input: a bug in the caller, not a decline', () => {
    expect(() => decideFund(usd(0n), usd(0n), LIMIT)).toThrow('positive');
    expect(() => decideFund(usd(-1n), usd(1n), LIMIT)).toThrow('never negative');
    expect(() => decideFund(usd(0n), eur(1n), LIMIT)).toThrow(MixedCurrenciesError);
  });
});

describe('decideAdjustment', () => {
  it('credits up to the limit and declines past it', () => {
    expect(decideAdjustment(usd(900n), 'CREDIT', usd(100n), LIMIT)).toEqual({
      kind: 'post',
      balanceAfter: usd(1_000n),
    });
    expect(decideAdjustment(usd(900n), 'CREDIT', usd(101n), LIMIT)).toEqual({
      kind: 'decline',
      reason: 'BALANCE_LIMIT_EXCEEDED',
    });
  });

  it('debits down to zero and declines below it', () => {
    expect(decideAdjustment(usd(100n), 'DEBIT', usd(100n), LIMIT)).toEqual({
      kind: 'post',
      balanceAfter: usd(0n),
    });
    expect(decideAdjustment(usd(99n), 'DEBIT', usd(100n), LIMIT)).toEqual({
      kind: 'decline',
      reason: 'INSUFFICIENT_FUNDS',
    });
    expect(() => decideAdjustment(usd(0n), 'DEBIT', eur(1n), LIMIT)).toThrow(MixedCurrenciesError);
  });

  it('never debits money reserved for a held transfer', () => {
    expect(decideAdjustment(usd(100n), 'DEBIT', usd(60n), LIMIT, 40n)).toEqual({
      kind: 'post',
      balanceAfter: usd(40n),
    });
    expect(decideAdjustment(usd(100n), 'DEBIT', usd(61n), LIMIT, 40n)).toEqual({
      kind: 'decline',
      reason: 'INSUFFICIENT_FUNDS',
    });
  });

  it('says which entries take their amount off: a TRANSFER_OUT and a debit ADJUSTMENT', () => {
    const row = (
      type: 'FUND' | 'TRANSFER_IN' | 'TRANSFER_OUT' | 'ADJUSTMENT',
      sourceWalletId: string | null,
    ) => ({
      type,
      walletId: 'w',
      sourceWalletId,
    });
    expect([row('FUND', null), row('TRANSFER_IN', 'x'), row('TRANSFER_OUT', 'w')].map(takesOff)).toEqual([
      false,
      false,
      true,
    ]);
    expect([row('ADJUSTMENT', null), row('ADJUSTMENT', 'w')].map(takesOff)).toEqual([false, true]);
  });
});

describe('decideTransfer', () => {
  it('declines anything out of a frozen source first, before any other reason', () => {
    expect(decideTransfer(usd(10n), eur(0n), usd(100n), LIMIT, 0n, true)).toEqual({
      kind: 'decline',
      reason: 'WALLET_FROZEN',
    });
  });

  it('posts both legs', () => {
    expect(decideTransfer(usd(500n), usd(20n), usd(200n), LIMIT)).toEqual({
      kind: 'post',
      sourceAfter: usd(300n),
      destinationAfter: usd(220n),
    });
  });

  it('lets a wallet send its whole balance', () => {
    expect(decideTransfer(usd(200n), usd(0n), usd(200n), LIMIT)).toMatchObject({ sourceAfter: usd(0n) });
  });

  it('declines a currency mismatch first, even when the source could not cover the amount', () => {
    expect(decideTransfer(usd(1n), eur(0n), usd(5n), LIMIT)).toEqual({
      kind: 'decline',
      reason: 'CURRENCY_MISMATCH',
    });
  });

  it('declines an amount the source does not cover', () => {
    expect(decideTransfer(usd(199n), usd(0n), usd(200n), LIMIT)).toEqual({
      kind: 'decline',
      reason: 'INSUFFICIENT_FUNDS',
    });
  });

  it('declines a credit past the destination limit, after checking the funds', () => {
    expect(decideTransfer(usd(500n), usd(900n), usd(101n), LIMIT)).toEqual({
      kind: 'decline',
      reason: 'BALANCE_LIMIT_EXCEEDED',
    });
    expect(decideTransfer(usd(5n), usd(1_000n), usd(101n), LIMIT)).toMatchObject({
      reason: 'INSUFFICIENT_FUNDS',
    });
  });

  it('refuses an amount in another currency than the source', () => {
    expect(() => decideTransfer(usd(5n), usd(0n), eur(1n), LIMIT)).toThrow(MixedCurrenciesError);
  });
});

describe('the promises, over generated balances and amounts', () => {
  const currency = fc.constantFrom(...CURRENCIES);
  /** A currency, two balances within its limit and an amount within its maxAmount. */
  const scenario = currency.chain((c) =>
    fc.record({
      currency: fc.constant(c),
      source: fc.bigInt({ min: 0n, max: c.maxBalanceMinor }),
      destination: fc.bigInt({ min: 0n, max: c.maxBalanceMinor }),
      amount: fc.bigInt({ min: 1n, max: c.maxAmountMinor }),
    }),
  );

  it('a transfer conserves money, never goes negative or past the limit, and moves exactly the amount', () => {
    fc.assert(
      fc.property(scenario, ({ currency: c, source, destination, amount }) => {
        const money = (minor: bigint) => ({ amountMinor: minor, currency: c.code });
        const decision = decideTransfer(money(source), money(destination), money(amount), c);
        if (decision.kind === 'decline') {
          const covered = source >= amount;
          expect(decision.reason).toBe(covered ? 'BALANCE_LIMIT_EXCEEDED' : 'INSUFFICIENT_FUNDS');
          if (covered) expect(destination + amount).toBeGreaterThan(c.maxBalanceMinor);
          return;
        }
        const { sourceAfter, destinationAfter } = decision;
        expect(sourceAfter.amountMinor + destinationAfter.amountMinor).toBe(source + destination);
        expect(sourceAfter.amountMinor).toBeGreaterThanOrEqual(0n);
        expect(destinationAfter.amountMinor).toBeLessThanOrEqual(c.maxBalanceMinor);
        expect(source - sourceAfter.amountMinor).toBe(amount);
        expect(destinationAfter.amountMinor - destination).toBe(amount);
        expect([sourceAfter.currency, destinationAfter.currency]).toEqual([c.code, c.code]);
      }),
      { numRuns: 2_000 },
    );
  });

  it('a funding adds exactly the amount, or declines only past the limit', () => {
    fc.assert(
      fc.property(scenario, ({ currency: c, destination: balance, amount }) => {
        const money = (minor: bigint) => ({ amountMinor: minor, currency: c.code });
        const decision = decideFund(money(balance), money(amount), c);
        if (decision.kind === 'decline') {
          expect(balance + amount).toBeGreaterThan(c.maxBalanceMinor);
          return;
        }
        expect(decision.balanceAfter.amountMinor).toBe(balance + amount);
        expect(decision.balanceAfter.amountMinor).toBeLessThanOrEqual(c.maxBalanceMinor);
      }),
      { numRuns: 2_000 },
    );
  });

  it('a sequence of transfers between two wallets keeps their total', () => {
    const c = CURRENCIES[0];
    if (!c) throw new Error('no currency');
    fc.assert(
      fc.property(
        fc.array(fc.record({ forward: fc.boolean(), amount: fc.bigInt({ min: 1n, max: 10_000n }) }), {
          maxLength: 50,
        }),
        (moves) => {
          let a = 50_000n;
          let b = 50_000n;
          for (const { forward, amount } of moves) {
            const [from, to] = forward ? [a, b] : [b, a];
            const decision = decideTransfer(
              { amountMinor: from, currency: c.code },
              { amountMinor: to, currency: c.code },
              { amountMinor: amount, currency: c.code },
              c,
            );
            if (decision.kind === 'decline') continue;
            const [fromAfter, toAfter] = [
              decision.sourceAfter.amountMinor,
              decision.destinationAfter.amountMinor,
            ];
            [a, b] = forward ? [fromAfter, toAfter] : [toAfter, fromAfter];
          }
          expect(a + b).toBe(100_000n);
          expect(a >= 0n && b >= 0n).toBe(true);
        },
      ),
    );
  });
});

describe('a ledger written by the rules', () => {
  /** One row as the ledger service writes it for a decision. */
  interface Row {
    wallet: number;
    type: 'FUND' | 'TRANSFER_IN' | 'TRANSFER_OUT';
    status: 'SUCCESS' | 'FAILED';
    amount: bigint;
    before: bigint;
    after: bigint;
  }
  type Op =
    | { kind: 'fund'; wallet: number; amount: bigint }
    | { kind: 'transfer'; from: number; to: number; amount: bigint };

  const WALLETS = 3;
  const limit = { maxBalanceMinor: 100_000n };
  const money = (amountMinor: bigint): Money => ({ amountMinor, currency: 'USD' });
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({
      kind: fc.constant('fund' as const),
      wallet: fc.nat(WALLETS - 1),
      amount: fc.bigInt({ min: 1n, max: 60_000n }),
    }),
    fc
      .record({
        kind: fc.constant('transfer' as const),
        from: fc.nat(WALLETS - 1),
        to: fc.nat(WALLETS - 1),
        amount: fc.bigInt({ min: 1n, max: 60_000n }),
      })
      .filter((t) => t.from !== t.to),
  );

  /** Posts each operation as the service does: the rows it writes and the balances it leaves. */
  function post(ops: Op[]): { rows: Row[]; balances: bigint[] } {
    const balances = Array.from({ length: WALLETS }, () => 0n);
    const rows: Row[] = [];
    const row = (wallet: number, type: Row['type'], status: Row['status'], amount: bigint, after: bigint) => {
      rows.push({ wallet, type, status, amount, before: balances[wallet] ?? 0n, after });
      balances[wallet] = after;
    };
    for (const o of ops) {
      if (o.kind === 'fund') {
        const held = balances[o.wallet] ?? 0n;
        const d = decideFund(money(held), money(o.amount), limit);
        if (d.kind === 'post') row(o.wallet, 'FUND', 'SUCCESS', o.amount, d.balanceAfter.amountMinor);
        else row(o.wallet, 'FUND', 'FAILED', o.amount, held);
        continue;
      }
      const [source, destination] = [balances[o.from] ?? 0n, balances[o.to] ?? 0n];
      const d = decideTransfer(money(source), money(destination), money(o.amount), limit);
      if (d.kind === 'post') {
        row(o.from, 'TRANSFER_OUT', 'SUCCESS', o.amount, d.sourceAfter.amountMinor);
        row(o.to, 'TRANSFER_IN', 'SUCCESS', o.amount, d.destinationAfter.amountMinor);
      } else row(o.from, 'TRANSFER_OUT', 'FAILED', o.amount, source);
    }
    return { rows, balances };
  }

  it('replays to the same balances: rows chained from zero, each moving exactly its amount', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const original = post(ops);
        // The replay: each wallet's balance rebuilt from its rows alone, from zero.
        const replayed = Array.from({ length: WALLETS }, () => 0n);
        for (const r of original.rows) {
          expect(r.before).toBe(replayed[r.wallet]);
          const moved = r.status === 'FAILED' ? 0n : r.type === 'TRANSFER_OUT' ? -r.amount : r.amount;
          expect(r.after).toBe(r.before + moved);
          expect(r.after >= 0n && r.after <= limit.maxBalanceMinor).toBe(true);
          replayed[r.wallet] = r.after;
        }
        expect(replayed).toEqual(original.balances);
        // Money is only created by funding: the total is what SUCCESS fundings brought in.
        const funded = original.rows
          .filter((r) => r.type === 'FUND' && r.status === 'SUCCESS')
          .reduce((sum, r) => sum + r.amount, 0n);
        expect(original.balances.reduce((sum, b) => sum + b, 0n)).toBe(funded);
        // The ledger check's own rule finds nothing wrong with any wallet.
        for (let w = 0; w < WALLETS; w++) {
          const mine = original.rows.filter((r) => r.wallet === w);
          const moved = mine.reduce(
            (sum, r) => sum + (r.status === 'FAILED' ? 0n : r.type === 'TRANSFER_OUT' ? -r.amount : r.amount),
            0n,
          );
          const discrepancies = walletDiscrepancies({
            wallet_id: `w${w}`,
            balance: String(original.balances[w]),
            from_seq: '0',
            from_balance: '0',
            rows: String(mine.length),
            last_seq: mine.length ? String(mine.length) : null,
            moved: String(moved),
            last_after: mine.length ? String(mine.at(-1)?.after) : null,
          });
          expect(discrepancies).toEqual([]);
        }
        // The same requests decided again (a retry that reached the rules) write the same ledger.
        expect(post(ops)).toEqual(original);
      }),
      { numRuns: 500 },
    );
  });
});

describe('decideRefund', () => {
  const received = {
    type: 'TRANSFER_IN' as const,
    status: 'SUCCESS' as const,
    amountMinor: 3_000n,
    transferId: 't-1',
    refundOf: null,
  };

  it('refunds all that is left when no amount is asked for', () => {
    expect(decideRefund(received, 0n, undefined)).toEqual({ kind: 'refund', amountMinor: 3_000n });
    expect(decideRefund(received, 1_050n, undefined)).toEqual({ kind: 'refund', amountMinor: 1_950n });
  });

  it('refunds a part up to what is left exactly, and refuses one minor unit more', () => {
    expect(decideRefund(received, 1_000n, 2_000n)).toEqual({ kind: 'refund', amountMinor: 2_000n });
    expect(decideRefund(received, 1_000n, 2_001n)).toEqual({
      kind: 'refuse',
      reason: 'REFUND_EXCEEDS_REMAINING',
      remainingMinor: 2_000n,
    });
  });

  it('refuses anything once all is refunded', () => {
    expect(decideRefund(received, 3_000n, undefined)).toMatchObject({ reason: 'REFUND_EXCEEDS_REMAINING' });
  });

  it.each([
    ['a FUND', { type: 'FUND' as const, transferId: null }],
    ['an outgoing leg', { type: 'TRANSFER_OUT' as const }],
    ['a FAILED attempt', { status: 'FAILED' as const }],
    ['a refund', { refundOf: 't-0' }],
  ])('refuses %s as NOT_REFUNDABLE', (_label, change) => {
    expect(decideRefund({ ...received, ...change }, 0n, undefined)).toMatchObject({
      reason: 'NOT_REFUNDABLE',
    });
  });

  it('never refunds more than the original over any sequence of requests', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.bigInt({ min: 1n, max: 4_000n }), { nil: undefined })), (asks) => {
        let refunded = 0n;
        for (const ask of asks) {
          const decision = decideRefund(received, refunded, ask);
          if (decision.kind === 'refund') refunded += decision.amountMinor;
        }
        expect(refunded <= received.amountMinor).toBe(true);
      }),
    );
  });
});
