import http from 'node:http';
import type { TestApp } from '../support/app';
import { expectProblem, MISSING_ID } from '../support/problems';
import { newStaff } from '../support/staff';
import { useTestApp } from '../support/suite';
import type { TestUser } from '../support/users';
import { balanceMinor, ledgerCount, newWallet } from '../support/wallets';

const testApp = useTestApp({ env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' } });
let t: TestApp;
let bob: TestUser;
let support: TestUser;
let finance: TestUser;
let admin: TestUser;
let otherAdmin: TestUser;
beforeAll(async () => {
  t = testApp();
  bob = await t.newUser();
  support = await newStaff(t, 'support');
  finance = await newStaff(t, 'finance');
  admin = await newStaff(t, 'admin');
  otherAdmin = await newStaff(t, 'admin');
});

const freeze = (as: TestUser, walletId: string, reason = 'Suspected account takeover') =>
  as.browser.post(`/api/v1/ops/wallets/${walletId}/freeze`).send({ reason });
const unfreeze = (as: TestUser, walletId: string, reason = 'Cleared by the owner') =>
  as.browser.post(`/api/v1/ops/wallets/${walletId}/unfreeze`).send({ reason });
const propose = (as: TestUser, body: object, key?: string) => {
  const req = as.browser.post('/api/v1/ops/adjustments');
  if (key) req.set('Idempotency-Key', key);
  return req.send(body);
};
const approve = (as: TestUser, id: string) => as.browser.post(`/api/v1/ops/adjustments/${id}/approve`);
const reject = (as: TestUser, id: string, reason = 'Not needed') =>
  as.browser.post(`/api/v1/ops/adjustments/${id}/reject`).send({ reason });

async function proposed(walletId: string, direction: 'CREDIT' | 'DEBIT', amount: number | string) {
  const res = await propose(finance, { walletId, direction, amount, reason: 'Card chargeback OPS-1' });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

async function bobsWallet(fund?: number): Promise<string> {
  const id = (await t.asUser(bob).post('/api/v1/wallets').send({})).body.id as string;
  if (fund !== undefined) await t.asUser(bob).post(`/api/v1/wallets/${id}/fund`).send({ amount: fund });
  return id;
}

async function auditActions(subjectId: string): Promise<{ action: string; actor_id: string }[]> {
  const { rows } = await t.db.query(
    'SELECT action, actor_id, before, after FROM audit_events WHERE subject_id = $1 ORDER BY seq',
    [subjectId],
  );
  return rows;
}

describe('freezing a wallet', () => {
  it('stops its sending: a transfer out is 422 WALLET_FROZEN, a FAILED row, nothing moved, replayed by its key', async () => {
    const w = await newWallet(t, 'USD', 50);
    const payee = await bobsWallet();
    const frozen = await freeze(finance, w.id);
    expect(frozen.status).toBe(200);
    expect(frozen.body).toMatchObject({
      id: w.id,
      frozen: true,
      frozenReason: 'Suspected account takeover',
      frozenBy: finance.id,
      frozenAt: expect.any(String),
      balance: 50,
    });

    const send = () =>
      t.http
        .post('/api/v1/wallets/transfer')
        .set('Idempotency-Key', `frozen-${w.id}`)
        .send({ sourceWalletId: w.id, destinationWalletId: payee, amount: 10 });
    const sent = await send();
    expectProblem(sent, 422, 'WALLET_FROZEN');
    expect(await balanceMinor(t, w.id)).toBe(5000n);
    expect(await balanceMinor(t, payee)).toBe(0n);
    const row = await t.db.query('SELECT type, status, failure_code FROM transactions WHERE id = $1', [
      sent.body.transactionId,
    ]);
    expect(row.rows).toEqual([{ type: 'TRANSFER_OUT', status: 'FAILED', failure_code: 'WALLET_FROZEN' }]);
    const again = await send();
    expectProblem(again, 422, 'WALLET_FROZEN');
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await ledgerCount(t, w.id)).toBe(2);

    // Its owner sees that it is frozen, not why nor by whom.
    const seen = await t.http.get(`/api/v1/wallets/${w.id}`);
    expect(seen.body.frozen).toBe(true);
    expect(seen.text).not.toMatch(/takeover|frozenBy|frozenReason/);

    const audit = await auditActions(w.id);
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'wallet.frozen',
        actor_id: finance.id,
        before: { frozen: false },
        after: { frozen: true, reason: 'Suspected account takeover' },
      }),
    ]);
  });

  it('still lets it receive transfers and funding; unfreezing restores sending', async () => {
    const w = await newWallet(t, 'USD', 5);
    expect((await freeze(admin, w.id)).status).toBe(200);
    // Freezing a frozen wallet changes nothing and records nothing.
    expect((await freeze(finance, w.id, 'Again')).body).toMatchObject({ frozenBy: admin.id });
    const payer = await bobsWallet(20);
    const paid = await t
      .asUser(bob)
      .post('/api/v1/wallets/transfer')
      .send({ sourceWalletId: payer, destinationWalletId: w.id, amount: 7 });
    expect(paid.status).toBe(201);
    const funded = await t.http.post(`/api/v1/wallets/${w.id}/fund`).send({ amount: 3 });
    expect(funded.status).toBe(201);
    expect(funded.body.wallet).toMatchObject({ balance: 15, frozen: true });

    const thawed = await unfreeze(finance, w.id);
    expect(thawed.status).toBe(200);
    expect(thawed.body).toMatchObject({ frozen: false, frozenAt: null, frozenReason: null, frozenBy: null });
    const sent = await t.http
      .post('/api/v1/wallets/transfer')
      .send({ sourceWalletId: w.id, destinationWalletId: payer, amount: 15 });
    expect(sent.status).toBe(201);
    expect(sent.body.sourceWallet).toMatchObject({ balance: 0, frozen: false });
    expect((await auditActions(w.id)).map((a) => a.action)).toEqual(['wallet.frozen', 'wallet.unfrozen']);
  });

  it('stops refunds out of it too', async () => {
    const payer = await bobsWallet(20);
    const w = await newWallet(t, 'USD');
    await t
      .asUser(bob)
      .post('/api/v1/wallets/transfer')
      .send({ sourceWalletId: payer, destinationWalletId: w.id, amount: 8 });
    const incoming = (await t.http.get(`/api/v1/wallets/${w.id}/transactions`)).body.data[0];
    await freeze(admin, w.id, 'Chargeback dispute');
    const refund = await t.http.post(`/api/v1/transactions/${incoming.id}/refund`).send({});
    expectProblem(refund, 422, 'WALLET_FROZEN');
    expect(await balanceMinor(t, w.id)).toBe(800n);
    expect(await balanceMinor(t, payer)).toBe(1200n);
  });

  it('queues with a transfer out of the same wallet: no transfer out commits after the freeze', async () => {
    const payee = await bobsWallet();
    const wallets = await Promise.all(Array.from({ length: 6 }, () => newWallet(t, 'USD', 10)));
    const answers = await Promise.all(
      wallets.flatMap((w) => [
        t.http
          .post('/api/v1/wallets/transfer')
          .send({ sourceWalletId: w.id, destinationWalletId: payee, amount: 1 }),
        freeze(admin, w.id, 'Race'),
      ]),
    );
    for (const a of answers) expect([200, 201, 422]).toContain(a.status);
    const { rows } = await t.db.query(
      `SELECT t.id FROM transactions t JOIN wallets w ON w.id = t.wallet_id
       WHERE w.id = ANY($1::uuid[]) AND t.type = 'TRANSFER_OUT' AND t.status = 'SUCCESS' AND t.created_at > w.frozen_at`,
      [wallets.map((w) => w.id)],
    );
    expect(rows).toEqual([]);
    const declined = answers.filter((a) => a.status === 422);
    for (const d of declined) expect(d.body.code).toBe('WALLET_FROZEN');
  });

  it('is held by the database for every writer: a SUCCESS TRANSFER_OUT of a frozen wallet is refused', async () => {
    const w = await newWallet(t, 'USD', 5);
    await freeze(admin, w.id);
    await expect(
      t.db.query(
        `INSERT INTO transactions (wallet_id, type, status, amount_minor, currency, balance_before_minor,
                                   balance_after_minor, source_wallet_id, destination_wallet_id, transfer_id)
         VALUES ($1, 'TRANSFER_OUT', 'SUCCESS', 100, 'USD', 500, 400, $1, $1, gen_random_uuid())`,
        [w.id],
      ),
    ).rejects.toThrow(/frozen/);
  });

  it('refuses bad input and unknown wallets, and support (403) and users (404)', async () => {
    const w = await newWallet(t, 'USD');
    expectProblem(
      await finance.browser.post(`/api/v1/ops/wallets/${w.id}/freeze`).send({}),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(await freeze(finance, w.id, '   '), 400, 'VALIDATION_FAILED');
    expectProblem(await freeze(finance, w.id, 'x'.repeat(501)), 400, 'VALIDATION_FAILED');
    expectProblem(await freeze(finance, 'not-a-uuid'), 400, 'VALIDATION_FAILED');
    expectProblem(await freeze(finance, MISSING_ID), 404, 'WALLET_NOT_FOUND');
    expectProblem(await freeze(support, w.id), 403, 'FORBIDDEN');
    expectProblem(await freeze(bob, w.id), 404, 'NOT_FOUND');
    const state = await support.browser.get(`/api/v1/ops/wallets/${w.id}/freeze`);
    expect(state.status).toBe(200);
    expect(state.body).toMatchObject({ frozen: false, frozenReason: null });
    expect((await t.http.get(`/api/v1/wallets/${w.id}`)).body.frozen).toBe(false);
  });
});

describe('adjustments', () => {
  it('proposed by finance, approved by an admin: the balance moves once, an ADJUSTMENT entry with its hash, audited', async () => {
    const w = await newWallet(t, 'USD', 10);
    const res = await propose(finance, {
      walletId: w.id,
      direction: 'CREDIT',
      amount: '2.50',
      reason: 'Goodwill credit, ticket OPS-7',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      walletId: w.id,
      direction: 'CREDIT',
      amount: 2.5,
      currency: 'USD',
      status: 'PROPOSED',
      proposedBy: { id: finance.id, email: finance.email },
      decidedBy: null,
      transactionId: null,
    });
    const hours = (Date.parse(res.body.expiresAt) - Date.parse(res.body.proposedAt)) / 3_600_000;
    expect(hours).toBe(72);
    expect(await balanceMinor(t, w.id)).toBe(1000n);

    const approved = await approve(admin, res.body.id);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      adjustment: { status: 'APPROVED', decidedBy: { id: admin.id }, transactionId: expect.any(String) },
      wallet: { id: w.id, balance: 12.5 },
      transaction: {
        type: 'ADJUSTMENT',
        status: 'SUCCESS',
        amount: 2.5,
        balanceBefore: 10,
        balanceAfter: 12.5,
        destinationWalletId: w.id,
        sourceWalletId: null,
        transferId: null,
      },
    });
    expect(await balanceMinor(t, w.id)).toBe(1250n);
    const row = await t.db.query(
      'SELECT type, hash_version, octet_length(hash) AS bytes FROM transactions WHERE id = $1',
      [approved.body.transaction.id],
    );
    expect(row.rows).toEqual([{ type: 'ADJUSTMENT', hash_version: 1, bytes: 32 }]);
    // The owner sees it in their history, as the entry it is.
    const history = await t.http.get(`/api/v1/wallets/${w.id}/transactions?type=ADJUSTMENT`);
    expect(history.body.data).toEqual([
      expect.objectContaining({ id: approved.body.transaction.id, amount: 2.5 }),
    ]);

    // Approving it again moves nothing.
    expectProblem(await approve(otherAdmin, res.body.id), 409, 'ADJUSTMENT_NOT_PROPOSED');
    expect(await balanceMinor(t, w.id)).toBe(1250n);
    expect((await auditActions(res.body.id)).map((a) => [a.action, a.actor_id])).toEqual([
      ['adjustment.proposed', finance.id],
      ['adjustment.approved', admin.id],
    ]);
  });

  it('debits: the balance goes down by the amount; beyond the balance it is 422 INSUFFICIENT_FUNDS and stays PROPOSED', async () => {
    const w = await newWallet(t, 'USD', 10);
    const big = await proposed(w.id, 'DEBIT', '10.01');
    expectProblem(await approve(admin, big), 422, 'INSUFFICIENT_FUNDS');
    expect(await balanceMinor(t, w.id)).toBe(1000n);
    expect((await admin.browser.get(`/api/v1/ops/adjustments/${big}`)).body.status).toBe('PROPOSED');
    expect(await ledgerCount(t, w.id)).toBe(1);

    const exact = await proposed(w.id, 'DEBIT', 10);
    const done = await approve(admin, exact);
    expect(done.status).toBe(200);
    expect(done.body.transaction).toMatchObject({
      type: 'ADJUSTMENT',
      sourceWalletId: w.id,
      destinationWalletId: null,
      balanceBefore: 10,
      balanceAfter: 0,
    });
    expect(await balanceMinor(t, w.id)).toBe(0n);
    const csv = await t.http.get(`/api/v1/wallets/${w.id}/statement`).set('Accept', 'text/csv');
    expect(csv.text).toMatch(/,ADJUSTMENT,SUCCESS,,,-10\.00,0\.00,/);
  });

  it("tells the wallet's owner: a transaction.succeeded webhook event carrying the ADJUSTMENT entry", async () => {
    const endpoint = await t
      .asUser(bob)
      .post('/api/v1/webhook-endpoints')
      .send({ url: 'http://127.0.0.1:9/hooks', events: ['transaction.succeeded'] });
    expect(endpoint.status).toBe(201);
    const w = await bobsWallet();
    const id = await proposed(w, 'CREDIT', '1.25');
    const approved = await approve(admin, id);
    const { rows } = await t.db.query(
      "SELECT type, payload FROM webhook_events WHERE owner_id = $1 AND payload->'data'->>'walletId' = $2",
      [bob.id, w],
    );
    expect(rows).toEqual([
      {
        type: 'transaction.succeeded',
        payload: expect.objectContaining({
          data: expect.objectContaining({
            id: approved.body.transaction.id,
            type: 'ADJUSTMENT',
            amount: 1.25,
          }),
        }),
      },
    ]);
    await t.asUser(bob).delete(`/api/v1/webhook-endpoints/${endpoint.body.id}`);
  });

  it("streams the ADJUSTMENT entry live to the wallet's owner, with the wallet as it left it", async () => {
    const w = await newWallet(t, 'USD', 1);
    const id = await proposed(w.id, 'CREDIT', '0.75');
    const approved = await approve(admin, id);
    // Resumed from the start: the stream replays the owner's entries, then this one.
    const text = await new Promise<string>((resolve, reject) => {
      let seen = '';
      const req = http.get(
        `${t.baseUrl}/api/v1/events`,
        {
          headers: {
            Authorization: `Bearer ${t.user.key}`,
            Accept: 'text/event-stream',
            'Last-Event-ID': '0',
          },
        },
        (res) => {
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            seen += chunk;
            if (
              seen.includes(approved.body.transaction.id) &&
              /"balance":1\.75,"availableBalance":1\.75,"frozen":false/.test(seen)
            ) {
              req.destroy();
              resolve(seen);
            }
          });
        },
      );
      req.on('error', (error) => (seen ? resolve(seen) : reject(error)));
      setTimeout(() => {
        req.destroy();
        resolve(seen);
      }, 10_000);
    });
    const frame = text.split('\n\n').find((f) => f.includes(approved.body.transaction.id));
    expect(frame).toContain('event: transaction');
    expect(frame).toContain('"type":"ADJUSTMENT"');
    expect(text).toMatch(/"balance":1\.75,"availableBalance":1\.75,"frozen":false/);
  });

  it('applies to a frozen wallet: two staff members agreed', async () => {
    const w = await newWallet(t, 'USD', 10);
    await freeze(finance, w.id);
    const debit = await proposed(w.id, 'DEBIT', 4);
    expect((await approve(admin, debit)).status).toBe(200);
    const credit = await proposed(w.id, 'CREDIT', 1);
    expect((await approve(admin, credit)).status).toBe(200);
    expect(await balanceMinor(t, w.id)).toBe(700n);
  });

  it('past the currency limit a credit is 422 BALANCE_LIMIT_EXCEEDED', async () => {
    const w = await newWallet(t, 'JPY');
    const { rows } = await t.db.query(
      `WITH w AS (UPDATE wallets SET balance_minor = 999999999999999 WHERE id = $1 RETURNING id)
       INSERT INTO transactions (wallet_id, type, status, amount_minor, currency, balance_before_minor, balance_after_minor)
       SELECT id, 'FUND', 'SUCCESS', 999999999999999, 'JPY', 0, 999999999999999 FROM w RETURNING id`,
      [w.id],
    );
    expect(rows).toHaveLength(1);
    const id = await proposed(w.id, 'CREDIT', 1);
    expectProblem(await approve(admin, id), 422, 'BALANCE_LIMIT_EXCEEDED');
  });

  it('the proposer approving is 409 SECOND_APPROVER_REQUIRED; finance cannot approve (403)', async () => {
    const w = await newWallet(t, 'USD', 1);
    const res = await propose(admin, { walletId: w.id, direction: 'CREDIT', amount: 1, reason: 'Mine' });
    expect(res.status).toBe(201);
    expectProblem(await approve(admin, res.body.id), 409, 'SECOND_APPROVER_REQUIRED');
    expectProblem(await approve(finance, res.body.id), 403, 'FORBIDDEN');
    expect(await balanceMinor(t, w.id)).toBe(100n);
    expect((await approve(otherAdmin, res.body.id)).status).toBe(200);
    expect(await balanceMinor(t, w.id)).toBe(200n);
  });

  it('two approvals at once move the money once', async () => {
    const w = await newWallet(t, 'USD', 1);
    const id = await proposed(w.id, 'CREDIT', 5);
    const answers = await Promise.all([approve(admin, id), approve(otherAdmin, id), approve(admin, id)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409]);
    expect(await balanceMinor(t, w.id)).toBe(600n);
    const rows = await t.db.query(
      "SELECT count(*)::int AS n FROM transactions WHERE wallet_id = $1 AND type = 'ADJUSTMENT'",
      [w.id],
    );
    expect(rows.rows[0].n).toBe(1);
  });

  it('rejected (by an admin) or withdrawn (by its proposer) moves nothing and cannot be approved after', async () => {
    const w = await newWallet(t, 'USD', 1);
    const a = await proposed(w.id, 'CREDIT', 5);
    const rejected = await reject(admin, a, 'Duplicate of OPS-1');
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({
      status: 'REJECTED',
      decidedBy: { id: admin.id },
      decisionReason: 'Duplicate of OPS-1',
    });
    expectProblem(await approve(otherAdmin, a), 409, 'ADJUSTMENT_NOT_PROPOSED');

    const b = (await propose(admin, { walletId: w.id, direction: 'DEBIT', amount: 1, reason: 'x' })).body.id;
    expectProblem(await reject(finance, b), 403, 'FORBIDDEN');
    const c = await proposed(w.id, 'DEBIT', 1);
    expect((await reject(finance, c, 'Withdrawn')).body.status).toBe('REJECTED');
    expect(await balanceMinor(t, w.id)).toBe(100n);
    expect((await auditActions(a)).map((e) => e.action)).toEqual([
      'adjustment.proposed',
      'adjustment.rejected',
    ]);
  });

  it('expires after 72 hours undecided: listed as EXPIRED, approving it is 409, nothing moved', async () => {
    const w = await newWallet(t, 'USD', 1);
    const id = await proposed(w.id, 'CREDIT', 5);
    // As the owner, with the guard off for this one update: a proposal made 73 hours ago.
    await t.db.query(
      `BEGIN;
       ALTER TABLE adjustments DISABLE TRIGGER adjustments_decided_once;
       UPDATE adjustments SET proposed_at = proposed_at - interval '73 hours',
                              expires_at = expires_at - interval '73 hours' WHERE id = '${id}';
       ALTER TABLE adjustments ENABLE TRIGGER adjustments_decided_once;
       COMMIT;`,
    );
    const open = await admin.browser.get('/api/v1/ops/adjustments?status=PROPOSED&limit=100');
    expect(open.body.data.map((a: { id: string }) => a.id)).not.toContain(id);
    const expired = await admin.browser.get('/api/v1/ops/adjustments?status=EXPIRED');
    expect(expired.body.data).toEqual([expect.objectContaining({ id, status: 'EXPIRED', decidedBy: null })]);
    expectProblem(await approve(admin, id), 409, 'ADJUSTMENT_NOT_PROPOSED');
    expect(await balanceMinor(t, w.id)).toBe(100n);
  });

  it('proposing is idempotent with a key, and bad input is a 4xx', async () => {
    const w = await newWallet(t, 'USD', 1);
    const body = { walletId: w.id, direction: 'CREDIT', amount: '3', reason: 'Key test' };
    const first = await propose(finance, body, 'adj-key-1');
    const second = await propose(finance, { ...body, amount: 3.0 }, 'adj-key-1');
    expect(second.status).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body.id).toBe(first.body.id);
    expectProblem(await propose(finance, { ...body, amount: 4 }, 'adj-key-1'), 422, 'IDEMPOTENCY_KEY_REUSED');

    const bad: object[] = [
      { ...body, direction: 'SIDEWAYS' },
      { ...body, amount: 0 },
      { ...body, amount: '-1' },
      { ...body, amount: '1.001' },
      { ...body, amount: '1e3' },
      { ...body, reason: '' },
      { ...body, walletId: 'nope' },
      { ...body, extra: true },
      { walletId: w.id, direction: 'CREDIT', amount: 1 },
    ];
    for (const b of bad) expectProblem(await propose(finance, b), 400, 'VALIDATION_FAILED');
    expectProblem(await propose(finance, { ...body, walletId: MISSING_ID }), 404, 'WALLET_NOT_FOUND');
    expectProblem(await propose(support, body), 403, 'FORBIDDEN');
    expectProblem(await propose(bob, body), 404, 'NOT_FOUND');
    expectProblem(await t.http.post('/api/v1/ops/adjustments').send(body), 404, 'NOT_FOUND');
    expectProblem(await approve(admin, MISSING_ID), 404, 'NOT_FOUND');
    expectProblem(await reject(admin, MISSING_ID), 404, 'NOT_FOUND');
    expectProblem(
      await admin.browser.post(`/api/v1/ops/adjustments/${first.body.id}/reject`).send({}),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(await admin.browser.get('/api/v1/ops/adjustments?status=DONE'), 400, 'VALIDATION_FAILED');
    expect(await balanceMinor(t, w.id)).toBe(100n);
  });

  it('an ADJUSTMENT entry without an approval is refused by the database at commit', async () => {
    const w = await newWallet(t, 'USD', 1);
    await expect(
      t.db.query(
        `WITH m AS (UPDATE wallets SET balance_minor = balance_minor + 500 WHERE id = $1 RETURNING id)
         INSERT INTO transactions (wallet_id, type, status, amount_minor, currency, balance_before_minor,
                                   balance_after_minor, destination_wallet_id)
         SELECT id, 'ADJUSTMENT', 'SUCCESS', 500, 'USD', 100, 600, id FROM m`,
        [w.id],
      ),
    ).rejects.toThrow(/without an approved adjustment/);
    expect(await balanceMinor(t, w.id)).toBe(100n);
  });

  it('lists newest first, for support too, page by page', async () => {
    const w = await newWallet(t, 'USD', 1);
    const ids = [await proposed(w.id, 'CREDIT', 1), await proposed(w.id, 'CREDIT', 2)];
    const page = await support.browser.get('/api/v1/ops/adjustments?status=PROPOSED&limit=1');
    expect(page.status).toBe(200);
    expect(page.body.data.map((a: { id: string }) => a.id)).toEqual([ids[1]]);
    const next = await support.browser.get(
      `/api/v1/ops/adjustments?status=PROPOSED&limit=1&cursor=${page.body.nextCursor}`,
    );
    expect(next.body.data.map((a: { id: string }) => a.id)).toEqual([ids[0]]);
    for (const id of ids) await reject(admin, id, 'Cleanup');
  });
});

describe("staff and their own account's money", () => {
  async function walletOf(user: TestUser, fund?: number): Promise<string> {
    const id = (await user.api.post('/api/v1/wallets').send({})).body.id as string;
    if (fund !== undefined) await user.api.post(`/api/v1/wallets/${id}/fund`).send({ amount: fund });
    return id;
  }
  const adjustmentsOf = async (walletId: string) =>
    (await t.db.query('SELECT status FROM adjustments WHERE wallet_id = $1', [walletId])).rows;

  it('refuses freezing or unfreezing a wallet of their own: 403 FORBIDDEN, nothing changed or recorded', async () => {
    const mine = await walletOf(finance, 5);
    const refused = await freeze(finance, mine);
    expectProblem(refused, 403, 'FORBIDDEN');
    expect(refused.body.detail).toMatch(/your own account/);
    const frozenAt = async () =>
      (await t.db.query('SELECT frozen_at FROM wallets WHERE id = $1', [mine])).rows[0].frozen_at;
    expect(await frozenAt()).toBeNull();
    // Frozen by someone else, it stays frozen: its owner cannot thaw it either.
    expect((await freeze(admin, mine)).status).toBe(200);
    expectProblem(await unfreeze(finance, mine), 403, 'FORBIDDEN');
    expect(await frozenAt()).not.toBeNull();
    expect((await auditActions(mine)).map((r) => [r.action, r.actor_id])).toEqual([
      ['wallet.frozen', admin.id],
    ]);
  });

  it('refuses proposing or approving an adjustment of a wallet of their own; another admin may approve', async () => {
    const financeWallet = await walletOf(finance);
    const refused = await propose(
      finance,
      { walletId: financeWallet, direction: 'CREDIT', amount: 10, reason: 'Mine' },
      `own-${financeWallet}`,
    );
    expectProblem(refused, 403, 'FORBIDDEN');
    expect(await adjustmentsOf(financeWallet)).toEqual([]);

    const adminWallet = await walletOf(admin);
    const id = await proposed(adminWallet, 'CREDIT', 25);
    const approving = await approve(admin, id);
    expectProblem(approving, 403, 'FORBIDDEN');
    expect(approving.body.detail).toMatch(/your own account/);
    expect(await adjustmentsOf(adminWallet)).toEqual([{ status: 'PROPOSED' }]);
    expect(await balanceMinor(t, adminWallet)).toBe(0n);
    expect((await approve(otherAdmin, id)).status).toBe(200);
    expect(await balanceMinor(t, adminWallet)).toBe(2500n);
  });
});

describe("the owner's security history", () => {
  it('shows the freeze, unfreeze and adjustments of their wallet as done by staff, never naming them', async () => {
    const owner = await t.newUser();
    const w = (await owner.api.post('/api/v1/wallets').send({})).body.id as string;
    expect((await freeze(finance, w)).status).toBe(200);
    expect((await unfreeze(finance, w)).status).toBe(200);
    const credit = await proposed(w, 'CREDIT', 5);
    expect((await approve(admin, credit)).status).toBe(200);
    const other = await proposed(w, 'CREDIT', 6);
    expect((await reject(admin, other)).status).toBe(200);

    const history = await owner.browser.get('/api/v1/auth/security-history?limit=100');
    expect(history.status).toBe(200);
    const byStaff = history.body.data
      .filter((e: { by: string }) => e.by !== 'you')
      .map((e: { action: string; by: string }) => [e.action, e.by])
      .reverse();
    expect(byStaff).toEqual([
      ['wallet.frozen', 'staff'],
      ['wallet.unfrozen', 'staff'],
      ['adjustment.proposed', 'staff'],
      ['adjustment.approved', 'staff'],
      ['adjustment.proposed', 'staff'],
      ['adjustment.rejected', 'staff'],
    ]);
    for (const member of [finance, admin]) {
      expect(history.text).not.toContain(member.email);
      expect(history.text).not.toContain(member.id);
    }
  });
});
