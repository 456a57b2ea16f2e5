import type { TestApp } from '../support/app';
import { expectProblem, MISSING_ID } from '../support/problems';
import { type Receiver, startReceiver } from '../support/receiver';
import { putReviewRules } from '../support/review-rules';
import { useTestApp } from '../support/suite';
import type { TestUser } from '../support/users';
import { balanceMinor, ledgerCount, newWallet } from '../support/wallets';

// Webhooks go to a receiver on 127.0.0.1.
const testApp = useTestApp({ env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' } });
let t: TestApp;
let bob: TestUser;
let bobWallet: string;
beforeAll(async () => {
  t = testApp();
  bob = await t.newUser();
  bobWallet = (await t.asUser(bob).post('/api/v1/wallets').send({})).body.id;
});

type Leg = {
  sourceWalletId: string;
  destinationWalletId: string;
  amount: number | string;
  reference?: string;
};

const batch = (body: object, key?: string, as = t.http) => {
  const req = as.post('/api/v1/transfers/batch');
  if (key) req.set('Idempotency-Key', key);
  return req.send(body);
};

/** Balances (minor units) of the given wallets, and the ledger's size: what a refused batch must leave alone. */
async function snapshot(ids: string[]) {
  const balances: bigint[] = [];
  // One at a time: the test's database client runs one query at once.
  for (const id of ids) balances.push(await balanceMinor(t, id));
  return { balances, entries: await ledgerCount(t) };
}

describe('POST /api/v1/transfers/batch, atomic', () => {
  it('posts every transfer (a payroll), each answered like a single transfer', async () => {
    const payroll = await newWallet(t, 'USD', 1000);
    const mine = await newWallet(t, 'USD');
    const transfers: Leg[] = [
      { sourceWalletId: payroll.id, destinationWalletId: bobWallet, amount: '250.00', reference: 'pay-1' },
      { sourceWalletId: payroll.id, destinationWalletId: mine.id, amount: 100.5 },
    ];
    const res = await batch({ mode: 'atomic', transfers }, 'payroll-ok');
    expect(res.status).toBe(201);
    expect(res.body.results).toEqual([
      {
        index: 0,
        status: 'SUCCESS',
        transactions: [expect.objectContaining({ type: 'TRANSFER_OUT', amount: 250 })],
      },
      {
        index: 1,
        status: 'SUCCESS',
        transactions: [
          expect.objectContaining({ type: 'TRANSFER_OUT', amount: 100.5, balanceAfter: 649.5 }),
          expect.objectContaining({ type: 'TRANSFER_IN', walletId: mine.id, amount: 100.5 }),
        ],
      },
    ]);
    // Bob's leg is not the sender's to see.
    expect(res.body.results[0].transactions[0]).toMatchObject({ reference: 'pay-1' });
    expect(await balanceMinor(t, payroll.id)).toBe(64950n);
    expect(await balanceMinor(t, mine.id)).toBe(10050n);
  });

  it('posts 100 transfers in one batch', async () => {
    const payroll = await newWallet(t, 'USD', 100);
    const mine = await newWallet(t, 'USD');
    const transfers = Array.from({ length: 100 }, (_, i) => ({
      sourceWalletId: payroll.id,
      destinationWalletId: i % 2 === 0 ? mine.id : bobWallet,
      amount: '0.25',
      reference: `run-${i}`,
    }));
    const res = await batch({ mode: 'atomic', transfers }, 'hundred');
    expect(res.status).toBe(201);
    expect(res.body.results).toHaveLength(100);
    expect(res.body.results.every((r: { status: string }) => r.status === 'SUCCESS')).toBe(true);
    expect(await balanceMinor(t, payroll.id)).toBe(7500n);
    expect(await balanceMinor(t, mine.id)).toBe(1250n);
  });

  it('moves nothing when one transfer is refused, and names it (422, stored under the key)', async () => {
    const payroll = await newWallet(t, 'USD', 100);
    const mine = await newWallet(t, 'USD');
    const transfers: Leg[] = [
      { sourceWalletId: payroll.id, destinationWalletId: mine.id, amount: 60 },
      { sourceWalletId: payroll.id, destinationWalletId: bobWallet, amount: 30 },
      // 90 of 100 are gone by now: this one does not fit.
      { sourceWalletId: payroll.id, destinationWalletId: bobWallet, amount: 20 },
    ];
    const before = await snapshot([payroll.id, mine.id, bobWallet]);
    const res = await batch({ mode: 'atomic', transfers }, 'payroll-short');
    expectProblem(res, 422, 'BATCH_TRANSFER_FAILED');
    expect(res.body.index).toBe(2);
    expect(res.body.detail).toMatch(/^Transfer 2 of the batch was refused \(INSUFFICIENT_FUNDS\)/);
    expect(res.body.problem).toMatchObject({ status: 422, code: 'INSUFFICIENT_FUNDS' });
    // Its FAILED entry went with the rest of the batch.
    expect(res.body.problem.transactionId).toBeUndefined();
    expect(await snapshot([payroll.id, mine.id, bobWallet])).toEqual(before);

    const again = await batch({ mode: 'atomic', transfers }, 'payroll-short');
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(res.body);
    expect(await snapshot([payroll.id, mine.id, bobWallet])).toEqual(before);
  });

  it("refuses a batch whose transfer sends from another user's wallet (the problem is that transfer's 404)", async () => {
    const payroll = await newWallet(t, 'USD', 100);
    const before = await snapshot([payroll.id, bobWallet]);
    const res = await batch({
      mode: 'atomic',
      transfers: [
        { sourceWalletId: payroll.id, destinationWalletId: bobWallet, amount: 1 },
        { sourceWalletId: bobWallet, destinationWalletId: payroll.id, amount: 1 },
      ],
    });
    expectProblem(res, 422, 'BATCH_TRANSFER_FAILED');
    expect(res.body).toMatchObject({ index: 1, problem: { status: 404, code: 'WALLET_NOT_FOUND' } });
    expect(await snapshot([payroll.id, bobWallet])).toEqual(before);
  });

  it('accepts a transfer a review rule holds: PENDING_REVIEW, its money reserved, the rest posted', async () => {
    const operator = await t.newUser();
    const payroll = await newWallet(t, 'USD', 100);
    await putReviewRules(t, operator.id, { singleAmountAbove: { USD: '50' } });
    let res: Awaited<ReturnType<typeof batch>>;
    try {
      res = await batch({
        mode: 'atomic',
        transfers: [
          { sourceWalletId: payroll.id, destinationWalletId: bobWallet, amount: 60 },
          { sourceWalletId: payroll.id, destinationWalletId: bobWallet, amount: 10 },
        ],
      });
    } finally {
      await putReviewRules(t, operator.id, {});
    }
    expect(res.status).toBe(201);
    expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(['PENDING_REVIEW', 'SUCCESS']);
    expect(res.body.results[0].transfer).toMatchObject({ status: 'PENDING_REVIEW', amount: 60 });
    const wallet = (await t.http.get(`/api/v1/wallets/${payroll.id}`)).body;
    expect(wallet).toMatchObject({ balance: 90, availableBalance: 30 });
  });
});

describe('POST /api/v1/transfers/batch, independent', () => {
  it('gives each transfer its own outcome, declines recorded as a single transfer records them', async () => {
    const payroll = await newWallet(t, 'USD', 50);
    const eur = await newWallet(t, 'EUR');
    const res = await batch({
      mode: 'independent',
      transfers: [
        { sourceWalletId: payroll.id, destinationWalletId: bobWallet, amount: 30 },
        { sourceWalletId: payroll.id, destinationWalletId: bobWallet, amount: 30 },
        { sourceWalletId: bobWallet, destinationWalletId: payroll.id, amount: 1 },
        { sourceWalletId: payroll.id, destinationWalletId: eur.id, amount: 1 },
        { sourceWalletId: payroll.id, destinationWalletId: MISSING_ID, amount: 1 },
        { sourceWalletId: payroll.id, destinationWalletId: bobWallet, amount: 20 },
      ],
    });
    expect(res.status).toBe(201);
    const [ok, short, foreign, currency, missing, last] = res.body.results;
    expect(ok).toMatchObject({ index: 0, status: 'SUCCESS' });
    expect(short).toMatchObject({
      index: 1,
      status: 'FAILED',
      problem: { status: 422, code: 'INSUFFICIENT_FUNDS', transactionId: expect.any(String) },
    });
    expect(foreign).toMatchObject({
      index: 2,
      status: 'FAILED',
      problem: { status: 404, code: 'WALLET_NOT_FOUND' },
    });
    expect(currency).toMatchObject({ index: 3, status: 'FAILED', problem: { code: 'CURRENCY_MISMATCH' } });
    expect(missing).toMatchObject({ index: 4, status: 'FAILED', problem: { code: 'WALLET_NOT_FOUND' } });
    expect(last).toMatchObject({ index: 5, status: 'SUCCESS' });
    expect(await balanceMinor(t, payroll.id)).toBe(0n);
    const failed = await t.http.get(`/api/v1/transactions/${short.problem.transactionId}`);
    expect(failed.body).toMatchObject({
      status: 'FAILED',
      failureCode: 'INSUFFICIENT_FUNDS',
      walletId: payroll.id,
    });
  });

  it('replays a retry with the same key and moves nothing more; another body with that key is refused', async () => {
    const payroll = await newWallet(t, 'USD', 100);
    const body = {
      mode: 'independent',
      transfers: [
        { sourceWalletId: payroll.id, destinationWalletId: bobWallet, amount: 10 },
        { sourceWalletId: payroll.id, destinationWalletId: bobWallet, amount: 500 },
      ],
    };
    const first = await batch(body, 'indep-retry');
    expect(first.status).toBe(201);
    const after = await snapshot([payroll.id, bobWallet]);
    // `"10.00"` is the same amount as `10`: the same batch.
    const same = { ...body, transfers: [{ ...body.transfers[0], amount: '10.00' }, body.transfers[1]] };
    const again = await batch(same, 'indep-retry');
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await snapshot([payroll.id, bobWallet])).toEqual(after);

    const other = await batch({ ...body, mode: 'atomic' }, 'indep-retry');
    expectProblem(other, 422, 'IDEMPOTENCY_KEY_REUSED');
    expect(await snapshot([payroll.id, bobWallet])).toEqual(after);
  });
});

describe('POST /api/v1/transfers/batch and webhooks', () => {
  let receiver: Receiver | undefined;
  afterAll(async () => {
    await receiver?.close();
  });

  it('announces each transfer as a single one would, and nothing of an atomic batch that rolled back', async () => {
    receiver = await startReceiver();
    const payer = await t.newUser();
    const hooked = await payer.api
      .post('/api/v1/webhook-endpoints')
      .send({ url: receiver.url, events: ['transaction.succeeded', 'transaction.failed'] });
    expect(hooked.status).toBe(201);
    const from = (await payer.api.post('/api/v1/wallets').send({})).body.id;
    expect((await payer.api.post(`/api/v1/wallets/${from}/fund`).send({ amount: 10 })).status).toBe(201);
    const events = async () => {
      const { rows } = await t.db.query(
        'SELECT type, count(*)::int AS n FROM webhook_events WHERE owner_id = $1 GROUP BY type ORDER BY type',
        [payer.id],
      );
      return Object.fromEntries(rows.map((r: { type: string; n: number }) => [r.type, r.n]));
    };
    expect(await events()).toEqual({ 'transaction.succeeded': 1 });
    const legs = [
      { sourceWalletId: from, destinationWalletId: bobWallet, amount: 4 },
      { sourceWalletId: from, destinationWalletId: bobWallet, amount: 7 },
    ];
    const refused = await batch({ mode: 'atomic', transfers: legs }, undefined, payer.api);
    expectProblem(refused, 422, 'BATCH_TRANSFER_FAILED');
    expect(await events()).toEqual({ 'transaction.succeeded': 1 });
    const mixed = await batch({ mode: 'independent', transfers: legs }, undefined, payer.api);
    expect(mixed.status).toBe(201);
    expect(await events()).toEqual({ 'transaction.succeeded': 2, 'transaction.failed': 1 });
  });
});

describe('POST /api/v1/transfers/batch under concurrency', () => {
  it('moves the money once for the same batch sent three times at once', async () => {
    const payroll = await newWallet(t, 'USD', 100);
    const body = {
      mode: 'atomic',
      transfers: [
        { sourceWalletId: payroll.id, destinationWalletId: bobWallet, amount: 10 },
        { sourceWalletId: payroll.id, destinationWalletId: bobWallet, amount: 15 },
      ],
    };
    const answers = await Promise.all([1, 2, 3].map(() => batch(body, 'together')));
    for (const res of answers) expect([201, 409]).toContain(res.status);
    const fresh = answers.filter(
      (res) => res.status === 201 && res.headers['idempotent-replayed'] !== 'true',
    );
    expect(fresh).toHaveLength(1);
    expect(await balanceMinor(t, payroll.id)).toBe(7500n);
    expect(await ledgerCount(t, payroll.id)).toBe(3);
  });

  it('runs two batches in opposite directions at once without a deadlock', async () => {
    const a = await newWallet(t, 'USD', 100);
    const b = await newWallet(t, 'USD', 100);
    const legs = (from: string, to: string) => ({
      mode: 'atomic',
      transfers: [1, 2, 3].map((n) => ({ sourceWalletId: from, destinationWalletId: to, amount: n })),
    });
    const [ab, ba] = await Promise.all([batch(legs(a.id, b.id)), batch(legs(b.id, a.id))]);
    expect([ab.status, ba.status]).toEqual([201, 201]);
    expect(await balanceMinor(t, a.id)).toBe(10000n);
  });

  it('runs two batches of one sender in two currencies, in opposite orders, at once without a deadlock', async () => {
    // Disjoint wallets: only the sender's money-limit totals (one row per currency) are shared, and the
    // two batches reach them in opposite orders (USD then EUR; EUR then USD).
    const bobs = async (currency: string) =>
      (await t.asUser(bob).post('/api/v1/wallets').send({ currency })).body.id as string;
    for (let round = 0; round < 4; round += 1) {
      const [usd1, eur1, usd2, eur2] = await Promise.all([
        newWallet(t, 'USD', 10),
        newWallet(t, 'EUR', 10),
        newWallet(t, 'USD', 10),
        newWallet(t, 'EUR', 10),
      ]);
      const [toUsd1, toEur1, toUsd2, toEur2] = await Promise.all([
        bobs('USD'),
        bobs('EUR'),
        bobs('USD'),
        bobs('EUR'),
      ]);
      const one = (sourceWalletId: string, destinationWalletId: string) => ({
        sourceWalletId,
        destinationWalletId,
        amount: 1,
      });
      const [first, second] = await Promise.all([
        batch({ mode: 'independent', transfers: [one(usd1.id, toUsd1), one(eur1.id, toEur1)] }),
        batch({ mode: 'independent', transfers: [one(eur2.id, toEur2), one(usd2.id, toUsd2)] }),
      ]);
      expect([first.status, second.status, first.body.code, second.body.code]).toEqual([
        201,
        201,
        undefined,
        undefined,
      ]);
    }
  });
});

describe('POST /api/v1/transfers/batch refuses a malformed batch whole (400, nothing moved)', () => {
  it('with no transfer, more than 100, or a bad field named by its place', async () => {
    const payroll = await newWallet(t, 'USD', 100);
    const jpy = await newWallet(t, 'JPY', 100);
    const jpyToo = await newWallet(t, 'JPY');
    const leg = { sourceWalletId: payroll.id, destinationWalletId: bobWallet, amount: 1 };
    const before = await snapshot([payroll.id, bobWallet, jpy.id]);

    const none = await batch({ mode: 'atomic', transfers: [] });
    expectProblem(none, 400, 'VALIDATION_FAILED');
    expect(none.body.errors).toEqual([{ field: 'transfers', message: 'must hold at least one transfer' }]);
    const many = await batch({ mode: 'independent', transfers: Array.from({ length: 101 }, () => leg) });
    expectProblem(many, 400, 'VALIDATION_FAILED');
    expect(many.body.errors).toEqual([{ field: 'transfers', message: 'must hold at most 100 transfers' }]);

    for (const odd of [[1], [null], ['x'], [[leg]], { 0: leg }]) {
      expectProblem(await batch({ mode: 'atomic', transfers: odd }), 400, 'VALIDATION_FAILED');
    }
    const nested = await batch({ mode: 'atomic', transfers: [leg, [leg]] });
    expect(nested.body.errors).toEqual([{ field: 'transfers.1', message: 'must be an object: a transfer' }]);
    const bad = await batch({ mode: 'independent', transfers: [leg, leg, leg, { ...leg, amount: 'ten' }] });
    expectProblem(bad, 400, 'VALIDATION_FAILED');
    expect(bad.body.errors[0].field).toBe('transfers.3.amount');
    const mode = await batch({ mode: 'some', transfers: [leg] });
    expect(mode.body.errors[0].field).toBe('mode');

    const same = await batch({
      mode: 'independent',
      transfers: [leg, { ...leg, destinationWalletId: payroll.id }],
    });
    expectProblem(same, 400, 'SAME_WALLET_TRANSFER');
    expect(same.body.index).toBe(1);

    // Only the wallet knows its currency has no decimals: still the whole batch's 400, and the key is free.
    const decimals = await batch(
      {
        mode: 'independent',
        transfers: [leg, { sourceWalletId: jpy.id, destinationWalletId: jpyToo.id, amount: '1.5' }],
      },
      'fix-me',
    );
    expectProblem(decimals, 400, 'VALIDATION_FAILED');
    expect(decimals.body.errors[0].field).toBe('transfers.1.amount');
    expect(await snapshot([payroll.id, bobWallet, jpy.id])).toEqual(before);
    const fixed = await batch(
      {
        mode: 'independent',
        transfers: [leg, { sourceWalletId: jpy.id, destinationWalletId: jpyToo.id, amount: 1 }],
      },
      'fix-me',
    );
    expect(fixed.status).toBe(201);
    expect(fixed.body.results.map((r: { status: string }) => r.status)).toEqual(['SUCCESS', 'SUCCESS']);
  });

  it('needs transfers:write', async () => {
    const readOnly = await t.newUser().then((u) => u.keyWith(['wallets:read', 'wallets:write']));
    const res = await batch(
      {
        mode: 'atomic',
        transfers: [{ sourceWalletId: MISSING_ID, destinationWalletId: bobWallet, amount: 1 }],
      },
      undefined,
      readOnly.agent,
    );
    expectProblem(res, 403, 'FORBIDDEN');
  });
});
