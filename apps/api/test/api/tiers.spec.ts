import { randomUUID } from 'node:crypto';
import { ThrottlerStorage } from '@nestjs/throttler';
import type { RoutedThrottlerStorage } from '../../src/rate-limit/rate-limit.module';
import { TierDirectory } from '../../src/tiers/tier-directory';
import { TiersService } from '../../src/tiers/tiers.service';
import { startTestApp, type TestApp } from '../support/app';
import { expectLedgerConsistent } from '../support/ledger';
import { expectProblem, MISSING_ID } from '../support/problems';
import { newStaff } from '../support/staff';
import type { TestUser } from '../support/users';

/*
 * Tiers: the requests a minute the RateLimit headers announce, and the daily and monthly money limits on
 * transfers to other users. The request-limit tests start apps without the suites' generous overrides
 * (RATE_LIMIT_PER_MINUTE and ANONYMOUS_RATE_LIMIT_PER_ADDRESS empty: the tiers decide), each on its own
 * database; the money-limit tests share one app with the overrides (they sign many users up).
 */

const TIERS_DECIDE = { RATE_LIMIT_PER_MINUTE: '', ANONYMOUS_RATE_LIMIT_PER_ADDRESS: '' };

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await expectLedgerConsistent(t.db);
});
afterAll(async () => {
  await t?.close();
});

const policy = (res: { headers: Record<string, string> }) => res.headers['ratelimit-policy'];

/** A tier of the test's own (so no test changes the defaults another relies on), with its limits. */
async function tierWith(limits: Record<string, [bigint | null, bigint | null]>, perMinute = 100) {
  const name = `t${randomUUID().slice(0, 8)}`;
  await t.db.query('INSERT INTO tiers (name, requests_per_minute) VALUES ($1, $2)', [name, perMinute]);
  for (const [currency, [daily, monthly]] of Object.entries(limits)) {
    await t.db.query(
      'INSERT INTO tier_limits (tier, currency, daily_minor, monthly_minor) VALUES ($1, $2, $3, $4)',
      [name, currency, daily?.toString() ?? null, monthly?.toString() ?? null],
    );
  }
  return name;
}

async function onTier(user: TestUser, tier: string) {
  await t.db.query('UPDATE users SET tier = $1 WHERE id = $2', [tier, user.id]);
}

async function walletOf(user: TestUser, fund?: string, currency = 'USD'): Promise<string> {
  const created = await user.api.post('/api/v1/wallets').send({ currency });
  expect(created.status).toBe(201);
  if (fund)
    expect(
      (await user.api.post(`/api/v1/wallets/${created.body.id}/fund`).send({ amount: fund })).status,
    ).toBe(201);
  return created.body.id;
}

const send = (
  user: TestUser,
  sourceWalletId: string,
  destinationWalletId: string,
  amount: string,
  key?: string,
) => {
  const req = user.api.post('/api/v1/wallets/transfer');
  if (key) req.set('Idempotency-Key', key);
  return req.send({ sourceWalletId, destinationWalletId, amount });
};

describe('requests a minute by tier', () => {
  it('announces the standard tier for a user, the premium one once they are moved, and 10 for an anonymous address', async () => {
    const fresh = await startTestApp(TIERS_DECIDE);
    try {
      await announcesByTier(fresh);
    } finally {
      await fresh.close();
    }
  });

  async function announcesByTier(t: TestApp) {
    const user = await t.newUser();
    const first = await user.api.get('/api/v1/wallets');
    expect(first.status).toBe(200);
    expect(policy(first)).toBe('"api";q=100;w=60');
    // The dashboard's session and the key count together, as one user.
    const viaSession = await user.browser.get('/api/v1/wallets');
    expect(policy(viaSession)).toBe('"api";q=100;w=60');
    const remaining = (res: { headers: Record<string, string> }) =>
      Number(/^"api";r=(\d+);t=\d+$/.exec(res.headers.ratelimit ?? '')?.[1]);
    expect(remaining(viaSession)).toBe(remaining(first) - 1);

    // An admin's change applies at once on the process that made it.
    await t.app.get(TiersService).setUserTier(randomUUID(), user.id, 'premium', async () => {});
    expect(policy(await user.api.get('/api/v1/wallets'))).toBe('"api";q=1000;w=60');

    const anonymous = await t.anonymous.get('/api/v1/currencies');
    expect(anonymous.status).toBe(200);
    expect(policy(anonymous)).toBe('"anonymous";q=10;w=60');
    expect(anonymous.headers.ratelimit).toMatch(/^"anonymous";r=\d+;t=\d+$/);
  }

  it('refuses the 11th anonymous request of an address in a minute, and the 101st of a standard user', async () => {
    const fresh = await startTestApp(TIERS_DECIDE);
    try {
      // The test user's sign-up was one anonymous request from this address.
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) statuses.push((await fresh.anonymous.get('/api/v1/currencies')).status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(9);
      expectProblem(await fresh.anonymous.get('/api/v1/currencies'), 429, 'RATE_LIMITED');
      // The signed-in user is counted on their own, by their tier: key creation was their first request.
      const seen: number[] = [];
      for (let i = 0; i < 100; i++) seen.push((await fresh.http.get('/api/v1/currencies')).status);
      expect(seen.filter((s) => s === 200)).toHaveLength(99);
      expect(seen.at(-1)).toBe(429);
    } finally {
      await fresh.close();
    }
  });

  it('reaches another process through the shared tier, once that process reads it again', async () => {
    const t = await startTestApp(TIERS_DECIDE);
    const other = await startTestApp(TIERS_DECIDE, { databaseUrl: t.databaseUrl });
    try {
      const user = await t.newUser();
      expect(policy(await other.asUser(user).get('/api/v1/wallets'))).toBe('"api";q=100;w=60');
      await t.app.get(TiersService).setUserTier(randomUUID(), user.id, 'premium', async () => {});
      // This process changed it: at once. The other remembers the old tier for up to 30 seconds
      // (TIER_CACHE_MS); forgetting stands in for that wait.
      expect(policy(await t.asUser(user).get('/api/v1/wallets'))).toBe('"api";q=1000;w=60');
      expect(policy(await other.asUser(user).get('/api/v1/wallets'))).toBe('"api";q=100;w=60');
      other.app.get(TierDirectory).forget();
      expect(policy(await other.asUser(user).get('/api/v1/wallets'))).toBe('"api";q=1000;w=60');
      await other.app.get<RoutedThrottlerStorage>(ThrottlerStorage, { strict: false }).sync();
    } finally {
      await other.close();
      await t.close();
    }
  });
});

describe('money limits', () => {
  it('passes a transfer that reaches the daily limit exactly and declines one minor unit more', async () => {
    const [payer, payee] = [await t.newUser(), await t.newUser()];
    await onTier(payer, await tierWith({ USD: [10000n, 50000n] }));
    const from = await walletOf(payer, '500.00');
    const to = await walletOf(payee);
    expect((await send(payer, from, to, '60.00')).status).toBe(201);
    expect((await send(payer, from, to, '40.00')).status).toBe(201);
    const over = await send(payer, from, to, '0.01');
    expectProblem(over, 422, 'LIMIT_EXCEEDED');
    expect(over.body).toMatchObject({ period: 'day', limit: 100, remaining: 0, currency: 'USD' });
    expect(over.body.detail).toContain('daily limit of 100.00 USD');
    expect(over.body.detail).toContain('0.00 USD is left today');
    // Recorded like the ledger's declines: a FAILED TRANSFER_OUT that moved nothing.
    const { rows } = await t.db.query(
      'SELECT status, failure_code, amount_minor::text AS amount FROM transactions WHERE id = $1',
      [over.body.transactionId],
    );
    expect(rows).toEqual([{ status: 'FAILED', failure_code: 'LIMIT_EXCEEDED', amount: '1' }]);
    const { rows: balances } = await t.db.query(
      'SELECT balance_minor::text AS b FROM wallets WHERE id = $1',
      [from],
    );
    expect(balances[0].b).toBe('40000');
  });

  it('tells what is left of the monthly limit, and counts neither own wallets, funding nor refunds', async () => {
    const [payer, payee] = [await t.newUser(), await t.newUser()];
    const tier = await tierWith({ USD: [null, 15000n] });
    await onTier(payer, tier);
    await onTier(payee, tier);
    const from = await walletOf(payer, '5000.00');
    const mine = await walletOf(payer);
    const to = await walletOf(payee);
    // Between the payer's own wallets nothing leaves them: not counted, whatever the amount.
    expect((await send(payer, from, mine, '1000.00')).status).toBe(201);
    const paid = await send(payer, from, to, '100.00');
    expect(paid.status).toBe(201);
    const over = await send(payer, from, to, '60.00');
    expectProblem(over, 422, 'LIMIT_EXCEEDED');
    expect(over.body).toMatchObject({ period: 'month', limit: 150, remaining: 50 });
    expect(over.body.detail).toContain('50.00 USD is left this month');
    expect((await send(payer, from, to, '50.00')).status).toBe(201);

    // The payee sends back what they received: a refund is not limited, and not counted.
    const received = paid.body.transactions.find((leg: { type: string }) => leg.type === 'TRANSFER_OUT');
    const inLeg = await t.db.query(
      "SELECT id FROM transactions WHERE transfer_id = $1 AND type = 'TRANSFER_IN'",
      [received.transferId],
    );
    const refund = await payee.api.post(`/api/v1/transactions/${inLeg.rows[0].id}/refund`).send({});
    expect(refund.status).toBe(201);

    const limits = await payer.api.get('/api/v1/account/limits');
    expect(limits.status).toBe(200);
    // This app runs with RATE_LIMIT_PER_MINUTE set for everyone: that is the number in force, not the tier's.
    expect(limits.body).toMatchObject({ tier, requestsPerMinute: 1_000_000 });
    expect(limits.body.limits).toEqual([
      {
        currency: 'USD',
        daily: null,
        monthly: {
          limit: 150,
          sent: 150,
          remaining: 0,
          resetsAt: expect.stringMatching(/-01T00:00:00\.000Z$/),
        },
      },
    ]);
    const payeeLimits = await payee.api.get('/api/v1/account/limits');
    expect(payeeLimits.body.limits[0].monthly).toMatchObject({ sent: 0, remaining: 150 });
  });

  it('replays a declined transfer for its Idempotency-Key, recording it once', async () => {
    const [payer, payee] = [await t.newUser(), await t.newUser()];
    await onTier(payer, await tierWith({ USD: [1000n, null] }));
    const from = await walletOf(payer, '100.00');
    const to = await walletOf(payee);
    const key = randomUUID();
    const first = await send(payer, from, to, '10.01', key);
    expectProblem(first, 422, 'LIMIT_EXCEEDED');
    const again = await send(payer, from, to, '10.01', key);
    expect(again.status).toBe(422);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    const { rows } = await t.db.query(
      "SELECT count(*)::int AS n FROM transactions WHERE wallet_id = $1 AND failure_code = 'LIMIT_EXCEEDED'",
      [from],
    );
    expect(rows[0].n).toBe(1);
    // The limit was not used up by the declined attempt: the whole of it is still there.
    expect((await send(payer, from, to, '10.00')).status).toBe(201);
  });

  it('holds when one user sends from two wallets at once through two processes', async () => {
    const other = await startTestApp({}, { databaseUrl: t.databaseUrl });
    try {
      const [payer, payee] = [await t.newUser(), await t.newUser()];
      await onTier(payer, await tierWith({ USD: [10000n, null] }));
      const a = await walletOf(payer, '200.00');
      const b = await walletOf(payer, '200.00');
      const to = await walletOf(payee);
      // 20 transfers of 10.00 (200.00 in all) against a day's 100.00: exactly ten can pass.
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          i % 2 === 0
            ? send(payer, a, to, '10.00')
            : other.asUser(payer).post('/api/v1/wallets/transfer').send({
                sourceWalletId: b,
                destinationWalletId: to,
                amount: '10.00',
              }),
        ),
      );
      const statuses = results.map((res) => res.status).sort();
      expect(statuses).toEqual([...Array(10).fill(201), ...Array(10).fill(422)]);
      for (const res of results.filter((r) => r.status === 422)) expect(res.body.code).toBe('LIMIT_EXCEEDED');
      const { rows } = await t.db.query('SELECT balance_minor::text AS b FROM wallets WHERE id = $1', [to]);
      expect(rows[0].b).toBe('10000');
      const totals = await t.db.query(
        'SELECT day_total_minor::text AS d FROM outgoing_totals WHERE user_id = $1',
        [payer.id],
      );
      expect(totals.rows).toEqual([{ d: '10000' }]);
    } finally {
      await other.close();
    }
  });

  it('limits only currencies the tier lists', async () => {
    const [payer, payee] = [await t.newUser(), await t.newUser()];
    await onTier(payer, await tierWith({ USD: [100n, 100n] }));
    const from = await walletOf(payer, '5000.00', 'EUR');
    const to = await walletOf(payee, undefined, 'EUR');
    expect((await send(payer, from, to, '5000.00')).status).toBe(201);
  });
});

describe('the admin routes', () => {
  const auditOf = async (action: string, subjectId: string) =>
    (
      await t.db.query(
        `SELECT actor_id, actor_role, subject_type, before, after FROM audit_events
         WHERE action = $1 AND subject_id = $2 ORDER BY seq`,
        [action, subjectId],
      )
    ).rows;

  it('lists the tiers with their limits, for any member of staff', async () => {
    const support = await newStaff(t, 'support');
    const res = await support.browser.get('/api/v1/ops/tiers');
    expect(res.status).toBe(200);
    const byName = Object.fromEntries(res.body.data.map((tier: { name: string }) => [tier.name, tier]));
    expect(byName.anonymous).toMatchObject({ requestsPerMinute: 10, limits: {} });
    expect(byName.standard).toMatchObject({
      requestsPerMinute: 100,
      limits: { USD: { daily: 10000, monthly: 50000 }, JPY: { daily: 1500000, monthly: 7500000 } },
    });
    expect(byName.premium).toMatchObject({
      requestsPerMinute: 1000,
      limits: { USD: { daily: 100000, monthly: 500000 }, KWD: { daily: 30000, monthly: 150000 } },
    });
    expect(byName.standard.users).toBeGreaterThan(0);
  });

  it('changes a tier, applies it to the next transfer, and records before and after', async () => {
    const admin = await newStaff(t, 'admin');
    const name = await tierWith({ USD: [10000n, 50000n] });
    const [payer, payee] = [await t.newUser(), await t.newUser()];
    await onTier(payer, name);
    const from = await walletOf(payer, '100.00');
    const to = await walletOf(payee);
    const res = await admin.browser.put(`/api/v1/ops/tiers/${name}`).send({
      requestsPerMinute: 250,
      limits: { USD: { daily: '20.00', monthly: 30 }, JPY: { daily: null, monthly: 5000 } },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name,
      requestsPerMinute: 250,
      limits: { USD: { daily: 20, monthly: 30 }, JPY: { daily: null, monthly: 5000 } },
      users: 1,
    });
    expect((await send(payer, from, to, '20.00')).status).toBe(201);
    expectProblem(await send(payer, from, to, '0.01'), 422, 'LIMIT_EXCEEDED');
    const [entry] = await auditOf('tier.changed', name);
    expect(entry).toMatchObject({
      actor_id: admin.id,
      actor_role: 'admin',
      subject_type: 'tier',
      before: { name, requestsPerMinute: 100, limits: { USD: { daily: 100, monthly: 500 } } },
      after: { name, requestsPerMinute: 250, limits: { USD: { daily: 20, monthly: 30 } } },
    });
  });

  it('puts a user on a tier, at once for their requests on this process, and records it', async () => {
    const admin = await newStaff(t, 'admin');
    const user = await t.newUser();
    const res = await admin.browser.put(`/api/v1/ops/users/${user.id}/tier`).send({ tier: 'premium' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ userId: user.id, tier: 'premium' });
    const limits = await user.api.get('/api/v1/account/limits');
    expect(limits.body.tier).toBe('premium');
    expect(limits.body.limits.find((l: { currency: string }) => l.currency === 'USD').daily).toMatchObject({
      limit: 100000,
      remaining: 100000,
    });
    const [entry] = await auditOf('user.tier_changed', user.id);
    expect(entry).toMatchObject({
      actor_id: admin.id,
      before: { userId: user.id, tier: 'standard' },
      after: { userId: user.id, tier: 'premium' },
    });
  });

  it('refuses an admin their own tier: 403 FORBIDDEN, the tier unchanged, nothing recorded', async () => {
    const admin = await newStaff(t, 'admin');
    const res = await admin.browser.put(`/api/v1/ops/users/${admin.id}/tier`).send({ tier: 'premium' });
    expectProblem(res, 403, 'FORBIDDEN');
    expect(res.body.detail).toMatch(/your own account/);
    const { rows } = await t.db.query('SELECT tier FROM users WHERE id = $1', [admin.id]);
    expect(rows[0].tier).toBe('standard');
    expect(await auditOf('user.tier_changed', admin.id)).toEqual([]);
  });

  it.each([
    ['no body', {}],
    ['a fractional number', { requestsPerMinute: 1.5, limits: {} }],
    ['zero requests', { requestsPerMinute: 0, limits: {} }],
    ['too many requests', { requestsPerMinute: 1_000_001, limits: {} }],
    ['a string for requests', { requestsPerMinute: '100', limits: {} }],
    ['limits as a list', { requestsPerMinute: 100, limits: [] }],
    ['limits as null', { requestsPerMinute: 100, limits: null }],
    ['an unknown currency', { requestsPerMinute: 100, limits: { XXX: { daily: 1, monthly: 2 } } }],
    ['too many decimals', { requestsPerMinute: 100, limits: { USD: { daily: '1.001', monthly: 2 } } }],
    ['decimals in yen', { requestsPerMinute: 100, limits: { JPY: { daily: 1.5, monthly: null } } }],
    ['a negative limit', { requestsPerMinute: 100, limits: { USD: { daily: -1, monthly: 2 } } }],
    ['a limit in exponent form', { requestsPerMinute: 100, limits: { USD: { daily: '1e3', monthly: 1e4 } } }],
    [
      'more than 15 digits',
      { requestsPerMinute: 100, limits: { USD: { daily: null, monthly: '10000000000000.00' } } },
    ],
    ['a missing period', { requestsPerMinute: 100, limits: { USD: { daily: 1 } } }],
    ['an unknown period', { requestsPerMinute: 100, limits: { USD: { daily: 1, monthly: 2, weekly: 1 } } }],
    [
      'a daily limit above the monthly',
      { requestsPerMinute: 100, limits: { USD: { daily: 3, monthly: 2 } } },
    ],
    ['an unknown field', { requestsPerMinute: 100, limits: {}, name: 'x' }],
  ])('refuses a tier with %s: 400, and changes nothing', async (_case, body) => {
    const admin = await newStaff(t, 'admin');
    const name = await tierWith({ USD: [100n, 200n] });
    const res = await admin.browser.put(`/api/v1/ops/tiers/${name}`).send(body);
    expectProblem(res, 400, 'VALIDATION_FAILED');
    const { rows } = await t.db.query(
      `SELECT t.requests_per_minute, l.daily_minor::text AS daily FROM tiers t JOIN tier_limits l ON l.tier = t.name
       WHERE t.name = $1`,
      [name],
    );
    expect(rows).toEqual([{ requests_per_minute: 100, daily: '100' }]);
    expect(await auditOf('tier.changed', name)).toEqual([]);
  });

  it('refuses money limits on the anonymous tier, unknown tiers and users, and the anonymous tier for a user', async () => {
    const admin = await newStaff(t, 'admin');
    const user = await t.newUser();
    const usd = { USD: { daily: 1, monthly: 2 } };
    expectProblem(
      await admin.browser.put('/api/v1/ops/tiers/anonymous').send({ requestsPerMinute: 10, limits: usd }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await admin.browser.put('/api/v1/ops/tiers/nosuchtier').send({ requestsPerMinute: 10, limits: {} }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await admin.browser.put('/api/v1/ops/tiers/Bad%20Name').send({ requestsPerMinute: 10, limits: {} }),
      400,
      'VALIDATION_FAILED',
    );
    const tierOf = (id: string, tier: unknown) =>
      admin.browser.put(`/api/v1/ops/users/${id}/tier`).send({ tier });
    expectProblem(await tierOf(user.id, 'anonymous'), 400, 'VALIDATION_FAILED');
    expectProblem(await tierOf(user.id, 'nosuchtier'), 400, 'VALIDATION_FAILED');
    expectProblem(await tierOf(user.id, 42), 400, 'VALIDATION_FAILED');
    expectProblem(await tierOf(user.id, null), 400, 'VALIDATION_FAILED');
    expectProblem(await tierOf('not-a-uuid', 'premium'), 400, 'VALIDATION_FAILED');
    expectProblem(await tierOf(MISSING_ID, 'premium'), 404, 'NOT_FOUND');
    const { rows } = await t.db.query('SELECT tier FROM users WHERE id = $1', [user.id]);
    expect(rows[0].tier).toBe('standard');
  });
});
