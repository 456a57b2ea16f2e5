import { generateSync } from 'otplib';
import request from 'supertest';
import type { TestApp } from '../support/app';
import { expectProblem, MISSING_ID } from '../support/problems';
import { enableTwoFactor, grantRole, newStaff } from '../support/staff';
import { useTestApp } from '../support/suite';
import type { TestUser } from '../support/users';
import { newWallet } from '../support/wallets';

const testApp = useTestApp();
let t: TestApp;
beforeAll(() => {
  t = testApp();
});

type Who = 'user' | 'support' | 'finance' | 'admin' | 'admin key';
const EVERYONE: Who[] = ['user', 'support', 'finance', 'admin', 'admin key'];

/**
 * Every operator route, who may call it, and a request that succeeds for them. Each route is tried as
 * every kind of caller: a plain user and an API key (even an admin's) get 404 as for a route that does not
 * exist; staff whose role is not allowed get 403; allowed staff get the route's success.
 */
interface RouteCase {
  name: string;
  allowed: Who[];
  call(agent: Agent, ids: Ids): PromiseLike<Res>;
  success: number;
}
type Agent = TestUser['browser'];
type Res = { status: number; headers: Record<string, string>; body: { code?: string } };
interface Ids {
  proposer: TestUser;
  userId: string;
  walletId: string;
  transactionId: string;
  subject: TestUser;
}

const READERS: Who[] = ['support', 'finance', 'admin'];

const ROUTES: RouteCase[] = [
  {
    name: 'GET /ops/users?email=',
    allowed: READERS,
    call: (a, ids) => a.get(`/api/v1/ops/users?email=${encodeURIComponent(ids.subject.email.slice(0, 8))}`),
    success: 200,
  },
  {
    name: 'GET /ops/users/:id',
    allowed: READERS,
    call: (a, ids) => a.get(`/api/v1/ops/users/${ids.userId}`),
    success: 200,
  },
  {
    name: 'GET /ops/wallets/:id',
    allowed: READERS,
    call: (a, ids) => a.get(`/api/v1/ops/wallets/${ids.walletId}`),
    success: 200,
  },
  {
    name: 'GET /ops/transactions/:id',
    allowed: READERS,
    call: (a, ids) => a.get(`/api/v1/ops/transactions/${ids.transactionId}`),
    success: 200,
  },
  {
    name: 'GET /ops/transactions?reference=',
    allowed: READERS,
    call: (a) => a.get('/api/v1/ops/transactions?reference=ops-matrix-ref'),
    success: 200,
  },
  { name: 'GET /ops/audit', allowed: READERS, call: (a) => a.get('/api/v1/ops/audit'), success: 200 },
  {
    name: 'GET /ops/audit/export',
    allowed: READERS,
    call: (a) => a.get('/api/v1/ops/audit/export?format=jsonl'),
    success: 200,
  },
  { name: 'GET /ops/tiers', allowed: READERS, call: (a) => a.get('/api/v1/ops/tiers'), success: 200 },
  {
    name: 'PUT /ops/tiers/:name',
    allowed: ['admin'],
    // The anonymous tier's number as it is: a change that changes nothing the other tests rely on.
    call: (a) => a.put('/api/v1/ops/tiers/anonymous').send({ requestsPerMinute: 10, limits: {} }),
    success: 200,
  },
  {
    name: 'PUT /ops/users/:id/tier',
    allowed: ['admin'],
    call: (a, ids) => a.put(`/api/v1/ops/users/${ids.userId}/tier`).send({ tier: 'standard' }),
    success: 200,
  },
  {
    name: 'PUT /ops/users/:id/role',
    allowed: ['admin'],
    call: (a, ids) => a.put(`/api/v1/ops/users/${ids.userId}/role`).send({ role: 'user' }),
    success: 200,
  },
  {
    name: 'GET /ops/reviews?status=PENDING',
    allowed: READERS,
    call: (a) => a.get('/api/v1/ops/reviews?status=PENDING'),
    success: 200,
  },
  {
    name: 'POST /ops/reviews/:id/release',
    allowed: ['finance', 'admin'],
    call: async (a, ids) => a.post(`/api/v1/ops/reviews/${await heldTransfer(ids)}/release`),
    success: 200,
  },
  {
    name: 'POST /ops/reviews/:id/reject',
    allowed: ['finance', 'admin'],
    call: async (a, ids) =>
      a.post(`/api/v1/ops/reviews/${await heldTransfer(ids)}/reject`).send({ reason: 'matrix' }),
    success: 200,
  },
  {
    name: 'GET /ops/review-rules',
    allowed: READERS,
    call: (a) => a.get('/api/v1/ops/review-rules'),
    success: 200,
  },
  {
    name: 'PUT /ops/review-rules',
    allowed: ['admin'],
    call: (a) =>
      a.put('/api/v1/ops/review-rules').send({
        rules: {
          hourly: { maxCount: null, maxAmount: {} },
          daily: { maxCount: null, maxAmount: {} },
          newCounterpartyAbove: { USD: 10000, EUR: 10000, GBP: 10000 },
          singleAmountAbove: { USD: 100000, EUR: 100000, GBP: 100000 },
        },
        note: 'the defaults again',
      }),
    success: 200,
  },
  {
    name: 'GET /ops/adjustments',
    allowed: READERS,
    call: (a) => a.get('/api/v1/ops/adjustments'),
    success: 200,
  },
  {
    name: 'GET /ops/adjustments/:id',
    allowed: READERS,
    call: async (a, ids) => a.get(`/api/v1/ops/adjustments/${await proposal(ids)}`),
    success: 200,
  },
  {
    name: 'POST /ops/adjustments',
    allowed: ['finance', 'admin'],
    call: (a, ids) =>
      a
        .post('/api/v1/ops/adjustments')
        .send({ walletId: ids.walletId, direction: 'CREDIT', amount: '1.00', reason: 'Matrix credit' }),
    success: 201,
  },
  {
    // Proposed by another finance member each time: an admin approves; finance may not.
    name: 'POST /ops/adjustments/:id/approve',
    allowed: ['admin'],
    call: async (a, ids) => a.post(`/api/v1/ops/adjustments/${await proposal(ids)}/approve`),
    success: 200,
  },
  {
    // Someone else's proposal: an admin rejects it; finance may withdraw only its own.
    name: 'POST /ops/adjustments/:id/reject',
    allowed: ['admin'],
    call: async (a, ids) =>
      a.post(`/api/v1/ops/adjustments/${await proposal(ids)}/reject`).send({ reason: 'Matrix' }),
    success: 200,
  },
  {
    name: 'GET /ops/wallets/:id/freeze',
    allowed: READERS,
    call: (a, ids) => a.get(`/api/v1/ops/wallets/${ids.walletId}/freeze`),
    success: 200,
  },
  {
    name: 'POST /ops/wallets/:id/freeze',
    allowed: ['finance', 'admin'],
    call: (a, ids) => a.post(`/api/v1/ops/wallets/${ids.walletId}/freeze`).send({ reason: 'Matrix' }),
    success: 200,
  },
  {
    name: 'POST /ops/wallets/:id/unfreeze',
    allowed: ['finance', 'admin'],
    call: (a, ids) => a.post(`/api/v1/ops/wallets/${ids.walletId}/unfreeze`).send({ reason: 'Matrix' }),
    success: 200,
  },
  {
    name: 'GET /ops/books-check',
    allowed: READERS,
    call: (a) => a.get('/api/v1/ops/books-check'),
    success: 200,
  },
  {
    name: 'POST /ops/books-check',
    allowed: ['admin'],
    call: (a) => a.post('/api/v1/ops/books-check'),
    success: 200,
  },
];

/** A credit of the matrix's wallet proposed by a finance member who is none of the callers: its id. */
async function proposal(ids: Ids): Promise<string> {
  const made = await ids.proposer.browser
    .post('/api/v1/ops/adjustments')
    .send({ walletId: ids.walletId, direction: 'CREDIT', amount: '0.01', reason: 'Matrix proposal' });
  expect(made.status).toBe(201);
  return made.body.id;
}

let callers: Record<Who, Agent>;
let ids: Ids;

beforeAll(async () => {
  const admin = await newStaff(t, 'admin');
  callers = {
    user: (await t.newUser()).browser,
    support: (await newStaff(t, 'support')).browser,
    finance: (await newStaff(t, 'finance')).browser,
    admin: admin.browser,
    'admin key': admin.api,
  };
  const subject = await t.newUser();
  const wallet = await newWallet(t, 'USD', 10);
  const funded = await t.http
    .post(`/api/v1/wallets/${wallet.id}/fund`)
    .send({ amount: '1.00', reference: 'ops-matrix-ref' });
  expect(funded.status).toBe(201);
  const proposer = await newStaff(t, 'finance');
  ids = {
    userId: subject.id,
    walletId: wallet.id,
    transactionId: funded.body.transaction.id,
    subject,
    proposer,
  };
});

/**
 * A transfer the default review rules hold (above 10,000.00 USD to a new counterparty, which only a
 * premium user may send in a day): its id.
 */
async function heldTransfer(ids: Ids): Promise<string> {
  // A payer of its own each time: a premium day allows ten such transfers.
  const payer = await t.newUser();
  await t.db.query("UPDATE users SET tier = 'premium' WHERE id = $1", [payer.id]);
  const from = { id: (await t.asUser(payer).post('/api/v1/wallets').send({})).body.id as string };
  expect(
    (await t.asUser(payer).post(`/api/v1/wallets/${from.id}/fund`).send({ amount: '10000.01' })).status,
  ).toBe(201);
  const to = (await t.asUser(ids.subject).post('/api/v1/wallets').send({})).body.id;
  const held = await t
    .asUser(payer)
    .post('/api/v1/wallets/transfer')
    .send({ sourceWalletId: from.id, destinationWalletId: to, amount: '10000.01' });
  expect(held.status).toBe(202);
  return held.body.transfer.id;
}

describe('the operator routes, as every kind of caller', () => {
  for (const route of ROUTES) {
    for (const who of EVERYONE) {
      const expected = route.allowed.includes(who)
        ? route.success
        : who === 'user' || who === 'admin key'
          ? 404
          : 403;
      it(`${route.name} as ${who}: ${expected}`, async () => {
        const res = await route.call(callers[who], ids);
        if (expected === 404) expectProblem(res, 404, 'NOT_FOUND');
        else if (expected === 403) expectProblem(res, 403, 'FORBIDDEN');
        else expect(res.status).toBe(expected);
      });
    }
  }

  it('answers 401 without a credential, before saying anything of the route', async () => {
    expectProblem(await t.anonymous.get(`/api/v1/ops/users/${MISSING_ID}`), 401, 'UNAUTHENTICATED');
  });

  it('shuts the console to staff without two-factor, saying how to open it, until they turn it on', async () => {
    const member = await t.newUser();
    await grantRole(t, member, 'admin');
    const shut = await member.browser.get('/api/v1/ops/audit');
    expectProblem(shut, 403, 'TWO_FACTOR_REQUIRED');
    expect(shut.body.detail).toContain('Settings');
    expectProblem(
      await member.browser.put(`/api/v1/ops/users/${ids.userId}/role`).send({ role: 'support' }),
      403,
      'TWO_FACTOR_REQUIRED',
    );
    await member.browser.post('/api/v1/auth/two-factor/setup');
    // A pending set-up is not two-factor yet.
    expectProblem(await member.browser.get('/api/v1/ops/audit'), 403, 'TWO_FACTOR_REQUIRED');
    await enableTwoFactor(member);
    expect((await member.browser.get('/api/v1/ops/audit')).status).toBe(200);
  });

  it('asks the session, not only the account: a password-only session never opens the console', async () => {
    const member = await t.newUser();
    // A second browser, signed in with the password alone before two-factor was turned on.
    const before = request.agent(t.baseUrl);
    const login = await before
      .post('/api/v1/auth/login')
      .send({ email: member.email, password: member.password });
    expect(login.status).toBe(200);
    const secret = await enableTwoFactor(member);
    await grantRole(t, member, 'admin');
    // Turning two-factor on ended every other session of the account.
    expectProblem(await before.get('/api/v1/ops/audit'), 401, 'UNAUTHENTICATED');
    expect((await member.browser.get('/api/v1/ops/audit')).status).toBe(200);
    // A session that proved no second factor (written as the owner, as one from before this release).
    await t.db.query('UPDATE sessions SET second_factor_at = NULL WHERE user_id = $1', [member.id]);
    const stale = await member.browser.get('/api/v1/ops/audit');
    expectProblem(stale, 403, 'TWO_FACTOR_REQUIRED');
    expect(stale.body.detail).toContain('signed in with the password alone');
    // A login with the code opens it.
    const again = request.agent(t.baseUrl);
    const withCode = await again.post('/api/v1/auth/login').send({
      email: member.email,
      password: member.password,
      otp: generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }),
    });
    expect(withCode.status).toBe(200);
    expect((await again.get('/api/v1/ops/audit')).status).toBe(200);
  });

  it('staff cannot turn two-factor off while they hold a role', async () => {
    const member = await newStaff(t, 'support');
    const off = await member.browser.post('/api/v1/auth/two-factor/disable').send({
      password: member.password,
      code: generateSync({ secret: member.totpSecret, epoch: Math.floor(Date.now() / 1000) + 30 }),
    });
    expectProblem(off, 403, 'TWO_FACTOR_REQUIRED');
    expect((await member.browser.get('/api/v1/auth/me')).body.user.twoFactor).toBe(true);
  });

  it("a plain user's 404 reads like any unknown route's", async () => {
    const ops = await callers.user.get('/api/v1/ops/audit');
    const unknown = await callers.user.get('/api/v1/nope');
    expect(ops.body.detail).toBe(
      'There is no GET /api/v1/ops/audit. The API lives under /api/v1; see /api/docs.',
    );
    expect(unknown.body.detail).toBe(
      'There is no GET /api/v1/nope. The API lives under /api/v1; see /api/docs.',
    );
  });
});
