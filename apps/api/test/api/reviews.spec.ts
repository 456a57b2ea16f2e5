import http from 'node:http';
import type { DomainError } from '../../src/common/errors';
import { ReviewsService } from '../../src/reviews/reviews.service';
import { checkBooks } from '../../src/transactions/books-check/books-check';
import type { TestApp } from '../support/app';
import { within } from '../support/poll';
import { expectProblem } from '../support/problems';
import { type Receiver, startReceiver } from '../support/receiver';
import { newStaff } from '../support/staff';
import { useTestApp } from '../support/suite';
import type { TestUser } from '../support/users';
import { seedBalance } from '../support/wallets';

/**
 * Review rules end to end on a real database: a transfer a rule matches is held (202 PENDING_REVIEW, its
 * money reserved, no ledger row), staff release it (posted under the held id) or reject it (a FAILED
 * REVIEW_REJECTED row), and the books (expectLedgerConsistent, after every test) cover reserved money.
 * Staff act through the service layer here (ReviewsService); their HTTP routes need the operators'
 * roles.
 */
const app = useTestApp({ env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', WEBHOOK_RETRY_DELAY_SECONDS: '1' } });

let t: TestApp;
let reviews: ReviewsService;
let operator: TestUser;
const receivers: Receiver[] = [];
beforeAll(async () => {
  t = app();
  reviews = t.app.get(ReviewsService, { strict: false });
  operator = await t.newUser();
});
afterAll(async () => {
  await Promise.all(receivers.map((r) => r.close()));
});

type Agent = TestApp['http'];

async function walletOf(agent: Agent, currency = 'USD', fund?: string): Promise<string> {
  const created = await agent.post('/api/v1/wallets').send({ currency });
  expect(created.status).toBe(201);
  if (fund)
    expect((await agent.post(`/api/v1/wallets/${created.body.id}/fund`).send({ amount: fund })).status).toBe(
      201,
    );
  return created.body.id;
}

const send = (agent: Agent, from: string, to: string, amount: string, key?: string) => {
  const req = agent.post('/api/v1/wallets/transfer');
  if (key) req.set('Idempotency-Key', key);
  return req.send({ sourceWalletId: from, destinationWalletId: to, amount, description: 'Rent' });
};

async function money(walletId: string) {
  const { rows } = await t.db.query(
    'SELECT balance_minor::text AS balance, reserved_minor::text AS reserved FROM wallets WHERE id = $1',
    [walletId],
  );
  return { balance: BigInt(rows[0].balance), reserved: BigInt(rows[0].reserved) };
}

const ledgerRows = async (walletId: string) =>
  (await t.db.query('SELECT * FROM transactions WHERE wallet_id = $1 ORDER BY seq', [walletId])).rows;

/** Saves a rule set (the defaults' shape, anything given replacing its part) as the next version. */
function setRules(rules: Record<string, unknown>) {
  return reviews.putRules(
    { userId: operator.id },
    {
      rules: {
        hourly: { maxCount: null, maxAmount: {} },
        daily: { maxCount: null, maxAmount: {} },
        newCounterpartyAbove: {},
        singleAmountAbove: {},
        ...rules,
      },
    },
  );
}

/** A fresh payer with a funded USD wallet, and a wallet of someone else to pay. */
async function payerAndPayee(fund = '1000') {
  const payer = await t.newUser();
  const payee = await t.newUser();
  return { payer, from: await walletOf(payer.api, 'USD', fund), to: await walletOf(payee.api) };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'none';
  } catch (error) {
    return (error as DomainError).code;
  }
}

describe('the default rules (version 1)', () => {
  it('hold a transfer above 10,000.00 USD to a new counterparty, and not one of exactly that', async () => {
    const { payer, from, to } = await payerAndPayee('30000');
    // Above 10,000.00 a day is past the standard tier's sending limit (LIMIT_EXCEEDED before any rule):
    // the default rules speak to premium users' larger transfers.
    await t.db.query("UPDATE users SET tier = 'premium' WHERE id = $1", [payer.id]);
    const exactly = await send(payer.api, from, to, '10000.00');
    expect(exactly.status).toBe(201);

    const other = await walletOf((await t.newUser()).api);
    const held = await send(payer.api, from, other, '10000.01');
    expect(held.status).toBe(202);
    expect(held.body.transfer).toMatchObject({
      status: 'PENDING_REVIEW',
      sourceWalletId: from,
      destinationWalletId: other,
      amount: 10000.01,
      currency: 'USD',
      ruleVersion: 1,
      reasons: ['NEW_COUNTERPARTY'],
      description: 'Rent',
      decidedAt: null,
      transactionId: null,
    });
    expect(held.body.sourceWallet).toMatchObject({ id: from, balance: 20000, availableBalance: 9999.99 });
    // Held, not moved: no ledger row for it, only the reservation.
    expect(await money(from)).toEqual({ balance: 2000000n, reserved: 1000001n });
    expect((await ledgerRows(other)).length).toBe(0);

    // A counterparty paid before is not new: the same amount to it goes through.
    expect((await send(payer.api, from, to, '9999.99')).status).toBe(201);
    // Nor is a wallet of the payer's own.
    const mine = await walletOf(payer.api);
    await reviews.reject({ userId: operator.id }, held.body.transfer.id, 'clean-up');
    expect((await send(payer.api, from, mine, '10000.01')).status).toBe(201);
  });
});

describe('rules per kind, at the boundary', () => {
  it('single amount: above the threshold is held, the threshold itself is not', async () => {
    const version = await setRules({ singleAmountAbove: { USD: '500' } });
    const { payer, from, to } = await payerAndPayee('2000');
    expect((await send(payer.api, from, to, '500.00')).status).toBe(201);
    const held = await send(payer.api, from, to, '500.01');
    expect(held.status).toBe(202);
    expect(held.body.transfer).toMatchObject({ ruleVersion: version.version, reasons: ['SINGLE_AMOUNT'] });
    // Another currency has no threshold in this rule set.
    const eur = await walletOf(payer.api, 'EUR', '2000');
    expect((await send(payer.api, eur, await walletOf((await t.newUser()).api, 'EUR'), '1999')).status).toBe(
      201,
    );
  });

  it('hourly count: the transfer past maxCount is held', async () => {
    await setRules({ hourly: { maxCount: 2, maxAmount: {} } });
    const { payer, from, to } = await payerAndPayee();
    expect((await send(payer.api, from, to, '1')).status).toBe(201);
    expect((await send(payer.api, from, to, '1')).status).toBe(201);
    const third = await send(payer.api, from, to, '1');
    expect(third.status).toBe(202);
    expect(third.body.transfer.reasons).toEqual(['HOURLY_COUNT']);
  });

  it('hourly amount: the transfer that takes the hour past the amount is held, one that reaches it is not', async () => {
    await setRules({ hourly: { maxCount: null, maxAmount: { USD: 100 } } });
    const { payer, from, to } = await payerAndPayee();
    expect((await send(payer.api, from, to, '60')).status).toBe(201);
    expect((await send(payer.api, from, to, '40')).status).toBe(201);
    const over = await send(payer.api, from, to, '0.01');
    expect(over.status).toBe(202);
    expect(over.body.transfer.reasons).toEqual(['HOURLY_AMOUNT']);
  });

  it('daily count and amount, counting transfers still held', async () => {
    await setRules({ daily: { maxCount: 3, maxAmount: { USD: '300.00' } } });
    const { payer, from, to } = await payerAndPayee();
    expect((await send(payer.api, from, to, '150')).status).toBe(201);
    const held = await send(payer.api, from, to, '150.01');
    expect(held.status).toBe(202);
    expect(held.body.transfer.reasons).toEqual(['DAILY_AMOUNT']);
    // The held one counts: two so far, a third of 0.01 is still within the count but past the amount.
    const third = await send(payer.api, from, to, '0.01');
    expect(third.body.transfer.reasons).toEqual(['DAILY_AMOUNT']);
    const fourth = await send(payer.api, from, to, '0.01');
    expect(fourth.body.transfer.reasons).toEqual(['DAILY_COUNT', 'DAILY_AMOUNT']);
    for (const id of [held.body.transfer.id, third.body.transfer.id, fourth.body.transfer.id]) {
      await reviews.reject({ userId: operator.id }, id, 'test over');
    }
  });

  it('several rules at once are all named', async () => {
    await setRules({ newCounterpartyAbove: { USD: 10 }, singleAmountAbove: { USD: 10 } });
    const { payer, from, to } = await payerAndPayee();
    const held = await send(payer.api, from, to, '10.01');
    expect(held.body.transfer.reasons).toEqual(['NEW_COUNTERPARTY', 'SINGLE_AMOUNT']);
  });
});

describe('a held transfer', () => {
  beforeAll(async () => {
    await setRules({ singleAmountAbove: { USD: 50 } });
  });

  it('released: posts both legs under the held id, the reservation goes, payer and payee are told', async () => {
    const { payer, from, to } = await payerAndPayee('100');
    const r = await startReceiver();
    receivers.push(r);
    const events = ['transfer.held', 'transfer.released', 'transaction.succeeded'];
    expect((await payer.api.post('/api/v1/webhook-endpoints').send({ url: r.url, events })).status).toBe(201);
    const stream = await openEvents(payer);

    const held = await send(payer.api, from, to, '80', 'release-me');
    expect(held.status).toBe(202);
    const id = held.body.transfer.id as string;
    await within(
      10_000,
      () => stream.text().includes(`"id":"${id}","status":"PENDING_REVIEW"`),
      'the review event',
    );
    // The event's wallet is the payer's as it is: not frozen, the held money no longer available.
    expect(reviewEventOf(stream.text(), id, 'PENDING_REVIEW').wallet).toEqual({
      id: from,
      name: expect.any(String),
      currency: 'USD',
      balance: 100,
      availableBalance: 20,
      frozen: false,
      mode: 'live',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(await money(from)).toEqual({ balance: 10000n, reserved: 8000n });
    const listed = await payer.api.get(`/api/v1/wallets/${from}/held-transfers`);
    expect(listed.body.data.map((h: { id: string }) => h.id)).toEqual([id]);

    const released = await reviews.release({ userId: operator.id }, id);
    expect(released).toMatchObject({
      id,
      status: 'RELEASED',
      decidedBy: operator.id,
      ruleVersion: expect.any(Number),
    });
    expect(await money(from)).toEqual({ balance: 2000n, reserved: 0n });
    expect(await money(to)).toEqual({ balance: 8000n, reserved: 0n });
    const [fund, out] = await ledgerRows(from);
    expect(fund.type).toBe('FUND');
    expect(out).toMatchObject({
      type: 'TRANSFER_OUT',
      status: 'SUCCESS',
      transfer_id: id,
      amount_minor: '8000',
    });
    expect(released.transactionId).toBe(out.id);
    const [into] = await ledgerRows(to);
    expect(into).toMatchObject({
      type: 'TRANSFER_IN',
      status: 'SUCCESS',
      transfer_id: id,
      amount_minor: '8000',
    });

    // held, released, the OUT leg's succeeded (the payee is another user: their own endpoint would hear the IN).
    const delivered = (await r.waitFor(3)).map((d) => JSON.parse(d.body));
    expect(delivered.map((d) => d.type).sort()).toEqual([
      'transaction.succeeded',
      'transfer.held',
      'transfer.released',
    ]);
    expect(delivered.find((d) => d.type === 'transfer.released').data).toMatchObject({
      id,
      status: 'RELEASED',
      transactionId: out.id,
    });
    await within(
      10_000,
      () => stream.text().includes(`"id":"${id}","status":"RELEASED"`),
      'the decision event',
    );
    await within(10_000, () => stream.text().includes(`"transferId":"${id}"`), 'the posted leg');
    stream.close();

    // The same request again replays the held answer, moving nothing.
    const replay = await send(payer.api, from, to, '80', 'release-me');
    expect(replay.status).toBe(202);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toEqual(held.body);
    expect(await money(from)).toEqual({ balance: 2000n, reserved: 0n });
    // Decided: a second release (or a rejection) changes nothing.
    expect(await codeOf(reviews.release({ userId: operator.id }, id))).toBe('REVIEW_NOT_PENDING');
    expect(await codeOf(reviews.reject({ userId: operator.id }, id, 'late'))).toBe('REVIEW_NOT_PENDING');
    expect((await ledgerRows(from)).length).toBe(2);
  });

  it('rejected: a FAILED REVIEW_REJECTED row, nothing moved, the reservation goes', async () => {
    const { payer, from, to } = await payerAndPayee('100');
    const held = await send(payer.api, from, to, '60.5', 'reject-me');
    const id = held.body.transfer.id as string;
    const rejected = await reviews.reject({ userId: operator.id }, id, 'The payee is a known mule.');
    expect(rejected).toMatchObject({ status: 'REJECTED', decisionReason: 'The payee is a known mule.' });
    expect(await money(from)).toEqual({ balance: 10000n, reserved: 0n });
    expect(await money(to)).toEqual({ balance: 0n, reserved: 0n });
    const failed = (await ledgerRows(from))[1];
    expect(failed).toMatchObject({
      id: rejected.transactionId,
      type: 'TRANSFER_OUT',
      status: 'FAILED',
      failure_code: 'REVIEW_REJECTED',
      amount_minor: '6050',
      balance_before_minor: '10000',
      balance_after_minor: '10000',
      destination_wallet_id: to,
      description: 'Rent',
    });
    const seen = await payer.api.get(`/api/v1/transactions/${rejected.transactionId}`);
    expect(seen.body).toMatchObject({ status: 'FAILED', failureCode: 'REVIEW_REJECTED' });
    const replay = await send(payer.api, from, to, '60.50', 'reject-me');
    expect(replay.status).toBe(202);
    expect(replay.body).toEqual(held.body);
  });

  it('reserves its money: a second transfer cannot spend it, what is left still can be', async () => {
    const { payer, from, to } = await payerAndPayee('100');
    expect((await send(payer.api, from, to, '80')).status).toBe(202);
    const over = await send(payer.api, from, to, '20.01');
    expectProblem(over, 422, 'INSUFFICIENT_FUNDS');
    expect(over.body.detail).toContain('20.00 USD');
    expect((await send(payer.api, from, to, '20')).status).toBe(201);
    expect(await money(from)).toEqual({ balance: 8000n, reserved: 8000n });
    const wallet = await payer.api.get(`/api/v1/wallets/${from}`);
    expect(wallet.body).toMatchObject({ balance: 80, availableBalance: 0 });
    // A transfer that could not be posted is declined, not held.
    expectProblem(await send(payer.api, from, to, '60'), 422, 'INSUFFICIENT_FUNDS');
  });

  it('released and rejected at once: exactly one wins, the other is 409', async () => {
    for (let i = 0; i < 3; i += 1) {
      const { payer, from, to } = await payerAndPayee('100');
      const id = (await send(payer.api, from, to, '70')).body.transfer.id as string;
      const codes = await Promise.all([
        codeOf(reviews.release({ userId: operator.id }, id)),
        codeOf(reviews.reject({ userId: operator.id }, id, 'race')),
      ]);
      expect(codes.sort()).toEqual(['REVIEW_NOT_PENDING', 'none'].sort());
      const { rows } = await t.db.query('SELECT status FROM transfer_reviews WHERE id = $1', [id]);
      const moved = (await money(to)).balance;
      expect(rows[0].status === 'RELEASED' ? 7000n : 0n).toBe(moved);
      expect((await money(from)).reserved).toBe(0n);
    }
  });

  it('released twice at once: one posting, one 409', async () => {
    const { payer, from, to } = await payerAndPayee('100');
    const id = (await send(payer.api, from, to, '55')).body.transfer.id as string;
    const codes = await Promise.all(
      [1, 2, 3].map(() => codeOf(reviews.release({ userId: operator.id }, id))),
    );
    expect(codes.sort()).toEqual(['REVIEW_NOT_PENDING', 'REVIEW_NOT_PENDING', 'none']);
    expect(await money(to)).toEqual({ balance: 5500n, reserved: 0n });
  });

  it('a release that would take the destination past its maxBalance is refused and it stays held', async () => {
    const { payer, from, to } = await payerAndPayee('100');
    const id = (await send(payer.api, from, to, '60')).body.transfer.id as string;
    await seedBalance(t, to, 999999999999950n);
    const error = (await reviews
      .release({ userId: operator.id }, id)
      .catch((e: DomainError) => e)) as DomainError;
    expect(error.code).toBe('BALANCE_LIMIT_EXCEEDED');
    expect(error.detail).toContain('stays held');
    const { rows } = await t.db.query('SELECT status FROM transfer_reviews WHERE id = $1', [id]);
    expect(rows[0].status).toBe('PENDING');
    expect(await money(from)).toEqual({ balance: 10000n, reserved: 6000n });
    // Rejecting it still works, and gives the money back to spend.
    await reviews.reject({ userId: operator.id }, id, 'cannot be paid');
    expect(await money(from)).toEqual({ balance: 10000n, reserved: 0n });
  });

  it('an unknown id is NOT_FOUND; the payer cannot list another user’s wallet', async () => {
    expect(
      await codeOf(reviews.release({ userId: operator.id }, '00000000-0000-4000-8000-000000000000')),
    ).toBe('NOT_FOUND');
    const { from } = await payerAndPayee();
    expectProblem(await t.http.get(`/api/v1/wallets/${from}/held-transfers`), 404, 'WALLET_NOT_FOUND');
  });
});

describe('rule versions', () => {
  it('each edit is a new version; a decision keeps the version that held the transfer', async () => {
    const before = await reviews.rules();
    const edited = await setRules({ singleAmountAbove: { USD: '25.5', JPY: 1000 } });
    expect(edited.version).toBe(before.active.version + 1);
    expect(edited.createdBy).toBe(operator.id);
    expect(edited.rules).toMatchObject({ singleAmountAbove: { USD: 25.5, JPY: 1000 } });
    const { payer, from, to } = await payerAndPayee();
    const held = await send(payer.api, from, to, '25.51');
    expect(held.body.transfer.ruleVersion).toBe(edited.version);

    const next = await setRules({});
    expect(next.version).toBe(edited.version + 1);
    expect((await send(payer.api, from, to, '25.51')).status).toBe(201);
    const decided = await reviews.release({ userId: operator.id }, held.body.transfer.id);
    expect(decided.ruleVersion).toBe(edited.version);
    const listed = await reviews.rules();
    expect(listed.active.version).toBe(next.version);
    expect(listed.history[0]?.version).toBe(edited.version);
  });

  it('refuses an invalid rule set, listing every problem, and saves nothing', async () => {
    const before = (await reviews.rules()).active.version;
    const error = (await reviews
      .putRules(
        { userId: operator.id },
        {
          rules: {
            hourly: { maxCount: 0, maxAmount: { USD: '-1' } },
            daily: { maxCount: 1.5, maxAmount: {} },
            newCounterpartyAbove: { XXX: 1, JPY: '1.5' },
            singleAmountAbove: { USD: '1.001' },
            extra: true,
          },
        },
      )
      .catch((e: DomainError) => e)) as DomainError;
    expect(error.code).toBe('VALIDATION_FAILED');
    expect((error.extensions.errors ?? []).map((e) => e.field).sort()).toEqual([
      'rules.daily.maxCount',
      'rules.extra',
      'rules.hourly.maxAmount.USD',
      'rules.hourly.maxCount',
      'rules.newCounterpartyAbove.JPY',
      'rules.newCounterpartyAbove.XXX',
      'rules.singleAmountAbove.USD',
    ]);
    expect((await reviews.rules()).active.version).toBe(before);
  });
});

describe('the operator routes', () => {
  it('finance works the queue oldest first, releases and rejects with a reason; each decision is audited', async () => {
    await setRules({ singleAmountAbove: { USD: 5 } });
    const finance = await newStaff(t, 'finance');
    const { payer, from, to } = await payerAndPayee('100');
    const first = (await send(payer.api, from, to, '10')).body.transfer.id as string;
    const second = (await send(payer.api, from, to, '11')).body.transfer.id as string;
    const queue = await finance.browser.get('/api/v1/ops/reviews?status=PENDING&limit=100');
    expect(queue.status).toBe(200);
    const ids = queue.body.data.map((r: { id: string }) => r.id);
    expect(ids.indexOf(first)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(first)).toBeLessThan(ids.indexOf(second));
    expect(queue.body.data.find((r: { id: string }) => r.id === first)).toMatchObject({
      ownerId: payer.id,
      ownerEmail: payer.email,
      status: 'PENDING_REVIEW',
      reasons: ['SINGLE_AMOUNT'],
      amount: 10,
    });

    const released = await finance.browser.post(`/api/v1/ops/reviews/${first}/release`);
    expect(released.status).toBe(200);
    expect(released.body).toMatchObject({ id: first, status: 'RELEASED', decidedBy: finance.id });
    expectProblem(
      await finance.browser.post(`/api/v1/ops/reviews/${first}/release`),
      409,
      'REVIEW_NOT_PENDING',
    );
    expectProblem(
      await finance.browser.post(`/api/v1/ops/reviews/${second}/reject`).send({}),
      400,
      'VALIDATION_FAILED',
    );
    const rejected = await finance.browser
      .post(`/api/v1/ops/reviews/${second}/reject`)
      .send({ reason: 'Looks like fraud' });
    expect(rejected.body).toMatchObject({ status: 'REJECTED', decisionReason: 'Looks like fraud' });
    expect(await money(from)).toEqual({ balance: 9000n, reserved: 0n });
    const done = await finance.browser.get('/api/v1/ops/reviews?status=RELEASED&limit=100');
    expect(done.body.data.map((r: { id: string }) => r.id)).toContain(first);

    const audit = await t.db.query(
      `SELECT action, actor_id, actor_role, subject_id, after FROM audit_events
       WHERE subject_type = 'transfer_review' AND subject_id = ANY($1) ORDER BY seq`,
      [[first, second]],
    );
    expect(audit.rows.map((r) => [r.action, r.actor_id, r.actor_role, r.subject_id])).toEqual([
      ['review.released', finance.id, 'finance', first],
      ['review.rejected', finance.id, 'finance', second],
    ]);
    expect(audit.rows[1].after).toMatchObject({ status: 'REJECTED', reason: 'Looks like fraud' });
  });

  it('refuses staff a decision on their own held transfer (403), and it stays held', async () => {
    await setRules({ singleAmountAbove: { USD: 5 } });
    const finance = await newStaff(t, 'finance');
    const from = await walletOf(finance.api, 'USD', '100');
    const to = await walletOf((await t.newUser()).api);
    const id = (await send(finance.api, from, to, '10')).body.transfer.id as string;
    const release = await finance.browser.post(`/api/v1/ops/reviews/${id}/release`);
    expectProblem(release, 403, 'FORBIDDEN');
    expect(release.body.detail).toMatch(/your own account/);
    expectProblem(
      await finance.browser.post(`/api/v1/ops/reviews/${id}/reject`).send({ reason: 'Mine' }),
      403,
      'FORBIDDEN',
    );
    const { rows } = await t.db.query('SELECT status FROM transfer_reviews WHERE id = $1', [id]);
    expect(rows[0].status).toBe('PENDING');
    expect(await money(from)).toEqual({ balance: 10000n, reserved: 1000n });
    expect((await ledgerRows(from)).length).toBe(1);
    // Another member of staff may decide it.
    const other = await newStaff(t, 'finance');
    expect((await other.browser.post(`/api/v1/ops/reviews/${id}/release`)).status).toBe(200);
  });

  it("a frozen payer's wallet: the release is 422 WALLET_FROZEN and it stays held; the review event says frozen", async () => {
    await setRules({ singleAmountAbove: { USD: 5 } });
    const finance = await newStaff(t, 'finance');
    const { payer, from, to } = await payerAndPayee('100');
    const stream = await openEvents(payer);
    const id = (await send(payer.api, from, to, '10')).body.transfer.id as string;
    const frozen = await finance.browser
      .post(`/api/v1/ops/wallets/${from}/freeze`)
      .send({ reason: 'Suspected account takeover' });
    expect(frozen.status).toBe(200);
    expectProblem(await finance.browser.post(`/api/v1/ops/reviews/${id}/release`), 422, 'WALLET_FROZEN');
    expect(await money(from)).toEqual({ balance: 10000n, reserved: 1000n });
    const rejected = await finance.browser
      .post(`/api/v1/ops/reviews/${id}/reject`)
      .send({ reason: 'Account takeover' });
    expect(rejected.status).toBe(200);
    await within(
      10_000,
      () => stream.text().includes(`"id":"${id}","status":"REJECTED"`),
      'the decision event',
    );
    stream.close();
    expect(reviewEventOf(stream.text(), id, 'PENDING_REVIEW').wallet).toMatchObject({ frozen: false });
    expect(reviewEventOf(stream.text(), id, 'REJECTED').wallet).toMatchObject({
      id: from,
      balance: 100,
      availableBalance: 100,
      frozen: true,
    });
  });

  it("shows each decision in the payer's security history as done by staff, never naming them", async () => {
    await setRules({ singleAmountAbove: { USD: 5 } });
    const finance = await newStaff(t, 'finance');
    const { payer, from, to } = await payerAndPayee('100');
    const first = (await send(payer.api, from, to, '10')).body.transfer.id as string;
    const second = (await send(payer.api, from, to, '11')).body.transfer.id as string;
    expect((await finance.browser.post(`/api/v1/ops/reviews/${first}/release`)).status).toBe(200);
    expect(
      (await finance.browser.post(`/api/v1/ops/reviews/${second}/reject`).send({ reason: 'No' })).status,
    ).toBe(200);
    const history = await payer.browser.get('/api/v1/auth/security-history?limit=100');
    expect(history.status).toBe(200);
    const byStaff = history.body.data
      .filter((e: { by: string }) => e.by !== 'you')
      .map((e: { action: string; by: string }) => [e.action, e.by]);
    expect(byStaff).toEqual([
      ['review.rejected', 'staff'],
      ['review.released', 'staff'],
    ]);
    expect(history.text).not.toContain(finance.email);
    expect(history.text).not.toContain(finance.id);
  });

  it('admin edits the rules: a bad set is a 400 naming each field, a good one a new version, audited', async () => {
    const admin = await newStaff(t, 'admin');
    const before = (await admin.browser.get('/api/v1/ops/review-rules')).body.active.version as number;
    const bad = await admin.browser.put('/api/v1/ops/review-rules').send({
      rules: {
        hourly: { maxCount: -1, maxAmount: {} },
        daily: {},
        newCounterpartyAbove: {},
        singleAmountAbove: {},
      },
    });
    expectProblem(bad, 400, 'VALIDATION_FAILED');
    expect(bad.body.errors).toEqual([{ field: 'rules.hourly.maxCount', message: expect.any(String) }]);
    const good = await admin.browser.put('/api/v1/ops/review-rules').send({
      rules: {
        hourly: { maxCount: 30, maxAmount: { USD: '5000.00' } },
        daily: { maxCount: null, maxAmount: {} },
        newCounterpartyAbove: { USD: 10000 },
        singleAmountAbove: {},
      },
      note: 'tighter hourly',
    });
    expect(good.status).toBe(200);
    expect(good.body).toMatchObject({
      version: before + 1,
      createdBy: admin.id,
      note: 'tighter hourly',
      rules: { hourly: { maxCount: 30, maxAmount: { USD: 5000 } } },
    });
    const listed = await admin.browser.get('/api/v1/ops/review-rules');
    expect(listed.body.active.version).toBe(before + 1);
    expect(listed.body.history[0].version).toBe(before);
    const { rows } = await t.db.query(
      `SELECT actor_id, before->>'version' AS was, after->>'version' AS now FROM audit_events
       WHERE action = 'review_rules.changed' ORDER BY seq DESC LIMIT 1`,
    );
    expect(rows[0]).toEqual({ actor_id: admin.id, was: String(before), now: String(before + 1) });
  });
});

describe('the database keeps the promises', () => {
  it('the books check finds reserved money that its reservations do not add up to', async () => {
    await setRules({ singleAmountAbove: { USD: 50 } });
    const { payer, from, to } = await payerAndPayee('100');
    expect((await send(payer.api, from, to, '70')).status).toBe(202);
    // As the owner, with the guard off: what only a tampered database could hold.
    await t.db.query('ALTER TABLE wallets DISABLE TRIGGER wallets_reserved_has_reservations');
    try {
      await t.db.query('UPDATE wallets SET reserved_minor = 1000 WHERE id = $1', [from]);
      const report = await checkBooks(t.db, { mode: 'full', whenBusy: 'wait' });
      expect(report?.found.filter((f) => f.kind === 'RESERVED_MISMATCH')).toEqual([
        expect.objectContaining({ walletId: from, detail: expect.stringContaining('add up to 7000') }),
      ]);
    } finally {
      await t.db.query('UPDATE wallets SET reserved_minor = 7000 WHERE id = $1', [from]);
      await t.db.query('ALTER TABLE wallets ENABLE TRIGGER wallets_reserved_has_reservations');
    }
  });

  it('refuses to change a rule version, a decided review, or reserved money without its reservations', async () => {
    await expect(t.db.query(`UPDATE review_rule_sets SET note = 'x' WHERE version = 1`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.query('DELETE FROM review_rule_sets WHERE version = 1')).rejects.toThrow(/append-only/);
    const { rows } = await t.db.query(`SELECT id FROM transfer_reviews WHERE status <> 'PENDING' LIMIT 1`);
    await expect(
      t.db.query(`UPDATE transfer_reviews SET amount_minor = 1 WHERE id = $1`, [rows[0].id]),
    ).rejects.toThrow(/decided once/);
    const { from } = await payerAndPayee('10');
    await expect(t.db.query('UPDATE wallets SET reserved_minor = 100 WHERE id = $1', [from])).rejects.toThrow(
      /reservations add up to 0/,
    );
    await expect(
      t.db.query('UPDATE wallets SET reserved_minor = 2000 WHERE id = $1', [from]),
    ).rejects.toThrow(/wallets_reserved_within_balance/);
  });
});

/** The data of the `review` event in `text` for held transfer `id` with `status`. */
function reviewEventOf(text: string, id: string, status: string) {
  const frame = text
    .split('\n\n')
    .find((f) => f.startsWith('event: review\n') && f.includes(`"id":"${id}","status":"${status}"`));
  if (!frame) throw new Error(`no review event for ${id} ${status}`);
  return JSON.parse(frame.slice(frame.indexOf('data: ') + 'data: '.length));
}

/** The payer's live events, as raw text (review events have no id; ledger events do). */
async function openEvents(user: TestUser): Promise<{ text(): string; close(): void }> {
  return new Promise((resolve, reject) => {
    let body = '';
    const req = http.get(
      `${t.baseUrl}/api/v1/events`,
      { headers: { Authorization: `Bearer ${user.key}` } },
      (res) => {
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        resolve({ text: () => body, close: () => req.destroy() });
      },
    );
    req.on('error', reject);
  });
}
