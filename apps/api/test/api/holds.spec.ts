import http from 'node:http';
import { HoldSweeper } from '../../src/holds/hold-sweeper';
import { HoldsService } from '../../src/holds/holds.service';
import { ReviewsService } from '../../src/reviews/reviews.service';
import { checkBooks } from '../../src/transactions/books-check/books-check';
import type { TestApp } from '../support/app';
import { within } from '../support/poll';
import { expectProblem, MISSING_ID } from '../support/problems';
import { type Receiver, startReceiver } from '../support/receiver';
import { putReviewRules } from '../support/review-rules';
import { useTestApp } from '../support/suite';
import type { TestUser } from '../support/users';

/**
 * Holds end to end on a real database over real HTTP: made (money reserved, nothing posted), captured in
 * whole or in part (a transfer under the hold's id, the rest released), voided, expired by the durable
 * queue; the races between them; and the books (expectLedgerConsistent after every test, the books
 * check's hold events and their hash chain).
 */
const app = useTestApp({ env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', WEBHOOK_RETRY_DELAY_SECONDS: '1' } });

let t: TestApp;
const receivers: Receiver[] = [];
beforeAll(() => {
  t = app();
});
afterAll(async () => {
  await Promise.all(receivers.map((r) => r.close()));
});

type Agent = TestApp['http'];

async function walletOf(agent: Agent, fund?: string, currency = 'USD'): Promise<string> {
  const created = await agent.post('/api/v1/wallets').send({ currency });
  expect(created.status).toBe(201);
  if (fund) {
    const funded = await agent.post(`/api/v1/wallets/${created.body.id}/fund`).send({ amount: fund });
    expect(funded.status).toBe(201);
  }
  return created.body.id;
}

/** A fresh user with a funded USD wallet and a second, empty one of theirs. */
async function owner(fund = '100') {
  const user = await t.newUser();
  return { user, from: await walletOf(user.api, fund), to: await walletOf(user.api) };
}

const hold = (agent: Agent, walletId: string, body: object, key?: string) => {
  const req = agent.post(`/api/v1/wallets/${walletId}/holds`);
  if (key) req.set('Idempotency-Key', key);
  return req.send(body);
};

const capture = (agent: Agent, id: string, body: object, key?: string) => {
  const req = agent.post(`/api/v1/holds/${id}/capture`);
  if (key) req.set('Idempotency-Key', key);
  return req.send(body);
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

const holdCount = async (walletId: string) =>
  (await t.db.query('SELECT count(*)::int AS n FROM holds WHERE wallet_id = $1', [walletId])).rows[0].n;

const statusOf = async (id: string) =>
  (await t.db.query('SELECT status FROM holds WHERE id = $1', [id])).rows[0]?.status as string;

/** Waits until the wall clock has passed `iso` (the hold is then due), polling: no fixed sleep. */
const until = (iso: string) => within(10_000, () => Date.now() > Date.parse(iso) + 5, 'the expiry time');

describe('a hold', () => {
  it('reserves money, lists and reads back, and a full capture pays it as a transfer under its id', async () => {
    const { user, from, to } = await owner('100');
    const r = await startReceiver();
    receivers.push(r);
    const events = ['hold.created', 'hold.captured'];
    expect((await user.api.post('/api/v1/webhook-endpoints').send({ url: r.url, events })).status).toBe(201);
    const stream = await openEvents(user);

    const made = await hold(user.api, from, { amount: '60.25', description: 'Hotel', reference: 'bk-1' });
    expect(made.status).toBe(201);
    const id = made.body.id as string;
    expect(made.body).toEqual({
      id: expect.any(String),
      walletId: from,
      amount: 60.25,
      currency: 'USD',
      status: 'ACTIVE',
      capturedAmount: 0,
      destinationWalletId: null,
      transactionId: null,
      expiresAt: null,
      description: 'Hotel',
      reference: 'bk-1',
      createdAt: expect.any(String),
      finishedAt: null,
    });
    // Reserved, not moved: no ledger row, the wallet's available money is less.
    expect(await money(from)).toEqual({ balance: 10000n, reserved: 6025n });
    expect((await ledgerRows(from)).length).toBe(1);
    const wallet = await user.api.get(`/api/v1/wallets/${from}`);
    expect(wallet.body).toMatchObject({ balance: 100, availableBalance: 39.75 });
    expect((await user.api.get(`/api/v1/holds/${id}`)).body).toEqual(made.body);
    const listed = await user.api.get(`/api/v1/wallets/${from}/holds`);
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual({ data: [made.body], nextCursor: null });
    await within(10_000, () => stream.text().includes(`"id":"${id}","walletId"`), 'the hold event');
    expect(holdEventOf(stream.text(), id, 'ACTIVE').wallet).toMatchObject({
      id: from,
      availableBalance: 39.75,
    });

    const captured = await capture(user.api, id, { destinationWalletId: to });
    expect(captured.status).toBe(201);
    expect(captured.body.hold).toMatchObject({
      id,
      status: 'CAPTURED',
      capturedAmount: 60.25,
      destinationWalletId: to,
    });
    expect(captured.body.sourceWallet).toMatchObject({ id: from, balance: 39.75, availableBalance: 39.75 });
    expect(captured.body.destinationWallet).toMatchObject({ id: to, balance: 60.25 });
    expect(
      captured.body.transactions.map((x: { type: string; transferId: string }) => [x.type, x.transferId]),
    ).toEqual([
      ['TRANSFER_OUT', id],
      ['TRANSFER_IN', id],
    ]);
    expect(captured.body.hold.transactionId).toBe(captured.body.transactions[0].id);
    expect(await money(from)).toEqual({ balance: 3975n, reserved: 0n });
    expect(await money(to)).toEqual({ balance: 6025n, reserved: 0n });

    const delivered = (await r.waitFor(2)).map((d) => JSON.parse(d.body));
    expect(delivered.map((d) => d.type).sort()).toEqual(['hold.captured', 'hold.created']);
    expect(delivered.find((d) => d.type === 'hold.captured').data).toMatchObject({ id, status: 'CAPTURED' });
    await within(
      10_000,
      () =>
        stream
          .text()
          .includes(`"id":"${id}","walletId":"${from}","amount":60.25,"currency":"USD","status":"CAPTURED"`),
      'the capture event',
    );
    stream.close();

    // Ended: capturing or voiding again changes nothing.
    const again = await capture(user.api, id, { destinationWalletId: to });
    expectProblem(again, 409, 'HOLD_NOT_ACTIVE');
    expect(again.body.holdStatus).toBe('CAPTURED');
    expectProblem(await user.api.post(`/api/v1/holds/${id}/void`), 409, 'HOLD_NOT_ACTIVE');
    expect(await money(from)).toEqual({ balance: 3975n, reserved: 0n });
  });

  it('a partial capture pays part and releases the rest; into another user it shows their wallet only by id', async () => {
    const { user, from } = await owner('100');
    const payee = await t.newUser();
    const theirs = await walletOf(payee.api);
    const made = await hold(user.api, from, { amount: 80 });
    const captured = await capture(user.api, made.body.id, { destinationWalletId: theirs, amount: '30.5' });
    expect(captured.status).toBe(201);
    expect(captured.body.hold).toMatchObject({ status: 'CAPTURED', amount: 80, capturedAmount: 30.5 });
    expect(captured.body.destinationWallet).toEqual({ id: theirs, currency: 'USD' });
    expect(captured.body.transactions).toHaveLength(1);
    expect(await money(from)).toEqual({ balance: 6950n, reserved: 0n });
    expect(await money(theirs)).toEqual({ balance: 3050n, reserved: 0n });
  });

  it('a capture of more than the hold is a 400 and changes nothing', async () => {
    const { user, from, to } = await owner('100');
    const made = await hold(user.api, from, { amount: 10 });
    expectProblem(
      await capture(user.api, made.body.id, { destinationWalletId: to, amount: '10.01' }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await capture(user.api, made.body.id, { destinationWalletId: from }),
      400,
      'SAME_WALLET_TRANSFER',
    );
    expect(await statusOf(made.body.id)).toBe('ACTIVE');
    expect(await money(from)).toEqual({ balance: 10000n, reserved: 1000n });
  });

  it('void releases it all; list filters by status, newest first, a page at a time', async () => {
    const { user, from } = await owner('100');
    const first = await hold(user.api, from, { amount: 10 });
    const second = await hold(user.api, from, { amount: 20 });
    const third = await hold(user.api, from, { amount: 30 });
    const voided = await user.api.post(`/api/v1/holds/${second.body.id}/void`);
    expect(voided.status).toBe(200);
    expect(voided.body).toMatchObject({ id: second.body.id, status: 'VOIDED', capturedAmount: 0 });
    expect(voided.body.finishedAt).toEqual(expect.any(String));
    expect(await money(from)).toEqual({ balance: 10000n, reserved: 4000n });

    const page1 = await user.api.get(`/api/v1/wallets/${from}/holds?limit=2`);
    expect(page1.body.data.map((h: { id: string }) => h.id)).toEqual([third.body.id, second.body.id]);
    const page2 = await user.api.get(`/api/v1/wallets/${from}/holds?limit=2&cursor=${page1.body.nextCursor}`);
    expect(page2.body).toEqual({ data: [expect.objectContaining({ id: first.body.id })], nextCursor: null });
    const active = await user.api.get(`/api/v1/wallets/${from}/holds?status=ACTIVE`);
    expect(active.body.data.map((h: { id: string }) => h.id)).toEqual([third.body.id, first.body.id]);
    expectProblem(await user.api.get(`/api/v1/wallets/${from}/holds?status=DONE`), 400, 'VALIDATION_FAILED');
  });
});

describe('statements', () => {
  it('show what was held at the end: the closing available balance leaves active holds out', async () => {
    const { user, from, to } = await owner('100');
    const kept = await hold(user.api, from, { amount: 25 });
    const paid = await hold(user.api, from, { amount: 10 });
    expect((await capture(user.api, paid.body.id, { destinationWalletId: to })).status).toBe(201);
    const before = new Date(Date.parse(kept.body.createdAt) - 1).toISOString();
    const statement = await user.api.get(`/api/v1/wallets/${from}/statement?format=json`);
    expect(statement.body).toMatchObject({
      closingBalance: 90,
      closingHeld: 25,
      closingAvailableBalance: 65,
    });
    const earlier = await user.api.get(
      `/api/v1/wallets/${from}/statement?format=json&to=${encodeURIComponent(before)}`,
    );
    expect(earlier.body).toMatchObject({ closingBalance: 100, closingHeld: 0, closingAvailableBalance: 100 });
    expect(kept.body.status).toBe('ACTIVE');
  });
});

describe('what is available', () => {
  it('a transfer or a second hold beyond it is declined; a refused hold writes no row but replays its 422', async () => {
    const { user, from, to } = await owner('100');
    expect((await hold(user.api, from, { amount: 80 })).status).toBe(201);
    const transfer = await user.api
      .post('/api/v1/wallets/transfer')
      .send({ sourceWalletId: from, destinationWalletId: to, amount: '20.01' });
    expectProblem(transfer, 422, 'INSUFFICIENT_FUNDS');

    const refused = await hold(user.api, from, { amount: '20.01' }, 'too-much');
    expectProblem(refused, 422, 'INSUFFICIENT_FUNDS');
    const replay = await hold(user.api, from, { amount: '20.01' }, 'too-much');
    expect(replay.status).toBe(422);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body.detail).toBe(refused.body.detail);
    // Only the transfer's FAILED row: the refused hold moved nothing and recorded nothing in the ledger.
    expect((await ledgerRows(from)).map((row) => [row.type, row.status])).toEqual([
      ['FUND', 'SUCCESS'],
      ['TRANSFER_OUT', 'FAILED'],
    ]);
    expect(await holdCount(from)).toBe(1);
    // What is left is still there to use.
    expect((await hold(user.api, from, { amount: 20 })).status).toBe(201);
    expect(await money(from)).toEqual({ balance: 10000n, reserved: 10000n });
  });

  it('a frozen wallet holds nothing', async () => {
    const { user, from } = await owner('100');
    await t.db.query("UPDATE wallets SET frozen_at = now(), frozen_reason = 'test' WHERE id = $1", [from]);
    expectProblem(await hold(user.api, from, { amount: 1 }), 422, 'WALLET_FROZEN');
    expect(await holdCount(from)).toBe(0);
  });
});

describe('who may', () => {
  it("another user's wallet or hold is not found, and nothing changes", async () => {
    const { user, from, to } = await owner('100');
    const stranger = await t.newUser();
    const made = await hold(user.api, from, { amount: 10 });
    expectProblem(await hold(stranger.api, from, { amount: 1 }), 404, 'WALLET_NOT_FOUND');
    expectProblem(await stranger.api.get(`/api/v1/wallets/${from}/holds`), 404, 'WALLET_NOT_FOUND');
    expectProblem(await stranger.api.get(`/api/v1/holds/${made.body.id}`), 404, 'NOT_FOUND');
    expectProblem(await capture(stranger.api, made.body.id, { destinationWalletId: to }), 404, 'NOT_FOUND');
    expectProblem(await stranger.api.post(`/api/v1/holds/${made.body.id}/void`), 404, 'NOT_FOUND');
    expectProblem(await user.api.get(`/api/v1/holds/${MISSING_ID}`), 404, 'NOT_FOUND');
    expectProblem(
      await capture(user.api, made.body.id, { destinationWalletId: MISSING_ID }),
      404,
      'WALLET_NOT_FOUND',
    );
    expect(await statusOf(made.body.id)).toBe('ACTIVE');
    expect(await money(from)).toEqual({ balance: 10000n, reserved: 1000n });
  });

  it('bad input is a 400 and changes nothing', async () => {
    const { user, from } = await owner('100');
    const past = new Date(Date.now() - 60_000).toISOString();
    const far = new Date(Date.now() + 31 * 86_400_000).toISOString();
    for (const body of [
      { amount: 0 },
      { amount: '-5' },
      { amount: '1.001' },
      { amount: '1e3' },
      {},
      { amount: 5, expiresAt: past },
      { amount: 5, expiresAt: far },
      { amount: 5, expiresAt: '2030-01-01' },
      { amount: 5, expiresAt: 'tomorrow' },
      { amount: 5, colour: 'red' },
      { amount: 5, description: '' },
    ]) {
      const res = await hold(user.api, from, body, `bad-${JSON.stringify(body)}`);
      expectProblem(res, 400, 'VALIDATION_FAILED');
    }
    expect(await holdCount(from)).toBe(0);
    expect(await money(from)).toEqual({ balance: 10000n, reserved: 0n });
  });
});

describe('idempotency', () => {
  it('the same key twice makes one hold and one capture, replayed', async () => {
    const { user, from, to } = await owner('100');
    const [a, b] = await Promise.all([
      hold(user.api, from, { amount: 25 }, 'hold-once'),
      hold(user.api, from, { amount: 25 }, 'hold-once'),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body).toEqual(b.body);
    expect([a.headers['idempotent-replayed'], b.headers['idempotent-replayed']].sort()).toEqual([
      'true',
      undefined,
    ]);
    expect(await holdCount(from)).toBe(1);
    expectProblem(await hold(user.api, from, { amount: 26 }, 'hold-once'), 422, 'IDEMPOTENCY_KEY_REUSED');

    const first = await capture(user.api, a.body.id, { destinationWalletId: to, amount: 5 }, 'capture-once');
    const second = await capture(user.api, a.body.id, { destinationWalletId: to, amount: 5 }, 'capture-once');
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body).toEqual(first.body);
    expect(await money(to)).toEqual({ balance: 500n, reserved: 0n });
  });
});

describe('races', () => {
  it('two captures of one hold at once: exactly one pays, the other is 409', async () => {
    for (let round = 0; round < 3; round += 1) {
      const { user, from, to } = await owner('100');
      const made = await hold(user.api, from, { amount: 40 });
      const answers = await Promise.all([
        capture(user.api, made.body.id, { destinationWalletId: to }),
        capture(user.api, made.body.id, { destinationWalletId: to, amount: 10 }),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
      const won = answers.find((a) => a.status === 201);
      const paid = BigInt(Math.round(Number(won?.body.hold.capturedAmount) * 100));
      expect(await money(to)).toEqual({ balance: paid, reserved: 0n });
      expect(await money(from)).toEqual({ balance: 10000n - paid, reserved: 0n });
    }
  });

  it('a capture racing its expiry job once due: the hold expires exactly once, nothing is paid, the books are exact', async () => {
    const holds = t.app.get(HoldsService, { strict: false });
    const outcomes: string[] = [];
    for (let round = 0; round < 3; round += 1) {
      const { user, from, to } = await owner('100');
      const expiresAt = new Date(Date.now() + 1_500).toISOString();
      const made = await hold(user.api, from, { amount: 40, expiresAt });
      expect(made.body.expiresAt).toBe(expiresAt);
      await until(expiresAt);
      const [captured] = await Promise.all([
        capture(user.api, made.body.id, { destinationWalletId: to }),
        holds.expire(made.body.id),
      ]);
      // Due already: the capture finds it expired (by the job, or expires it itself).
      expectProblem(captured, 409, 'HOLD_NOT_ACTIVE');
      expect(captured.body.holdStatus).toBe('EXPIRED');
      outcomes.push(await statusOf(made.body.id));
      expect(await money(from)).toEqual({ balance: 10000n, reserved: 0n });
      expect(await money(to)).toEqual({ balance: 0n, reserved: 0n });
    }
    expect(outcomes).toEqual(['EXPIRED', 'EXPIRED', 'EXPIRED']);
  });

  it('a capture sent at the moment of expiry, with the job: whichever wins, the hold ends once and the books agree', async () => {
    const holds = t.app.get(HoldsService, { strict: false });
    for (let round = 0; round < 6; round += 1) {
      const { user, from, to } = await owner('100');
      const expiresAt = new Date(Date.now() + 1_000).toISOString();
      const made = await hold(user.api, from, { amount: 40, expiresAt });
      // Fired a hair before or after the instant (the timer's jitter decides): a real race.
      await within(10_000, () => Date.now() >= Date.parse(expiresAt) - 3 + (round % 3) * 3, 'the moment');
      const [captured] = await Promise.all([
        capture(user.api, made.body.id, { destinationWalletId: to }),
        // Not due yet (the job came early) throws, to be retried: here it simply did nothing.
        holds.expire(made.body.id).catch(() => undefined),
      ]);
      // The capture has answered: either it paid before the instant, or the hold had expired by then.
      const status = await statusOf(made.body.id);
      if (status === 'CAPTURED') {
        expect(captured.status).toBe(201);
        expect(await money(to)).toEqual({ balance: 4000n, reserved: 0n });
      } else {
        expect(status).toBe('EXPIRED');
        expectProblem(captured, 409, 'HOLD_NOT_ACTIVE');
        expect(await money(to)).toEqual({ balance: 0n, reserved: 0n });
      }
      expect((await money(from)).reserved).toBe(0n);
    }
  });

  it('an expiry job that comes after a capture finds it captured and does nothing', async () => {
    const holds = t.app.get(HoldsService, { strict: false });
    const { user, from, to } = await owner('100');
    const expiresAt = new Date(Date.now() + 60_000).toISOString();
    const made = await hold(user.api, from, { amount: 40, expiresAt });
    expect((await capture(user.api, made.body.id, { destinationWalletId: to })).status).toBe(201);
    // At least once: the job may run late, or twice.
    await holds.expire(made.body.id);
    await holds.expire(made.body.id);
    expect(await statusOf(made.body.id)).toBe('CAPTURED');
    expect(await money(to)).toEqual({ balance: 4000n, reserved: 0n });
  });

  it('a capture racing a transfer that would overdraw: the transfer is declined, whichever is first', async () => {
    for (let round = 0; round < 3; round += 1) {
      const { user, from, to } = await owner('100');
      const made = await hold(user.api, from, { amount: 60 });
      const [captured, transfer] = await Promise.all([
        capture(user.api, made.body.id, { destinationWalletId: to }),
        user.api
          .post('/api/v1/wallets/transfer')
          .send({ sourceWalletId: from, destinationWalletId: to, amount: 50 }),
      ]);
      expect(captured.status).toBe(201);
      expectProblem(transfer, 422, 'INSUFFICIENT_FUNDS');
      expect(await money(from)).toEqual({ balance: 4000n, reserved: 0n });
      expect(await money(to)).toEqual({ balance: 6000n, reserved: 0n });
    }
  });
});

describe('expiry', () => {
  it('the durable queue expires a hold at its time and releases its money; the owner is told', async () => {
    const { user, from, to } = await owner('100');
    const r = await startReceiver();
    receivers.push(r);
    expect(
      (await user.api.post('/api/v1/webhook-endpoints').send({ url: r.url, events: ['hold.expired'] }))
        .status,
    ).toBe(201);
    const made = await hold(user.api, from, {
      amount: 70,
      expiresAt: new Date(Date.now() + 1_000).toISOString(),
    });
    expect(made.status).toBe(201);
    await within(30_000, async () => (await statusOf(made.body.id)) === 'EXPIRED', 'the hold expired');
    expect(await money(from)).toEqual({ balance: 10000n, reserved: 0n });
    const got = await user.api.get(`/api/v1/holds/${made.body.id}`);
    expect(got.body).toMatchObject({ status: 'EXPIRED', finishedAt: expect.any(String) });
    const [delivered] = (await r.waitFor(1)).map((d) => JSON.parse(d.body));
    expect(delivered).toMatchObject({ type: 'hold.expired', data: { id: made.body.id, status: 'EXPIRED' } });
    // Expired: the money is free, and the hold cannot be captured.
    expectProblem(await capture(user.api, made.body.id, { destinationWalletId: to }), 409, 'HOLD_NOT_ACTIVE');
    expect(
      (
        await user.api
          .post('/api/v1/wallets/transfer')
          .send({ sourceWalletId: from, destinationWalletId: to, amount: 100 })
      ).status,
    ).toBe(201);
  });

  it('a void after expiresAt, before the job ran, expires it (409)', async () => {
    const { user, from } = await owner('100');
    const expiresAt = new Date(Date.now() + 1_000).toISOString();
    const made = await hold(user.api, from, { amount: 70, expiresAt });
    await until(expiresAt);
    const voided = await user.api.post(`/api/v1/holds/${made.body.id}/void`);
    expectProblem(voided, 409, 'HOLD_NOT_ACTIVE');
    expect(voided.body.holdStatus).toBe('EXPIRED');
    expect(await statusOf(made.body.id)).toBe('EXPIRED');
    expect(await money(from)).toEqual({ balance: 10000n, reserved: 0n });
  });
});

describe('a capture a review rule matches', () => {
  it('is held for review like a transfer (202): the hold VOIDED, its money reserved throughout, replayed alike', async () => {
    const reviews = t.app.get(ReviewsService, { strict: false });
    const operator = await t.newUser();
    const { user, from } = await owner('100');
    const payee = await t.newUser();
    const theirs = await walletOf(payee.api);
    const made = await hold(user.api, from, { amount: 80, description: 'Deposit' });
    expect(made.status).toBe(201);
    await putReviewRules(t, operator.id, { singleAmountAbove: { USD: '50' } });
    let first: Awaited<ReturnType<typeof capture>>;
    let again: Awaited<ReturnType<typeof capture>>;
    try {
      first = await capture(
        user.api,
        made.body.id,
        { destinationWalletId: theirs, amount: 60 },
        'cap-review',
      );
      again = await capture(
        user.api,
        made.body.id,
        { destinationWalletId: theirs, amount: 60 },
        'cap-review',
      );
    } finally {
      await putReviewRules(t, operator.id, {});
    }
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({
      hold: { id: made.body.id, status: 'VOIDED', capturedAmount: 0 },
      transfer: {
        status: 'PENDING_REVIEW',
        sourceWalletId: from,
        destinationWalletId: theirs,
        amount: 60,
        description: 'Deposit',
        reasons: ['SINGLE_AMOUNT'],
      },
      sourceWallet: { id: from, balance: 100, availableBalance: 40 },
    });
    // The retry gets the same 202, and nothing more happens.
    expect(again.status).toBe(202);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    // Nothing posted: the hold's 80 released, the held transfer's 60 reserved, in one transaction.
    expect(await money(from)).toEqual({ balance: 10000n, reserved: 6000n });
    expect(await money(theirs)).toEqual({ balance: 0n, reserved: 0n });
    expect((await ledgerRows(from)).map((r) => r.type)).toEqual(['FUND']);
    const { rows } = await t.db.query('SELECT id, status FROM transfer_reviews WHERE source_wallet_id = $1', [
      from,
    ]);
    expect(rows).toEqual([{ id: first.body.transfer.id, status: 'PENDING' }]);
    expect(await statusOf(made.body.id)).toBe('VOIDED');
    // Released by staff, it is paid as a transfer of its own.
    await reviews.release({ userId: operator.id }, first.body.transfer.id);
    expect(await money(from)).toEqual({ balance: 4000n, reserved: 0n });
    expect(await money(theirs)).toEqual({ balance: 6000n, reserved: 0n });
    const report = await checkBooks(t.db, { mode: 'full', whenBusy: 'wait' });
    expect(report?.found).toEqual([]);
  });
});

describe('a hold whose expiry job was lost', () => {
  it('gets its job again once well past its expiry, and is expired once, its money released', async () => {
    const { user, from } = await owner('100');
    const expiresAt = new Date(Date.now() + 3_000).toISOString();
    const made = await hold(user.api, from, { amount: 70, expiresAt });
    expect(made.status).toBe(201);
    const sweeper = t.app.get(HoldSweeper);
    // Its job is there: nothing to do, even once it is long overdue.
    const muchLater = () => new Date(Date.now() + 3600_000);
    expect(await sweeper.sweep(muchLater())).toBe(0);
    // The job lost (retries ran out, or a restore from a logical backup carries no jobs).
    const lost = await t.db.query(
      "DELETE FROM pgboss.job WHERE name = 'hold-expiry' AND data->>'holdId' = $1",
      [made.body.id],
    );
    expect(lost.rowCount).toBe(1);
    await until(expiresAt);
    // Past its expiry but within the margin: the queue may still be on it, so it is left alone.
    expect(await sweeper.sweep()).toBe(0);
    expect(await statusOf(made.body.id)).toBe('ACTIVE');
    expect(await money(from)).toEqual({ balance: 10000n, reserved: 7000n });
    // Past the margin (the sweep's clock moved on): its job is sent again and expires it.
    expect(await sweeper.sweep(muchLater())).toBe(1);
    await within(30_000, async () => (await statusOf(made.body.id)) === 'EXPIRED', 'the hold expired');
    expect(await money(from)).toEqual({ balance: 10000n, reserved: 0n });
    expect(await sweeper.sweep(muchLater())).toBe(0);
    const { rows } = await t.db.query(
      "SELECT count(*)::int AS n FROM hold_events WHERE hold_id = $1 AND status = 'EXPIRED'",
      [made.body.id],
    );
    expect(rows[0].n).toBe(1);
  });
});

describe('the books', () => {
  it('every state of a hold is in hold_events, hash-chained; the check finds a hold or an event changed behind its back', async () => {
    const { user, from, to } = await owner('100');
    const made = await hold(user.api, from, { amount: 40 });
    expect((await capture(user.api, made.body.id, { destinationWalletId: to, amount: 15 })).status).toBe(201);
    const { rows } = await t.db.query('SELECT status FROM hold_events WHERE hold_id = $1 ORDER BY seq', [
      made.body.id,
    ]);
    expect(rows.map((row) => row.status)).toEqual(['ACTIVE', 'CAPTURED']);

    // The database refuses a second ending, a change of what was held, and any edit of the events.
    await expect(
      t.db.query("UPDATE holds SET status = 'VOIDED' WHERE id = $1", [made.body.id]),
    ).rejects.toThrow(/ends once/);
    await expect(
      t.db.query('UPDATE hold_events SET amount_minor = 1 WHERE hold_id = $1', [made.body.id]),
    ).rejects.toThrow(/append-only/);
    await expect(t.db.query('DELETE FROM holds WHERE id = $1', [made.body.id])).rejects.toThrow(
      /never deleted/,
    );

    // As the owner with the guards off: what only a tampered database could hold.
    await t.db.query('ALTER TABLE holds DISABLE TRIGGER holds_end_once');
    await t.db.query('ALTER TABLE holds DISABLE TRIGGER holds_record_event');
    await t.db.query('ALTER TABLE hold_events DISABLE TRIGGER hold_events_append_only');
    try {
      await t.db.query('UPDATE holds SET captured_minor = 1400 WHERE id = $1', [made.body.id]);
      let report = await checkBooks(t.db, { mode: 'full', whenBusy: 'wait' });
      expect(report?.found.map((f) => f.kind).sort()).toEqual(['HOLD_CAPTURE_UNMATCHED', 'HOLD_UNRECORDED']);
      await t.db.query('UPDATE holds SET captured_minor = 1500 WHERE id = $1', [made.body.id]);

      await t.db.query(
        "UPDATE hold_events SET description = 'edited' WHERE hold_id = $1 AND status = 'ACTIVE'",
        [made.body.id],
      );
      report = await checkBooks(t.db, { mode: 'full', whenBusy: 'wait' });
      expect(report?.found.map((f) => f.kind)).toEqual(['HOLD_HASH_MISMATCH', 'HOLD_UNRECORDED']);
      expect(report?.found[0]?.walletId).toBe(from);
      await t.db.query("UPDATE hold_events SET description = NULL WHERE hold_id = $1 AND status = 'ACTIVE'", [
        made.body.id,
      ]);
      report = await checkBooks(t.db, { mode: 'full', whenBusy: 'wait' });
      expect(report?.found).toEqual([]);
    } finally {
      await t.db.query('ALTER TABLE hold_events ENABLE TRIGGER hold_events_append_only');
      await t.db.query('ALTER TABLE holds ENABLE TRIGGER holds_record_event');
      await t.db.query('ALTER TABLE holds ENABLE TRIGGER holds_end_once');
    }
  });
});

/** The data of the `hold` event in `text` for hold `id` with `status`. */
function holdEventOf(text: string, id: string, status: string) {
  const frame = text
    .split('\n\n')
    .find(
      (f) =>
        f.startsWith('event: hold\n') && f.includes(`"id":"${id}"`) && f.includes(`"status":"${status}"`),
    );
  if (!frame) throw new Error(`no hold event for ${id} ${status}`);
  return JSON.parse(frame.slice(frame.indexOf('data: ') + 'data: '.length));
}

/** The user's live events, as raw text. */
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
