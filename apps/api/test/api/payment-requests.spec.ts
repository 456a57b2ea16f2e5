import http from 'node:http';
import fc from 'fast-check';
import { ReviewsService } from '../../src/reviews/reviews.service';
import type { TestApp } from '../support/app';
import { within } from '../support/poll';
import { expectProblem, MISSING_ID } from '../support/problems';
import { type Receiver, startReceiver } from '../support/receiver';
import { putReviewRules } from '../support/review-rules';
import { useTestApp } from '../support/suite';
import type { TestUser } from '../support/users';

/**
 * Payment requests end to end on a real database over real HTTP: asked (of a wallet, or by a link),
 * paid (one transfer, the request PAID in the same transaction; at most one payment ever), declined,
 * cancelled, expired (lazily, and by the durable job); who may see and do what; live events and
 * webhooks. The ledger's promises are checked after every test (useTestApp).
 */
const app = useTestApp({ env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', WEBHOOK_RETRY_DELAY_SECONDS: '1' } });

let t: TestApp;
const receivers: Receiver[] = [];
const streams: { close(): void }[] = [];
beforeAll(() => {
  t = app();
});
afterAll(async () => {
  for (const stream of streams) stream.close();
  await Promise.all(receivers.map((r) => r.close()));
});

type Agent = TestApp['http'];

async function walletOf(agent: Agent, currency = 'USD', fund?: string): Promise<string> {
  const created = await agent.post('/api/v1/wallets').send({ currency });
  expect(created.status).toBe(201);
  if (fund) {
    const funded = await agent.post(`/api/v1/wallets/${created.body.id}/fund`).send({ amount: fund });
    expect(funded.status).toBe(201);
  }
  return created.body.id;
}

/** A user with a display name and a USD wallet (funded with `fund` when given). */
async function person(name: string | null, fund?: string): Promise<{ user: TestUser; wallet: string }> {
  const user = await t.newUser();
  if (name) await t.db.query('UPDATE users SET display_name = $1 WHERE id = $2', [name, user.id]);
  return { user, wallet: await walletOf(user.api, 'USD', fund) };
}

async function balance(walletId: string): Promise<bigint> {
  const { rows } = await t.db.query('SELECT balance_minor::text AS b FROM wallets WHERE id = $1', [walletId]);
  return BigInt(rows[0].b);
}

async function requestRow(id: string) {
  const { rows } = await t.db.query('SELECT * FROM payment_requests WHERE id = $1', [id]);
  return rows[0];
}

const countRequests = async () =>
  Number((await t.db.query('SELECT count(*)::int AS n FROM payment_requests')).rows[0].n);

const successfulLegs = async (walletId: string) =>
  (
    await t.db.query(
      "SELECT * FROM transactions WHERE wallet_id = $1 AND status = 'SUCCESS' AND type = 'TRANSFER_IN'",
      [walletId],
    )
  ).rows;

function ask(agent: Agent, body: Record<string, unknown>, key?: string) {
  const req = agent.post('/api/v1/payment-requests');
  if (key) req.set('Idempotency-Key', key);
  return req.send(body);
}

function pay(agent: Agent, id: string, sourceWalletId: string, key?: string) {
  const req = agent.post(`/api/v1/payment-requests/${id}/pay`);
  if (key) req.set('Idempotency-Key', key);
  return req.send({ sourceWalletId });
}

describe('asking', () => {
  it('makes an OPEN link request with its payUrl, named by the display name, never an email', async () => {
    const a = await person('Ada L.');
    const made = await ask(a.user.api, { walletId: a.wallet, amount: '25.50', description: 'Tickets' });
    expect(made.status).toBe(201);
    expect(made.body).toEqual({
      id: expect.any(String),
      walletId: a.wallet,
      amount: 25.5,
      currency: 'USD',
      description: 'Tickets',
      status: 'OPEN',
      expiresAt: null,
      payUrl: expect.stringMatching(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/pay/${made.body.id}$`)),
      requester: { name: 'Ada L.' },
      payerWalletId: null,
      paidBy: null,
      transactionId: null,
      heldForReview: false,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(JSON.stringify(made.body)).not.toContain(a.user.email);
    expect((await requestRow(made.body.id)).amount_minor).toBe('2550');

    // Anyone signed in holding the id sees what paying needs, and no more.
    const stranger = await t.newUser();
    const seen = await stranger.api.get(`/api/v1/payment-requests/${made.body.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ amount: 25.5, requester: { name: 'Ada L.' }, status: 'OPEN' });
  });

  it('names no one when the requester chose no display name', async () => {
    const a = await person(null);
    const made = await ask(a.user.api, { walletId: a.wallet, amount: 5 });
    expect(made.status).toBe(201);
    expect(made.body.requester).toEqual({ name: null });
    expect(JSON.stringify(made.body)).not.toContain(a.user.email);
  });

  it('replays the same Idempotency-Key: one request, the same answer', async () => {
    const a = await person('Key');
    const before = await countRequests();
    const body = { walletId: a.wallet, amount: '10', description: 'Once' };
    const [first, second] = await Promise.all([
      ask(a.user.api, body, 'ask-1'),
      ask(a.user.api, body, 'ask-1'),
    ]);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.id).toBe(first.body.id);
    expect(await countRequests()).toBe(before + 1);
    const other = await ask(a.user.api, { ...body, amount: '11' }, 'ask-1');
    expectProblem(other, 422, 'IDEMPOTENCY_KEY_REUSED');
  });

  it('replays a creation whose expiry has since passed (the first answer lost): no second request', async () => {
    const a = await person('Late');
    const before = await countRequests();
    const expiresAt = new Date(Date.now() + 1_500).toISOString();
    const body = { walletId: a.wallet, amount: '3', expiresAt };
    const first = await ask(a.user.api, body, 'ask-late');
    expect(first.status).toBe(201);
    await within(5_000, () => Date.now() > Date.parse(expiresAt) + 100, 'the expiry to pass');
    // Sent anew, the same request is refused now...
    expectProblem(await ask(a.user.api, body), 400, 'VALIDATION_FAILED');
    // ...but the retry with the key gets the stored answer.
    const again = await ask(a.user.api, body, 'ask-late');
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    expect(await countRequests()).toBe(before + 1);
  });

  it('refuses a first request already expired with 400 and keeps no answer under its key', async () => {
    const a = await person('Early');
    const past = await ask(
      a.user.api,
      { walletId: a.wallet, amount: '3', expiresAt: '2020-01-01T00:00:00Z' },
      'ask-past',
    );
    expectProblem(past, 400, 'VALIDATION_FAILED');
    expect(past.body.errors).toEqual([{ field: 'expiresAt', message: 'must be in the future' }]);
    const corrected = await ask(a.user.api, { walletId: a.wallet, amount: '3' }, 'ask-past');
    expect(corrected.status).toBe(201);
    expect(corrected.headers['idempotent-replayed']).toBeUndefined();
  });

  it('asks a named wallet, whose owner sees it in their list; others get 404', async () => {
    const a = await person('Asker');
    const b = await person('Payer');
    const made = await ask(a.user.api, { walletId: a.wallet, amount: '7', payerWalletId: b.wallet });
    expect(made.status).toBe(201);
    expect(made.body.payerWalletId).toBe(b.wallet);

    const list = await b.user.api.get('/api/v1/payment-requests?role=payer&status=OPEN');
    expect(list.status).toBe(200);
    expect(list.body.data.map((r: { id: string }) => r.id)).toEqual([made.body.id]);
    expect((await b.user.api.get('/api/v1/payment-requests?role=requester')).body.data).toEqual([]);
    expect((await a.user.api.get('/api/v1/payment-requests?role=requester')).body.data[0].id).toBe(
      made.body.id,
    );

    const stranger = await t.newUser();
    expectProblem(await stranger.api.get(`/api/v1/payment-requests/${made.body.id}`), 404, 'NOT_FOUND');
    expectProblem(
      await pay(stranger.api, made.body.id, await walletOf(stranger.api, 'USD', '10')),
      404,
      'NOT_FOUND',
    );
    expectProblem(await a.user.api.get(`/api/v1/payment-requests/${MISSING_ID}`), 404, 'NOT_FOUND');
  });

  it('pages the list newest first with a cursor', async () => {
    const a = await person('Pager');
    const ids: string[] = [];
    for (const amount of ['1', '2', '3'])
      ids.push((await ask(a.user.api, { walletId: a.wallet, amount })).body.id);
    const first = await a.user.api.get('/api/v1/payment-requests?limit=2');
    expect(first.body.data.map((r: { id: string }) => r.id)).toEqual([ids[2], ids[1]]);
    const second = await a.user.api.get(`/api/v1/payment-requests?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.data.map((r: { id: string }) => r.id)).toEqual([ids[0]]);
    expect(second.body.nextCursor).toBeNull();
  });

  it('refuses bad input with 400 (or 404/422) and makes nothing', async () => {
    const a = await person('Strict');
    const b = await person('Other');
    const eur = await walletOf(b.user.api, 'EUR');
    const before = await countRequests();
    const cases: [Record<string, unknown>, number, string][] = [
      [{ walletId: a.wallet, amount: '1.001' }, 400, 'VALIDATION_FAILED'],
      [{ walletId: a.wallet, amount: '-1' }, 400, 'VALIDATION_FAILED'],
      [{ walletId: a.wallet, amount: 'ten' }, 400, 'VALIDATION_FAILED'],
      [{ walletId: a.wallet }, 400, 'VALIDATION_FAILED'],
      [{ walletId: 'nope', amount: '1' }, 400, 'VALIDATION_FAILED'],
      [{ walletId: a.wallet, amount: '1', expiresAt: 'tomorrow' }, 400, 'VALIDATION_FAILED'],
      [{ walletId: a.wallet, amount: '1', expiresAt: '2020-01-01T00:00:00Z' }, 400, 'VALIDATION_FAILED'],
      [{ walletId: a.wallet, amount: '1', expiresAt: 12 }, 400, 'VALIDATION_FAILED'],
      [{ walletId: a.wallet, amount: '1', description: '' }, 400, 'VALIDATION_FAILED'],
      [{ walletId: a.wallet, amount: '1', payerWalletId: a.wallet }, 400, 'SAME_WALLET_TRANSFER'],
      [{ walletId: b.wallet, amount: '1' }, 404, 'WALLET_NOT_FOUND'],
      [{ walletId: a.wallet, amount: '1', payerWalletId: MISSING_ID }, 404, 'WALLET_NOT_FOUND'],
      [{ walletId: a.wallet, amount: '1', payerWalletId: eur }, 422, 'CURRENCY_MISMATCH'],
    ];
    for (const [body, status, code] of cases) expectProblem(await ask(a.user.api, body), status, code);
    expectProblem(await a.user.api.get('/api/v1/payment-requests?role=boss'), 400, 'VALIDATION_FAILED');
    expectProblem(await a.user.api.get('/api/v1/payment-requests/not-a-uuid'), 400, 'VALIDATION_FAILED');
    expect(await countRequests()).toBe(before);
  });
});

describe('paying', () => {
  it('moves the amount once, with the memo on both legs, and both see PAID', async () => {
    const a = await person('Payee');
    const b = await person('Bea', '100');
    const made = (await ask(a.user.api, { walletId: a.wallet, amount: '30', description: 'Dinner' })).body;

    const paid = await pay(b.user.api, made.id, b.wallet, 'pay-1');
    expect(paid.status).toBe(201);
    expect(paid.body.paymentRequest).toMatchObject({ id: made.id, status: 'PAID', paidBy: { name: 'Bea' } });
    expect(paid.body.transactions).toHaveLength(1);
    expect(paid.body.transactions[0]).toMatchObject({
      type: 'TRANSFER_OUT',
      amount: 30,
      description: 'Dinner',
    });
    expect(paid.body.paymentRequest.transactionId).toBe(paid.body.transactions[0].id);

    const replay = await pay(b.user.api, made.id, b.wallet, 'pay-1');
    expect(replay.status).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(await balance(a.wallet)).toBe(3000n);
    expect(await balance(b.wallet)).toBe(7000n);

    const asRequester = (await a.user.api.get(`/api/v1/payment-requests/${made.id}`)).body;
    const [leg] = await successfulLegs(a.wallet);
    expect(asRequester).toMatchObject({ status: 'PAID', paidBy: { name: 'Bea' }, transactionId: leg.id });
    expect(leg.description).toBe('Dinner');

    const again = await pay(b.user.api, made.id, b.wallet);
    expectProblem(again, 409, 'PAYMENT_REQUEST_NOT_OPEN');
    expect(again.body.paymentRequestStatus).toBe('PAID');
    expect(await balance(b.wallet)).toBe(7000n);
  });

  it('refuses paying from the wallet it pays into (400), and a decline leaves it OPEN', async () => {
    const a = await person('Self', '5');
    const made = (await ask(a.user.api, { walletId: a.wallet, amount: '10' })).body;
    expectProblem(await pay(a.user.api, made.id, a.wallet), 400, 'SAME_WALLET_TRANSFER');

    const b = await person('Poor', '5');
    const short = await pay(b.user.api, made.id, b.wallet);
    expectProblem(short, 422, 'INSUFFICIENT_FUNDS');
    expect((await requestRow(made.id)).status).toBe('OPEN');
    expect(await balance(b.wallet)).toBe(500n);

    const eur = await walletOf(b.user.api, 'EUR', '50');
    expectProblem(await pay(b.user.api, made.id, eur), 422, 'CURRENCY_MISMATCH');
    expectProblem(await pay(b.user.api, made.id, await walletOf(a.user.api)), 404, 'WALLET_NOT_FOUND');
    expectProblem(
      await b.user.api.post(`/api/v1/payment-requests/${made.id}/pay`).send({}),
      400,
      'VALIDATION_FAILED',
    );
    expect((await requestRow(made.id)).status).toBe('OPEN');
    // The requester may pay their own link request from another of their wallets.
    const other = await walletOf(a.user.api, 'USD', '10');
    expect((await pay(a.user.api, made.id, other)).status).toBe(201);
  });

  it('two payers at once: exactly one pays, the other is 409, the books exact', async () => {
    const a = await person('Racer');
    const b = await person('B', '100');
    const c = await person('C', '100');
    const made = (await ask(a.user.api, { walletId: a.wallet, amount: '40' })).body;
    const answers = await Promise.all([
      pay(b.user.api, made.id, b.wallet),
      pay(c.user.api, made.id, c.wallet),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await successfulLegs(a.wallet)).toHaveLength(1);
    expect(await balance(a.wallet)).toBe(4000n);
    expect((await balance(b.wallet)) + (await balance(c.wallet))).toBe(16000n);
  });

  it('the same payer twice at once with one key: one payment', async () => {
    const a = await person('Twice');
    const b = await person('B', '100');
    const made = (await ask(a.user.api, { walletId: a.wallet, amount: '12' })).body;
    const answers = await Promise.all([
      pay(b.user.api, made.id, b.wallet, 'same'),
      pay(b.user.api, made.id, b.wallet, 'same'),
    ]);
    expect(answers.map((r) => r.status)).toEqual([201, 201]);
    expect(await successfulLegs(a.wallet)).toHaveLength(1);
    expect(await balance(b.wallet)).toBe(8800n);
  });

  it('a payment racing a cancel: one of them wins, and the money follows it', async () => {
    const a = await person('Canceller');
    const b = await person('B', '100');
    const made = (await ask(a.user.api, { walletId: a.wallet, amount: '25' })).body;
    const [paid, cancelled] = await Promise.all([
      pay(b.user.api, made.id, b.wallet),
      a.user.api.post(`/api/v1/payment-requests/${made.id}/cancel`),
    ]);
    const status = (await requestRow(made.id)).status;
    if (status === 'PAID') {
      expect([paid.status, cancelled.status]).toEqual([201, 409]);
      expect(await balance(a.wallet)).toBe(2500n);
    } else {
      expect(status).toBe('CANCELLED');
      expect([paid.status, cancelled.status]).toEqual([409, 200]);
      expect(await balance(a.wallet)).toBe(0n);
      expect(await balance(b.wallet)).toBe(10000n);
    }
  });
});

describe('declining and cancelling', () => {
  it('lets only the payer asked decline, only the requester cancel', async () => {
    const a = await person('Req');
    const b = await person('Pay', '50');
    const named = (await ask(a.user.api, { walletId: a.wallet, amount: '5', payerWalletId: b.wallet })).body;
    const link = (await ask(a.user.api, { walletId: a.wallet, amount: '5' })).body;

    expectProblem(await a.user.api.post(`/api/v1/payment-requests/${named.id}/decline`), 403, 'FORBIDDEN');
    expectProblem(await pay(a.user.api, named.id, await walletOf(a.user.api, 'USD', '10')), 403, 'FORBIDDEN');
    expectProblem(await b.user.api.post(`/api/v1/payment-requests/${named.id}/cancel`), 403, 'FORBIDDEN');
    expectProblem(await b.user.api.post(`/api/v1/payment-requests/${link.id}/decline`), 403, 'FORBIDDEN');
    expectProblem(await b.user.api.post(`/api/v1/payment-requests/${link.id}/cancel`), 403, 'FORBIDDEN');
    const stranger = await t.newUser();
    expectProblem(await stranger.api.post(`/api/v1/payment-requests/${named.id}/decline`), 404, 'NOT_FOUND');

    const declined = await b.user.api.post(`/api/v1/payment-requests/${named.id}/decline`);
    expect(declined.status).toBe(200);
    expect(declined.body.status).toBe('DECLINED');
    expectProblem(await pay(b.user.api, named.id, b.wallet), 409, 'PAYMENT_REQUEST_NOT_OPEN');
    expectProblem(
      await a.user.api.post(`/api/v1/payment-requests/${named.id}/cancel`),
      409,
      'PAYMENT_REQUEST_NOT_OPEN',
    );

    const cancelled = await a.user.api.post(`/api/v1/payment-requests/${link.id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('CANCELLED');
    const late = await pay(b.user.api, link.id, b.wallet);
    expectProblem(late, 409, 'PAYMENT_REQUEST_NOT_OPEN');
    expect(late.body.paymentRequestStatus).toBe('CANCELLED');
    expect(await balance(b.wallet)).toBe(5000n);
  });

  it('a final state never changes, even in SQL', async () => {
    const a = await person('Final');
    const made = (await ask(a.user.api, { walletId: a.wallet, amount: '5' })).body;
    await a.user.api.post(`/api/v1/payment-requests/${made.id}/cancel`).expect(200);
    await expect(
      t.db.query("UPDATE payment_requests SET status = 'OPEN' WHERE id = $1", [made.id]),
    ).rejects.toThrow(/final state never changes/);
    await expect(t.db.query('DELETE FROM payment_requests WHERE id = $1', [made.id])).rejects.toThrow(
      /never deleted/,
    );
  });
});

describe('expiry', () => {
  it('reads an expired request as EXPIRED, and paying it is 409 and marks it', async () => {
    const a = await person('Late');
    const b = await person('B', '50');
    const id = '6f1d4c2a-0000-4000-8000-00000000e001';
    await t.db.query(
      `INSERT INTO payment_requests (id, requester_id, wallet_id, amount_minor, currency, expires_at)
       VALUES ($1, $2, $3, 500, 'USD', now() - interval '1 minute')`,
      [id, a.user.id, a.wallet],
    );
    expect((await b.user.api.get(`/api/v1/payment-requests/${id}`)).body.status).toBe('EXPIRED');
    expect((await a.user.api.get('/api/v1/payment-requests?status=EXPIRED')).body.data[0].id).toBe(id);
    expect((await a.user.api.get('/api/v1/payment-requests?status=OPEN')).body.data).toEqual([]);

    const late = await pay(b.user.api, id, b.wallet, 'late');
    expectProblem(late, 409, 'PAYMENT_REQUEST_NOT_OPEN');
    expect(late.body.paymentRequestStatus).toBe('EXPIRED');
    expect((await requestRow(id)).status).toBe('EXPIRED');
    expect(await balance(b.wallet)).toBe(5000n);
  });

  it('expires through the durable queue at its time, and tells the requester by webhook', async () => {
    const a = await person('Waiter');
    const r = await startReceiver();
    receivers.push(r);
    const events = ['payment_request.expired'];
    expect((await a.user.api.post('/api/v1/webhook-endpoints').send({ url: r.url, events })).status).toBe(
      201,
    );
    const expiresAt = new Date(Date.now() + 2_000).toISOString();
    const made = (await ask(a.user.api, { walletId: a.wallet, amount: '3', expiresAt })).body;
    expect(made.expiresAt).toBe(expiresAt);
    await within(20_000, async () => (await requestRow(made.id)).status === 'EXPIRED', 'the expiry job');
    const [delivery] = await r.waitFor(1);
    const body = JSON.parse(delivery?.body ?? '{}');
    expect(body).toMatchObject({ type: 'payment_request.expired', data: { id: made.id, status: 'EXPIRED' } });
  }, 30_000);
});

describe('review holds', () => {
  it('a held payment keeps the request OPEN and closed to others; released, it is PAID', async () => {
    const reviews = t.app.get(ReviewsService, { strict: false });
    const operator = await t.newUser();
    const rules = (extra: Record<string, unknown>) => putReviewRules(t, operator.id, extra);
    const a = await person('Held');
    const b = await person('B', '100');
    const c = await person('C', '100');
    const r = await startReceiver();
    receivers.push(r);
    const events = ['payment_request.paid'];
    expect((await a.user.api.post('/api/v1/webhook-endpoints').send({ url: r.url, events })).status).toBe(
      201,
    );
    const made = (await ask(a.user.api, { walletId: a.wallet, amount: '60' })).body;
    await rules({ singleAmountAbove: { USD: 50 } });
    try {
      const held = await pay(b.user.api, made.id, b.wallet);
      expect(held.status).toBe(201);
      expect(held.body.paymentRequest).toMatchObject({ status: 'OPEN', heldForReview: true });
      expect(held.body.transactions).toEqual([]);
      expectProblem(await pay(c.user.api, made.id, c.wallet), 409, 'PAYMENT_REQUEST_NOT_OPEN');
      expectProblem(
        await a.user.api.post(`/api/v1/payment-requests/${made.id}/cancel`),
        409,
        'PAYMENT_REQUEST_NOT_OPEN',
      );
      const reviewId = (await requestRow(made.id)).review_id;
      await reviews.release({ userId: operator.id }, reviewId);
      const now = (await a.user.api.get(`/api/v1/payment-requests/${made.id}`)).body;
      const [leg] = await successfulLegs(a.wallet);
      expect(now).toMatchObject({ status: 'PAID', heldForReview: false, transactionId: leg.id });
      expect(await balance(a.wallet)).toBe(6000n);
      // Released later, it is still announced as paid, once.
      const [paid] = (await r.waitFor(1)).map((d) => JSON.parse(d.body));
      expect(paid).toMatchObject({ type: 'payment_request.paid', data: { id: made.id, status: 'PAID' } });
      expect(paid.data.transactionId).toBe(leg.id);

      // Rejected, a held payment leaves the request OPEN, to be paid again.
      const second = (await ask(a.user.api, { walletId: a.wallet, amount: '70' })).body;
      await pay(c.user.api, second.id, c.wallet).expect(201);
      await reviews.reject({ userId: operator.id }, (await requestRow(second.id)).review_id, 'no');
      expect((await b.user.api.get(`/api/v1/payment-requests/${second.id}`)).body).toMatchObject({
        status: 'OPEN',
        heldForReview: false,
      });
      expect(await balance(c.wallet)).toBe(10000n);
    } finally {
      await rules({
        newCounterpartyAbove: { USD: 10000, EUR: 10000, GBP: 10000 },
        singleAmountAbove: { USD: 100000, EUR: 100000, GBP: 100000 },
      });
    }
  });
});

describe('live events and webhooks', () => {
  it('tells the requester and the payer asked, live and by webhook, as each sees it', async () => {
    const a = await person('Live A');
    const b = await person('Live B', '100');
    const ra = await startReceiver();
    const rb = await startReceiver();
    receivers.push(ra, rb);
    const events = ['payment_request.created', 'payment_request.paid'];
    for (const [user, r] of [
      [a.user, ra],
      [b.user, rb],
    ] as const) {
      expect((await user.api.post('/api/v1/webhook-endpoints').send({ url: r.url, events })).status).toBe(
        201,
      );
    }
    const liveA = await openEvents(a.user);
    const liveB = await openEvents(b.user);

    const made = (await ask(a.user.api, { walletId: a.wallet, amount: '9', payerWalletId: b.wallet })).body;
    await within(
      10_000,
      () => requestEvents(liveB.text(), made.id).some((e) => e.status === 'OPEN'),
      'B hears of it',
    );
    expect(requestEvents(liveB.text(), made.id)[0]).toMatchObject({
      requester: { name: 'Live A' },
      amount: 9,
    });

    await pay(b.user.api, made.id, b.wallet).expect(201);
    await within(
      10_000,
      () => requestEvents(liveA.text(), made.id).some((e) => e.status === 'PAID'),
      'A hears it paid',
    );
    const paidForA = requestEvents(liveA.text(), made.id).find((e) => e.status === 'PAID');
    expect(paidForA).toMatchObject({
      paidBy: { name: 'Live B' },
      transactionId: (await successfulLegs(a.wallet))[0].id,
    });

    const forA = (await ra.waitFor(2)).map((d) => JSON.parse(d.body));
    const forB = (await rb.waitFor(2)).map((d) => JSON.parse(d.body));
    expect(forA.map((e) => [e.type, e.data.status]).sort()).toEqual([
      ['payment_request.created', 'OPEN'],
      ['payment_request.paid', 'PAID'],
    ]);
    expect(forB.map((e) => [e.type, e.data.status]).sort()).toEqual([
      ['payment_request.created', 'OPEN'],
      ['payment_request.paid', 'PAID'],
    ]);
    const paidForB = forB.find((e) => e.type === 'payment_request.paid');
    const [out] = (
      await t.db.query("SELECT id FROM transactions WHERE wallet_id = $1 AND type = 'TRANSFER_OUT'", [
        b.wallet,
      ])
    ).rows;
    expect(paidForB.data.transactionId).toBe(out.id);
    expect(JSON.stringify([...forA, ...forB])).not.toMatch(/@example\.com/);
  }, 30_000);
});

describe('odd input', () => {
  it('never answers 5xx: every refusal is problem+json, and at most one payment lands', async () => {
    const a = await person('Fuzz', '100');
    const b = await person('Fuzzed');
    const open = (await ask(b.user.api, { walletId: b.wallet, amount: '1' })).body;
    const odd = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string(), { maxLength: 2 }),
      fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
      fc.constantFrom(a.wallet, b.wallet, MISSING_ID, '1e3', '0.001', '-5', '10', '__proto__', '2999-01-01'),
    );
    const keys = { requiredKeys: [] as never[] };
    const expectRefusalOrDone = (res: { status: number; headers: Record<string, string> }) => {
      expect(res.status).toBeLessThan(500);
      if (res.status >= 400) expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    };
    await fc.assert(
      fc.asyncProperty(
        fc.record({ walletId: odd, amount: odd, description: odd, expiresAt: odd, payerWalletId: odd }, keys),
        fc.record({ sourceWalletId: odd }, keys),
        async (body, payBody) => {
          expectRefusalOrDone(await ask(a.user.api, body));
          expectRefusalOrDone(await a.user.api.post(`/api/v1/payment-requests/${open.id}/pay`).send(payBody));
        },
      ),
      { numRuns: 150 },
    );
    expect((await successfulLegs(b.wallet)).length).toBeLessThanOrEqual(1);
    expect((await balance(a.wallet)) + (await balance(b.wallet))).toBe(10000n);
  }, 60_000);
});

/** The `payment_request` events of one request in a raw event stream, oldest first. */
function requestEvents(text: string, id: string): Record<string, unknown>[] {
  return text
    .split('\n\n')
    .filter((frame) => frame.startsWith('event: payment_request\n'))
    .map((frame) => JSON.parse(frame.slice(frame.indexOf('data: ') + 'data: '.length)))
    .filter((data) => data.id === id);
}

/** A user's live events, as raw text. */
function openEvents(user: TestUser): Promise<{ text(): string; close(): void }> {
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
        const stream = { text: () => body, close: () => req.destroy() };
        streams.push(stream);
        resolve(stream);
      },
    );
    req.on('error', reject);
  });
}
