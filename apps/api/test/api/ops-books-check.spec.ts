import type { TestApp } from '../support/app';
import { expectProblem } from '../support/problems';
import { newStaff } from '../support/staff';
import { useTestApp } from '../support/suite';
import type { TestUser } from '../support/users';
import { newWallet } from '../support/wallets';

const testApp = useTestApp();
let t: TestApp;
let admin: TestUser;
let support: TestUser;
let finance: TestUser;
let plain: TestUser;
beforeAll(async () => {
  t = testApp();
  admin = await newStaff(t, 'admin');
  support = await newStaff(t, 'support');
  finance = await newStaff(t, 'finance');
  plain = await t.newUser();
});

/** The lock every check takes (books-check.ts), held here to play a check that is already running. */
const CHECK_LOCK = 7_311_640_201;

async function booksCheckedRows() {
  const { rows } = await t.db.query(
    `SELECT actor_id, actor_role, user_id, address, after FROM audit_events
     WHERE action = 'books.checked' ORDER BY seq`,
  );
  return rows;
}

describe('the books check in the console', () => {
  // First in the file: the ledger check after each test adds records of its own.
  it('says there has been no check yet before the first one', async () => {
    const res = await support.browser.get('/api/v1/ops/books-check');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ latest: null });
  });

  it('runs an incremental check for an admin, records who asked in the audit trail, and shows it as the latest', async () => {
    await newWallet(t, 'USD', '12.34');
    const run = await admin.browser.post('/api/v1/ops/books-check').set('X-Request-Id', 'books-now-1');
    expect(run.status).toBe(200);
    expect(run.body).toMatchObject({
      mode: 'incremental',
      ok: true,
      discrepancies: 0,
      truncated: false,
      found: [],
      digest: expect.stringMatching(/^\d+:[0-9a-f]{64}$/),
    });
    expect(run.body.rowsChecked).toBeGreaterThanOrEqual(1);
    expect(run.body.rowsHashed).toBeGreaterThanOrEqual(run.body.rowsChecked);

    const latest = await support.browser.get('/api/v1/ops/books-check');
    expect(latest.status).toBe(200);
    expect(latest.body.latest).toEqual({
      finishedAt: expect.any(String),
      mode: 'incremental',
      walletsChecked: run.body.walletsChecked,
      rowsChecked: run.body.rowsChecked,
      discrepancies: 0,
      ok: true,
      digest: run.body.digest,
    });
    expect(Date.parse(latest.body.latest.finishedAt)).toBeGreaterThanOrEqual(Date.parse(run.body.startedAt));

    const audited = await booksCheckedRows();
    expect(audited).toEqual([
      {
        actor_id: admin.id,
        actor_role: 'admin',
        user_id: null,
        address: '127.0.0.1',
        after: expect.objectContaining({
          mode: 'incremental',
          ok: true,
          discrepancies: 0,
          digest: run.body.digest,
        }),
      },
    ]);
    const { rows } = await t.db.query("SELECT request_id FROM audit_events WHERE action = 'books.checked'");
    expect(rows[0].request_id).toBe('books-now-1');
  });

  it('says what is wrong when the books do not balance, in its answer and in the latest record', async () => {
    const wallet = await newWallet(t, 'EUR', '5.00');
    await t.db.query('ALTER TABLE wallets DISABLE TRIGGER USER');
    await t.db.query('UPDATE wallets SET balance_minor = 7 WHERE id = $1', [wallet.id]);
    await t.db.query('ALTER TABLE wallets ENABLE TRIGGER USER');
    try {
      const run = await admin.browser.post('/api/v1/ops/books-check');
      expect(run.status).toBe(200);
      expect(run.body.ok).toBe(false);
      expect(run.body.discrepancies).toBeGreaterThanOrEqual(1);
      expect(run.body.found).toContainEqual({
        kind: 'BALANCE_NOT_LAST_ROW',
        walletId: wallet.id,
        transactionId: null,
        transferId: null,
        detail: `wallet ${wallet.id} holds 7 but its newest ledger row ends at 500`,
      });
      const latest = await finance.browser.get('/api/v1/ops/books-check');
      expect(latest.body.latest).toMatchObject({ ok: false, discrepancies: run.body.discrepancies });
      const audited = await booksCheckedRows();
      expect(audited[audited.length - 1].after).toMatchObject({
        ok: false,
        discrepancies: run.body.discrepancies,
      });
    } finally {
      await t.db.query('ALTER TABLE wallets DISABLE TRIGGER USER');
      await t.db.query('UPDATE wallets SET balance_minor = 500 WHERE id = $1', [wallet.id]);
      await t.db.query('ALTER TABLE wallets ENABLE TRIGGER USER');
    }
  });

  it('answers 503 with Retry-After while another check runs, and records nothing', async () => {
    const before = (await booksCheckedRows()).length;
    await t.db.query('SELECT pg_advisory_lock($1)', [CHECK_LOCK]);
    try {
      const run = await admin.browser.post('/api/v1/ops/books-check');
      expectProblem(run, 503, 'SERVICE_UNAVAILABLE');
      expect(run.headers['retry-after']).toBe('10');
      expect(run.body.detail).toMatch(/Another check of the books is running/);
    } finally {
      await t.db.query('SELECT pg_advisory_unlock($1)', [CHECK_LOCK]);
    }
    expect(await booksCheckedRows()).toHaveLength(before);
  });

  it('refuses a check without the CSRF token', async () => {
    const res = await admin.browser.post('/api/v1/ops/books-check').set('X-CSRF-Token', 'wrong');
    expectProblem(res, 403, 'FORBIDDEN');
  });
});

type Who = 'user' | 'support' | 'finance' | 'admin' | 'admin key';

describe('who may use the books check routes', () => {
  const agent = (who: Who) =>
    ({
      user: plain.browser,
      support: support.browser,
      finance: finance.browser,
      admin: admin.browser,
      'admin key': admin.api,
    })[who];
  const cases: { route: string; who: Who; expected: number }[] = [
    { route: 'GET', who: 'user', expected: 404 },
    { route: 'GET', who: 'admin key', expected: 404 },
    { route: 'GET', who: 'support', expected: 200 },
    { route: 'GET', who: 'finance', expected: 200 },
    { route: 'GET', who: 'admin', expected: 200 },
    { route: 'POST', who: 'user', expected: 404 },
    { route: 'POST', who: 'admin key', expected: 404 },
    { route: 'POST', who: 'support', expected: 403 },
    { route: 'POST', who: 'finance', expected: 403 },
    { route: 'POST', who: 'admin', expected: 200 },
  ];
  for (const { route, who, expected } of cases) {
    it(`${route} /ops/books-check as ${who}: ${expected}`, async () => {
      const a = agent(who);
      const res = await (route === 'GET'
        ? a.get('/api/v1/ops/books-check')
        : a.post('/api/v1/ops/books-check'));
      if (expected === 404) expectProblem(res, 404, 'NOT_FOUND');
      else if (expected === 403) expectProblem(res, 403, 'FORBIDDEN');
      else expect(res.status).toBe(expected);
    });
  }

  it('answers 401 without a credential', async () => {
    expectProblem(await t.anonymous.get('/api/v1/ops/books-check'), 401, 'UNAUTHENTICATED');
    expectProblem(await t.anonymous.post('/api/v1/ops/books-check'), 401, 'UNAUTHENTICATED');
  });
});
