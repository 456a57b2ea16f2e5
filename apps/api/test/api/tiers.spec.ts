import { randomUUID } from 'node:crypto';
import { ThrottlerStorage } from '@nestjs/throttler';
import type { RoutedThrottlerStorage } from '../../src/rate-limit/rate-limit.module';
import { TierDirectory } from '../../src/tiers/tier-directory';
import { TiersService } from '../../src/tiers/tiers.service';
import { startTestApp, type TestApp } from '../support/app';
import { expectLedgerConsistent } from '../support/ledger';
import { expectProblem } from '../support/problems';
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
    await t.app.get(TiersService).setUserTier(user.id, 'premium', async () => {});
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
      await t.app.get(TiersService).setUserTier(user.id, 'premium', async () => {});
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
