import request from 'supertest';
import type { TestApp } from '../support/app';
import { within } from '../support/poll';
import { expectProblem } from '../support/problems';
import { putReviewRules } from '../support/review-rules';
import { openNamedEvents } from '../support/sse';
import { useTestApp } from '../support/suite';
import { ALL_SCOPES, type TestUser } from '../support/users';

/**
 * Test mode (the sandbox) over real HTTP: test keys (wk_test_...) and the dashboard in test mode see
 * only test wallets, live ones only live wallets, and every way money could cross between the two is
 * tried and refused with 404 and nothing moved: a transfer either way, a hold's capture, a payment
 * request, a scheduled transfer; and under the API, the database itself. The ledger's promises are
 * checked after every test (useTestApp).
 */
const DASHBOARD_ORIGIN = 'https://dashboard.example';
const app = useTestApp({ env: { CORS_ORIGINS: DASHBOARD_ORIGIN } });

type Agent = ReturnType<typeof request.agent>;
let t: TestApp;
let user: TestUser;
let live: Agent;
let test: Agent;
beforeAll(async () => {
  t = app();
  user = await t.newUser();
  live = user.api;
  test = await testKeyOf(user);
});

async function testKeyOf(owner: TestUser): Promise<Agent> {
  const created = await owner.browser
    .post('/api/v1/api-keys')
    .send({ name: 'sandbox', scopes: ALL_SCOPES, mode: 'test' });
  expect(created.status).toBe(201);
  const agent = request.agent(t.baseUrl);
  agent.set('Authorization', `Bearer ${created.body.key}`);
  return agent;
}

async function walletOf(agent: Agent, fund?: string): Promise<string> {
  const created = await agent.post('/api/v1/wallets').send({ currency: 'USD' });
  expect(created.status).toBe(201);
  if (fund)
    expect((await agent.post(`/api/v1/wallets/${created.body.id}/fund`).send({ amount: fund })).status).toBe(
      201,
    );
  return created.body.id;
}

/** Every wallet's balance and the ledger's size: what a refused crossing must leave as it was. */
async function books(): Promise<unknown> {
  const wallets = await t.db.query(
    'SELECT id, balance_minor::text, reserved_minor::text FROM wallets ORDER BY id',
  );
  const rows = await t.db.query("SELECT count(*)::int AS n FROM transactions WHERE status = 'SUCCESS'");
  return { wallets: wallets.rows, entries: rows.rows[0].n };
}

describe('test keys and test wallets', () => {
  it('makes a wk_test_ key in test mode, shown as such; a key is live by default', async () => {
    const created = await user.browser
      .post('/api/v1/api-keys')
      .send({ name: 'shown', scopes: ['wallets:read'], mode: 'test' });
    expect(created.status).toBe(201);
    expect(created.body.key).toMatch(/^wk_test_/);
    expect(created.body).toMatchObject({ mode: 'test', prefix: expect.stringMatching(/^wk_test_/) });
    const listed = await user.browser.get('/api/v1/api-keys');
    const modes = new Map(listed.body.data.map((k: { id: string; mode: string }) => [k.id, k.mode]));
    expect(modes.get(created.body.id)).toBe('test');
    const plain = await user.browser
      .post('/api/v1/api-keys')
      .send({ name: 'plain', scopes: ['wallets:read'] });
    expect(plain.body).toMatchObject({ mode: 'live' });
    expect(plain.body.key).toMatch(/^wk_(?!test_)/);
    const bad = await user.browser
      .post('/api/v1/api-keys')
      .send({ name: 'x', scopes: ['wallets:read'], mode: 'demo' });
    expectProblem(bad, 400, 'VALIDATION_FAILED');
  });

  it('shows each mode only its own wallets; the other mode answers 404', async () => {
    const liveWallet = await walletOf(live, '10');
    const testWallet = await walletOf(test, '1000000');
    expect((await live.get(`/api/v1/wallets/${liveWallet}`)).body.mode).toBe('live');
    expect((await test.get(`/api/v1/wallets/${testWallet}`)).body).toMatchObject({
      mode: 'test',
      balance: 1000000,
    });

    const liveList = (await live.get('/api/v1/wallets?limit=100')).body.data.map((w: { id: string }) => w.id);
    const testList = (await test.get('/api/v1/wallets?limit=100')).body.data.map((w: { id: string }) => w.id);
    expect(liveList).toContain(liveWallet);
    expect(liveList).not.toContain(testWallet);
    expect(testList).not.toContain(liveWallet);
    expect(testList).toContain(testWallet);

    const before = await books();
    for (const [agent, other] of [
      [test, liveWallet],
      [live, testWallet],
    ] as const) {
      expectProblem(await agent.get(`/api/v1/wallets/${other}`), 404, 'WALLET_NOT_FOUND');
      expectProblem(await agent.get(`/api/v1/wallets/${other}/transactions`), 404, 'WALLET_NOT_FOUND');
      expectProblem(await agent.get(`/api/v1/wallets/${other}/balance`), 404, 'WALLET_NOT_FOUND');
      expectProblem(
        await agent.post(`/api/v1/wallets/${other}/fund`).send({ amount: '5' }),
        404,
        'WALLET_NOT_FOUND',
      );
      expectProblem(
        await agent.post(`/api/v1/wallets/${other}/holds`).send({ amount: '1' }),
        404,
        'WALLET_NOT_FOUND',
      );
    }
    const liveEntry = (await live.get(`/api/v1/wallets/${liveWallet}/transactions`)).body.data[0].id;
    expectProblem(await test.get(`/api/v1/transactions/${liveEntry}`), 404, 'TRANSACTION_NOT_FOUND');
    expect(await books()).toEqual(before);
  });

  it('the dashboard picks its mode with Wallet-Mode; a key cannot be talked out of its own', async () => {
    const liveWallet = await walletOf(live);
    const testWallet = await walletOf(test);
    const inTest = await user.browser.get(`/api/v1/wallets/${testWallet}`).set('Wallet-Mode', 'test');
    expect(inTest.body.mode).toBe('test');
    expectProblem(await user.browser.get(`/api/v1/wallets/${testWallet}`), 404, 'WALLET_NOT_FOUND');
    expectProblem(
      await user.browser.get(`/api/v1/wallets/${liveWallet}`).set('Wallet-Mode', 'test'),
      404,
      'WALLET_NOT_FOUND',
    );
    expect((await user.browser.get(`/api/v1/wallets/${liveWallet}`).set('Wallet-Mode', 'live')).status).toBe(
      200,
    );
    const made = await user.browser
      .post('/api/v1/wallets')
      .set('Wallet-Mode', 'test')
      .send({ currency: 'EUR' });
    expect(made.body.mode).toBe('test');
    expectProblem(
      await user.browser.get('/api/v1/wallets').set('Wallet-Mode', 'sandbox'),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await test.get(`/api/v1/wallets/${liveWallet}`).set('Wallet-Mode', 'live'),
      400,
      'VALIDATION_FAILED',
    );
    expect((await test.get(`/api/v1/wallets/${testWallet}`).set('Wallet-Mode', 'test')).status).toBe(200);
  });

  it('keeps Idempotency-Keys apart per mode: the same key in test mode is a new request', async () => {
    const liveMade = await live
      .post('/api/v1/wallets')
      .set('Idempotency-Key', 'same-key-both-modes')
      .send({});
    const testMade = await test
      .post('/api/v1/wallets')
      .set('Idempotency-Key', 'same-key-both-modes')
      .send({});
    expect(testMade.status).toBe(201);
    expect(testMade.headers['idempotent-replayed']).toBeUndefined();
    expect(testMade.body.id).not.toBe(liveMade.body.id);
    expect(testMade.body.mode).toBe('test');
  });
});

describe('test money has no limits', () => {
  it('sends past the tier daily limit between test wallets, where a live transfer is refused', async () => {
    const other = await t.newUser();
    const send = (agent: Agent, sourceWalletId: string, destinationWalletId: string) =>
      agent.post('/api/v1/wallets/transfer').send({ sourceWalletId, destinationWalletId, amount: '20000' });
    const sent = await send(test, await walletOf(test, '1000000'), await walletOf(await testKeyOf(other)));
    expect(sent.status).toBe(201);
    expect(sent.body.transactions[0]).toMatchObject({ status: 'SUCCESS', amount: 20000 });
    // The standard tier's daily limit (USD 10,000) holds for live money.
    const refused = await send(live, await walletOf(live, '30000'), await walletOf(other.api));
    expectProblem(refused, 422, 'LIMIT_EXCEEDED');
  });
});

describe('money never crosses between test and live', () => {
  it('refuses a transfer from a test wallet to a live one, and from a live one to a test one', async () => {
    const other = await t.newUser();
    const otherTest = await testKeyOf(other);
    const testWallet = await walletOf(test, '100');
    const liveWallet = await walletOf(live, '100');
    const othersLive = await walletOf(other.api);
    const othersTest = await walletOf(otherTest);
    const before = await books();
    const send = (agent: Agent, sourceWalletId: string, destinationWalletId: string) =>
      agent.post('/api/v1/wallets/transfer').send({ sourceWalletId, destinationWalletId, amount: '1' });

    expectProblem(await send(test, testWallet, liveWallet), 404, 'WALLET_NOT_FOUND');
    expectProblem(await send(test, testWallet, othersLive), 404, 'WALLET_NOT_FOUND');
    expectProblem(await send(live, liveWallet, testWallet), 404, 'WALLET_NOT_FOUND');
    expectProblem(await send(live, liveWallet, othersTest), 404, 'WALLET_NOT_FOUND');
    // The key of one mode cannot send from its own user's wallet of the other mode.
    expectProblem(await send(test, liveWallet, othersLive), 404, 'WALLET_NOT_FOUND');
    expectProblem(await send(live, testWallet, othersTest), 404, 'WALLET_NOT_FOUND');
    const browserTest = await user.browser
      .post('/api/v1/wallets/transfer')
      .set('Wallet-Mode', 'test')
      .send({ sourceWalletId: testWallet, destinationWalletId: liveWallet, amount: '1' });
    expectProblem(browserTest, 404, 'WALLET_NOT_FOUND');
    expect(await books()).toEqual(before);

    // Within one mode money moves as usual.
    expect((await send(test, testWallet, othersTest)).status).toBe(201);
    expect((await send(live, liveWallet, othersLive)).status).toBe(201);
  });

  it('refuses capturing a test hold into a live wallet (and the reverse); the hold stays active', async () => {
    const testWallet = await walletOf(test, '50');
    const liveWallet = await walletOf(live, '50');
    const testHold = (await test.post(`/api/v1/wallets/${testWallet}/holds`).send({ amount: '20' })).body.id;
    const liveHold = (await live.post(`/api/v1/wallets/${liveWallet}/holds`).send({ amount: '20' })).body.id;
    const elsewhere = await walletOf(live);
    const before = await books();
    const capture = (agent: Agent, hold: string, destinationWalletId: string) =>
      agent.post(`/api/v1/holds/${hold}/capture`).send({ destinationWalletId });
    expectProblem(await capture(test, testHold, liveWallet), 404, 'WALLET_NOT_FOUND');
    expectProblem(await capture(live, liveHold, testWallet), 404, 'WALLET_NOT_FOUND');
    // A key of the other mode cannot act on the hold at all.
    expect((await capture(live, testHold, elsewhere)).status).toBe(404);
    expectProblem(await live.post(`/api/v1/holds/${testHold}/void`), 404, 'NOT_FOUND');
    expectProblem(await live.get(`/api/v1/holds/${testHold}`), 404, 'NOT_FOUND');
    expect(await books()).toEqual(before);
    expect((await test.get(`/api/v1/holds/${testHold}`)).body.status).toBe('ACTIVE');
    expect((await live.get(`/api/v1/holds/${liveHold}`)).body.status).toBe('ACTIVE');
  });

  it('refuses paying a live payment request with a test key (it is not there), and naming a payer of the other mode', async () => {
    const payee = await t.newUser();
    const liveAsk = await payee.api
      .post('/api/v1/payment-requests')
      .send({ walletId: await walletOf(payee.api), amount: '5' });
    expect(liveAsk.status).toBe(201);
    const testWallet = await walletOf(test, '50');
    const before = await books();
    const paid = await test
      .post(`/api/v1/payment-requests/${liveAsk.body.id}/pay`)
      .send({ sourceWalletId: testWallet });
    expectProblem(paid, 404, 'NOT_FOUND');
    expect(await books()).toEqual(before);
    expect((await payee.api.get(`/api/v1/payment-requests/${liveAsk.body.id}`)).body.status).toBe('OPEN');
    // The payee's own lists: the live request in live mode only.
    const listed = async (agent: Agent) =>
      (await agent.get('/api/v1/payment-requests')).body.data.map((r: { id: string }) => r.id);
    expect(await listed(payee.api)).toContain(liveAsk.body.id);
    expect(await listed(await testKeyOf(payee))).not.toContain(liveAsk.body.id);

    const named = await test
      .post('/api/v1/payment-requests')
      .send({ walletId: testWallet, amount: '5', payerWalletId: await walletOf(live) });
    expectProblem(named, 404, 'WALLET_NOT_FOUND');
  });

  it('refuses a scheduled transfer from a test wallet to a live one', async () => {
    const testWallet = await walletOf(test, '50');
    const liveWallet = await walletOf(live);
    const startAt = new Date(Date.now() + 3_600_000).toISOString();
    const scheduled = await test
      .post('/api/v1/scheduled-transfers')
      .send({ sourceWalletId: testWallet, destinationWalletId: liveWallet, amount: '1', startAt });
    expectProblem(scheduled, 404, 'WALLET_NOT_FOUND');
    const reverse = await live.post('/api/v1/scheduled-transfers').send({
      sourceWalletId: await walletOf(live, '5'),
      destinationWalletId: testWallet,
      amount: '1',
      startAt,
    });
    expectProblem(reverse, 404, 'WALLET_NOT_FOUND');
    const count = await t.db.query('SELECT count(*)::int AS n FROM scheduled_transfers');
    expect(count.rows[0].n).toBe(0);
  });

  it('is refused by the database too: no ledger row joins the two modes, and a wallet keeps its mode', async () => {
    const testWallet = await walletOf(test, '10');
    const liveWallet = await walletOf(live, '10');
    await expect(
      t.db.query(
        `INSERT INTO transactions (wallet_id, type, status, amount_minor, currency, balance_before_minor,
                                   balance_after_minor, source_wallet_id, destination_wallet_id, transfer_id,
                                   failure_code)
         VALUES ($1, 'TRANSFER_OUT', 'FAILED', 100, 'USD', 1000, 1000, $1, $2, gen_random_uuid(), 'X')`,
        [testWallet, liveWallet],
      ),
    ).rejects.toThrow(/never exchange money/);
    await expect(
      t.db.query('UPDATE wallets SET livemode = true WHERE id = $1', [testWallet]),
    ).rejects.toThrow(/mode .* never changes/);
  });
});

describe('live events', () => {
  it("streams to a test key only test wallets' entries, and to a live key only live ones", async () => {
    const created = await user.browser
      .post('/api/v1/api-keys')
      .send({ name: 'stream', scopes: ['wallets:read'], mode: 'test' });
    const testStream = await openNamedEvents(t.baseUrl, created.body.key);
    const liveStream = await openNamedEvents(t.baseUrl, user.key);
    try {
      const testWallet = await walletOf(test, '7');
      const liveWallet = await walletOf(live, '3');
      const walletsIn = (stream: typeof testStream) =>
        stream.named('transaction').map((event) => event.data.walletId);
      await within(
        10_000,
        () => walletsIn(testStream).includes(testWallet) && walletsIn(liveStream).includes(liveWallet),
        "each entry in its own mode's stream",
      );
      expect(walletsIn(testStream)).not.toContain(liveWallet);
      expect(walletsIn(liveStream)).not.toContain(testWallet);
    } finally {
      testStream.close();
      liveStream.close();
    }
  });
});

describe('a batch of transfers', () => {
  it('refuses, on its own, a transfer naming the other mode’s wallet; atomic, the whole batch, nothing moved', async () => {
    const source = await walletOf(live, '10');
    const liveTo = await walletOf(live);
    const testTo = await walletOf(test);
    const batch = (mode: string, key: string) =>
      live
        .post('/api/v1/transfers/batch')
        .set('Idempotency-Key', key)
        .send({
          mode,
          transfers: [
            { sourceWalletId: source, destinationWalletId: liveTo, amount: '1' },
            { sourceWalletId: source, destinationWalletId: testTo, amount: '1' },
          ],
        });
    const before = await books();
    const atomic = await batch('atomic', `sandbox-atomic-${Date.now()}`);
    expectProblem(atomic, 422, 'BATCH_TRANSFER_FAILED');
    expect(atomic.body).toMatchObject({ index: 1, problem: { code: 'WALLET_NOT_FOUND', status: 404 } });
    expect(await books()).toEqual(before);

    const independent = await batch('independent', `sandbox-independent-${Date.now()}`);
    expect(independent.status).toBe(201);
    expect(independent.body.results.map((r: { status: string }) => r.status)).toEqual(['SUCCESS', 'FAILED']);
    expect(independent.body.results[1].problem).toMatchObject({ code: 'WALLET_NOT_FOUND', status: 404 });
    const balance = async (agent: Agent, id: string) =>
      (await agent.get(`/api/v1/wallets/${id}`)).body.balance;
    expect([await balance(live, source), await balance(live, liveTo), await balance(test, testTo)]).toEqual([
      9, 1, 0,
    ]);
  });
});

describe('scheduled transfers of the other mode', () => {
  it('are not listed, read, paused, resumed or cancelled: 404, and the live one is left as it was', async () => {
    const startAt = new Date(Date.now() + 3_600_000).toISOString();
    const made = await live.post('/api/v1/scheduled-transfers').send({
      sourceWalletId: await walletOf(live, '5'),
      destinationWalletId: await walletOf(live),
      amount: '1',
      startAt,
    });
    expect(made.status).toBe(201);
    const id = made.body.id;
    expect((await live.post(`/api/v1/scheduled-transfers/${id}/pause`)).body.status).toBe('PAUSED');
    const ids = async (agent: Agent) =>
      (await agent.get('/api/v1/scheduled-transfers')).body.data.map((s: { id: string }) => s.id);
    expect(await ids(live)).toContain(id);
    expect(await ids(test)).not.toContain(id);
    expectProblem(await test.get(`/api/v1/scheduled-transfers/${id}`), 404, 'NOT_FOUND');
    for (const change of ['resume', 'pause', 'cancel'])
      expectProblem(await test.post(`/api/v1/scheduled-transfers/${id}/${change}`), 404, 'NOT_FOUND');
    expect((await live.get(`/api/v1/scheduled-transfers/${id}`)).body.status).toBe('PAUSED');
  });
});

describe('payment requests of the other mode', () => {
  it('are not read, paid, declined or cancelled: 404, and the live request stays open', async () => {
    const payer = await t.newUser();
    const payerTest = await testKeyOf(payer);
    const payerLive = await walletOf(payer.api, '5');
    const ask = await live
      .post('/api/v1/payment-requests')
      .send({ walletId: await walletOf(live), amount: '1', payerWalletId: payerLive });
    expect(ask.status).toBe(201);
    const id = ask.body.id;
    const before = await books();
    for (const agent of [test, payerTest])
      expectProblem(await agent.get(`/api/v1/payment-requests/${id}`), 404, 'NOT_FOUND');
    expectProblem(await test.post(`/api/v1/payment-requests/${id}/cancel`), 404, 'NOT_FOUND');
    expectProblem(await payerTest.post(`/api/v1/payment-requests/${id}/decline`), 404, 'NOT_FOUND');
    expectProblem(
      await payerTest.post(`/api/v1/payment-requests/${id}/pay`).send({ sourceWalletId: payerLive }),
      404,
      'NOT_FOUND',
    );
    // The dashboard's /pay/:id page in test mode asks with its header: the live request is not there.
    expectProblem(
      await payer.browser.get(`/api/v1/payment-requests/${id}`).set('Wallet-Mode', 'test'),
      404,
      'NOT_FOUND',
    );
    expect(await books()).toEqual(before);
    expect((await payer.api.get(`/api/v1/payment-requests/${id}`)).body.status).toBe('OPEN');
  });
});

describe("a key's live events of payment requests", () => {
  it('carry only its own mode: a live request is not told to a test key', async () => {
    const created = await user.browser
      .post('/api/v1/api-keys')
      .send({ name: 'requests', scopes: ['wallets:read'], mode: 'test' });
    const testStream = await openNamedEvents(t.baseUrl, created.body.key);
    const liveStream = await openNamedEvents(t.baseUrl, user.key);
    try {
      const liveAsk = await live
        .post('/api/v1/payment-requests')
        .send({ walletId: await walletOf(live), amount: '1' });
      const testAsk = await test
        .post('/api/v1/payment-requests')
        .send({ walletId: await walletOf(test), amount: '1' });
      const asked = (stream: typeof testStream) =>
        stream.named('payment_request').map((event) => event.data.id);
      // Each owner's events go out in order: once the test request is told, the live one was before it.
      await within(
        10_000,
        () => asked(testStream).includes(testAsk.body.id) && asked(liveStream).includes(liveAsk.body.id),
        "each request in its own mode's stream",
      );
      expect(asked(testStream)).not.toContain(liveAsk.body.id);
      expect(asked(liveStream)).not.toContain(testAsk.body.id);
      expect(testStream.named('payment_request')[0]?.data.livemode).toBe(false);
    } finally {
      testStream.close();
      liveStream.close();
    }
  });
});

describe('review rules and limits count live money only', () => {
  afterEach(() => putReviewRules(t, user.id, {}));

  it('does not count test transfers towards a live velocity rule; a test caller is shown no money limits', async () => {
    await putReviewRules(t, user.id, { hourly: { maxCount: 1, maxAmount: {} } });
    const payer = await t.newUser();
    const payerTest = await testKeyOf(payer);
    const payee = await t.newUser();
    const send = (agent: Agent, sourceWalletId: string, destinationWalletId: string) =>
      agent.post('/api/v1/wallets/transfer').send({ sourceWalletId, destinationWalletId, amount: '1' });
    const testFrom = await walletOf(payerTest, '10');
    const testTo = await walletOf(await testKeyOf(payee));
    expect((await send(payerTest, testFrom, testTo)).status).toBe(201);
    expect((await send(payerTest, testFrom, testTo)).status).toBe(201);
    // The payer's first live transfer this hour: the rule (more than one an hour) is not met.
    const liveSent = await send(payer.api, await walletOf(payer.api, '10'), await walletOf(payee.api));
    expect(liveSent.status).toBe(201);

    expect((await payer.api.get('/api/v1/account/limits')).body.limits).not.toEqual([]);
    expect((await payerTest.get('/api/v1/account/limits')).body.limits).toEqual([]);
  });
});

describe('CORS', () => {
  it('lets the dashboard of another origin send Wallet-Mode and Wallet-Version', async () => {
    const preflight = await request(t.baseUrl)
      .options('/api/v1/wallets')
      .set('Origin', DASHBOARD_ORIGIN)
      .set('Access-Control-Request-Method', 'GET')
      .set('Access-Control-Request-Headers', 'wallet-mode,wallet-version');
    expect(preflight.status).toBeLessThan(300);
    const allowed = String(preflight.headers['access-control-allow-headers']).toLowerCase().split(/,\s*/);
    expect(allowed).toEqual(expect.arrayContaining(['wallet-mode', 'wallet-version']));
  });
});

describe('a hold of the other mode', () => {
  it('answers 404 on capture and void even when it has ended, before saying it is not active', async () => {
    const liveWallet = await walletOf(live, '10');
    const hold = (await live.post(`/api/v1/wallets/${liveWallet}/holds`).send({ amount: '2' })).body.id;
    expect((await live.post(`/api/v1/holds/${hold}/void`)).status).toBe(200);
    const elsewhere = await walletOf(test);
    const before = await books();
    expectProblem(
      await test.post(`/api/v1/holds/${hold}/capture`).send({ destinationWalletId: elsewhere }),
      404,
      'NOT_FOUND',
    );
    expectProblem(await test.post(`/api/v1/holds/${hold}/void`), 404, 'NOT_FOUND');
    expect(await books()).toEqual(before);
    expect((await live.get(`/api/v1/holds/${hold}`)).body.status).toBe('VOIDED');
  });
});
