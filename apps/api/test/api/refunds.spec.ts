import type { TestApp } from '../support/app';
import { expectProblem, MISSING_ID } from '../support/problems';
import { useTestApp } from '../support/suite';
import type { TestUser } from '../support/users';
import { newWallet } from '../support/wallets';

const testApp = useTestApp();
let t: TestApp;
let bob: TestUser;
beforeAll(async () => {
  t = testApp();
  bob = await t.newUser();
});

interface Sent {
  aliceWallet: string;
  bobWallet: string;
  out: { id: string; transferId: string };
  incoming: { id: string; transferId: string };
}

/** Alice (the test's main user) sends `amount` USD to a new wallet of Bob's; returns both legs. */
async function aliceSendsBob(amount: number, fund = 100): Promise<Sent> {
  const alice = await newWallet(t, 'USD', fund);
  const bobWallet = (await t.asUser(bob).post('/api/v1/wallets').send({})).body.id as string;
  const sent = await t.http
    .post('/api/v1/wallets/transfer')
    .send({ sourceWalletId: alice.id, destinationWalletId: bobWallet, amount, description: 'Lunch' });
  expect(sent.status).toBe(201);
  const incoming = (await t.asUser(bob).get(`/api/v1/wallets/${bobWallet}/transactions`)).body.data[0];
  return { aliceWallet: alice.id, bobWallet, out: sent.body.transactions[0], incoming };
}

const refund = (as: ReturnType<TestApp['asUser']>, id: string, body?: object, key?: string) => {
  const req = as.post(`/api/v1/transactions/${id}/refund`);
  if (key) req.set('Idempotency-Key', key);
  return body === undefined ? req : req.send(body);
};
const balance = async (as: ReturnType<TestApp['asUser']>, id: string) =>
  (await as.get(`/api/v1/wallets/${id}`)).body.balance as number;

describe('POST /api/v1/transactions/:id/refund', () => {
  it('sends part back, then the rest, linked to the original and visible to both sides', async () => {
    const s = await aliceSendsBob(30);
    const part = await refund(t.asUser(bob), s.incoming.id, { amount: '10.50', description: 'Half back' });
    expect(part.status).toBe(201);
    // Alice's wallet is not Bob's and he never had its id: he sees no wallet, and only his own leg.
    expect(part.body.destinationWallet).toBeNull();
    expect(part.text).not.toContain(s.aliceWallet);
    expect(part.body.sourceWallet).toMatchObject({ id: s.bobWallet, balance: 19.5 });
    expect(part.body.transactions).toHaveLength(1);
    expect(part.body.transactions[0]).toMatchObject({
      type: 'TRANSFER_OUT',
      amount: 10.5,
      refundOf: s.incoming.transferId,
      description: 'Half back',
      refundedAmount: null,
    });
    expect(part.body.transactions[0].transferId).not.toBe(s.incoming.transferId);

    const rest = await refund(t.asUser(bob), s.incoming.id);
    expect(rest.status).toBe(201);
    expect(rest.body.transactions[0]).toMatchObject({ amount: 19.5, refundOf: s.incoming.transferId });

    expect(await balance(t.asUser(bob), s.bobWallet)).toBe(0);
    expect(await balance(t.http, s.aliceWallet)).toBe(100);
    const aliceSees = (await t.http.get(`/api/v1/wallets/${s.aliceWallet}/transactions`)).body.data;
    expect(aliceSees.slice(0, 2)).toMatchObject([
      { type: 'TRANSFER_IN', amount: 19.5, refundOf: s.incoming.transferId, description: null },
      { type: 'TRANSFER_IN', amount: 10.5, refundOf: s.incoming.transferId, description: 'Half back' },
    ]);
    expect(aliceSees[2]).toMatchObject({ id: s.out.id, refundedAmount: 30, refundOf: null });
    const bobSees = await t.asUser(bob).get(`/api/v1/transactions/${s.incoming.id}`);
    expect(bobSees.body).toMatchObject({ refundedAmount: 30, description: 'Lunch' });
  });

  it('refuses more than is left, and anything once all is refunded', async () => {
    const s = await aliceSendsBob(30);
    expect((await refund(t.asUser(bob), s.incoming.id, { amount: 10 })).status).toBe(201);
    const over = await refund(t.asUser(bob), s.incoming.id, { amount: '20.01' });
    expectProblem(over, 422, 'REFUND_EXCEEDS_REMAINING');
    expect(over.body.remaining).toBe(20);
    expect((await refund(t.asUser(bob), s.incoming.id, { amount: 20 })).status).toBe(201);
    const again = await refund(t.asUser(bob), s.incoming.id);
    expectProblem(again, 422, 'REFUND_EXCEEDS_REMAINING');
    expect(again.body.remaining).toBe(0);
    expect(await balance(t.asUser(bob), s.bobWallet)).toBe(0);
  });

  it('refuses a FUND, an outgoing leg, a refund and a FAILED attempt as NOT_REFUNDABLE', async () => {
    const s = await aliceSendsBob(5);
    const funded = await t.http.post(`/api/v1/wallets/${s.aliceWallet}/fund`).send({ amount: 1 });
    expectProblem(await refund(t.http, funded.body.transaction.id), 422, 'NOT_REFUNDABLE');
    expectProblem(await refund(t.http, s.out.id), 422, 'NOT_REFUNDABLE');
    await refund(t.asUser(bob), s.incoming.id, { amount: 1 });
    const back = (await t.http.get(`/api/v1/wallets/${s.aliceWallet}/transactions?type=TRANSFER_IN`)).body
      .data[0];
    expectProblem(await refund(t.http, back.id), 422, 'NOT_REFUNDABLE');
    const failed = await t.http
      .post('/api/v1/wallets/transfer')
      .send({ sourceWalletId: s.aliceWallet, destinationWalletId: s.bobWallet, amount: 1000 });
    expectProblem(await refund(t.http, failed.body.transactionId), 422, 'NOT_REFUNDABLE');
  });

  it("answers 404 for another user's transaction and for none at all", async () => {
    const s = await aliceSendsBob(5);
    expectProblem(await refund(t.http, s.incoming.id), 404, 'TRANSACTION_NOT_FOUND');
    expectProblem(await refund(t.http, MISSING_ID), 404, 'TRANSACTION_NOT_FOUND');
    expect(await balance(t.asUser(bob), s.bobWallet)).toBe(5);
  });

  it('declines with INSUFFICIENT_FUNDS once the receiver has spent it, recorded as a FAILED refund', async () => {
    const s = await aliceSendsBob(20);
    const elsewhere = (await t.asUser(bob).post('/api/v1/wallets').send({})).body.id;
    await t
      .asUser(bob)
      .post('/api/v1/wallets/transfer')
      .send({ sourceWalletId: s.bobWallet, destinationWalletId: elsewhere, amount: 15 });
    const res = await refund(t.asUser(bob), s.incoming.id);
    expectProblem(res, 422, 'INSUFFICIENT_FUNDS');
    const failed = await t.asUser(bob).get(`/api/v1/transactions/${res.body.transactionId}`);
    expect(failed.body).toMatchObject({
      status: 'FAILED',
      type: 'TRANSFER_OUT',
      refundOf: s.incoming.transferId,
    });
    // A declined attempt refunds nothing: all of it is still left.
    expect((await refund(t.asUser(bob), s.incoming.id, { amount: 5 })).status).toBe(201);
  });

  it('refuses a bad amount or field with 400 and moves nothing', async () => {
    const s = await aliceSendsBob(5);
    for (const body of [
      { amount: '0.001' },
      { amount: 0 },
      { amount: '1e1' },
      { note: 'x' },
      { reference: 'a b' },
    ]) {
      expectProblem(await refund(t.asUser(bob), s.incoming.id, body), 400, 'VALIDATION_FAILED');
    }
    expect(await balance(t.asUser(bob), s.bobWallet)).toBe(5);
  });

  it('replays with the same Idempotency-Key and refuses the key for another refund', async () => {
    const s = await aliceSendsBob(10);
    const first = await refund(t.asUser(bob), s.incoming.id, { amount: 2 }, 'refund-key-1');
    const replay = await refund(t.asUser(bob), s.incoming.id, { amount: '2.00' }, 'refund-key-1');
    expect(replay.status).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toEqual(first.body);
    expectProblem(
      await refund(t.asUser(bob), s.incoming.id, { amount: 3 }, 'refund-key-1'),
      422,
      'IDEMPOTENCY_KEY_REUSED',
    );
    expectProblem(
      await refund(t.asUser(bob), s.incoming.id, {}, 'refund-key-1'),
      422,
      'IDEMPOTENCY_KEY_REUSED',
    );
    expect(await balance(t.asUser(bob), s.bobWallet)).toBe(8);
  });

  it("replays an answer stored before refunds hid the payer without the payer's wallet id", async () => {
    const s = await aliceSendsBob(10);
    const first = await refund(t.asUser(bob), s.incoming.id, { amount: 4 }, 'refund-old-answer');
    expect(first.status).toBe(201);
    // What the version before stored for this refund: a transfer's answer, naming Alice's wallet twice.
    const [leg] = first.body.transactions;
    const oldStyle = {
      ...first.body,
      destinationWallet: { id: s.aliceWallet, currency: 'USD' },
      transactions: [{ ...leg, destinationWalletId: s.aliceWallet }],
    };
    const updated = await t.db.query(
      "UPDATE idempotency_keys SET response_body = $1::json WHERE key = 'refund-old-answer' RETURNING response_body::text",
      [JSON.stringify(oldStyle)],
    );
    expect(updated.rows).toHaveLength(1);
    expect(updated.rows[0].response_body).toContain(s.aliceWallet);

    const replay = await refund(t.asUser(bob), s.incoming.id, { amount: 4 }, 'refund-old-answer');
    expect(replay.status).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.text).not.toContain(s.aliceWallet);
    expect(replay.body).toEqual(first.body);
    expect(replay.body.destinationWallet).toBeNull();
    expect(replay.body.transactions).toEqual([{ ...leg, destinationWalletId: null }]);
    expect(await balance(t.asUser(bob), s.bobWallet)).toBe(6);
  });

  it('replays a refund between two wallets of one user whole', async () => {
    const mine = await newWallet(t, 'USD', 50);
    const other = (await t.http.post('/api/v1/wallets').send({})).body.id as string;
    const sent = await t.http
      .post('/api/v1/wallets/transfer')
      .send({ sourceWalletId: mine.id, destinationWalletId: other, amount: 20 });
    const incoming = sent.body.transactions.find((row: { type: string }) => row.type === 'TRANSFER_IN');
    const first = await refund(t.http, incoming.id, { amount: 5 }, 'refund-own-wallets');
    expect(first.status).toBe(201);
    expect(first.body.destinationWallet).toMatchObject({ id: mine.id, balance: 35 });
    expect(first.body.transactions).toHaveLength(2);
    const replay = await refund(t.http, incoming.id, { amount: 5 }, 'refund-own-wallets');
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toEqual(first.body);
  });

  it('never refunds more than the original under parallel requests', async () => {
    const s = await aliceSendsBob(30);
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => refund(t.asUser(bob), s.incoming.id, { amount: 10 })),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([201, 201, 201, 422, 422, 422]);
    for (const a of answers.filter((x) => x.status === 422))
      expect(a.body.code).toBe('REFUND_EXCEEDS_REMAINING');
    expect(await balance(t.asUser(bob), s.bobWallet)).toBe(0);
    expect(await balance(t.http, s.aliceWallet)).toBe(100);
  });

  it('lets parallel refunds and opposite transfers on the same wallets finish without deadlock', async () => {
    const s = await aliceSendsBob(50);
    const results = await Promise.all([
      ...Array.from({ length: 4 }, () => refund(t.asUser(bob), s.incoming.id, { amount: 5 })),
      ...Array.from({ length: 4 }, () =>
        t.http
          .post('/api/v1/wallets/transfer')
          .send({ sourceWalletId: s.aliceWallet, destinationWalletId: s.bobWallet, amount: 1 }),
      ),
    ]);
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(201));
    expect(await balance(t.asUser(bob), s.bobWallet)).toBe(34);
  });
});
