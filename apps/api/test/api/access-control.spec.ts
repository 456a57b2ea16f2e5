import { createHash, randomUUID } from 'node:crypto';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app';
import { expectLedgerConsistent } from '../support/ledger';
import { expectProblem } from '../support/problems';
import { useTestApp } from '../support/suite';
import type { TestUser } from '../support/users';
import { newWallet } from '../support/wallets';

const testApp = useTestApp();
let t: TestApp;
beforeAll(() => {
  t = testApp();
});

const PASSWORD = 'a long enough password';

describe('accounts', () => {
  it('signs up with a session cookie that is httpOnly and SameSite=Lax, and stores only an argon2id hash', async () => {
    const email = `Ada.${randomUUID().slice(0, 8)}@Example.com`;
    const res = await t.anonymous.post('/api/v1/auth/signup').send({ email, password: PASSWORD });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      user: {
        id: expect.any(String),
        email: email.toLowerCase(),
        createdAt: expect.any(String),
        role: null,
        twoFactor: false,
        displayName: null,
      },
    });
    expect(res.text).not.toContain(PASSWORD);
    const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    const session = cookies.find((c) => c.startsWith('wallet_session='));
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(cookies.find((c) => c.startsWith('wallet_csrf='))).not.toMatch(/HttpOnly/);
    const { rows } = await t.db.query('SELECT password_hash FROM users WHERE email = $1', [
      email.toLowerCase(),
    ]);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
    const sessions = await t.db.query(
      'SELECT token_hash FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = $1',
      [email.toLowerCase()],
    );
    expect(session).not.toContain(sessions.rows[0].token_hash);
  });

  it('refuses a taken email, a bad email and a short password with 400', async () => {
    expectProblem(
      await t.anonymous.post('/api/v1/auth/signup').send({ email: t.user.email, password: PASSWORD }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await t.anonymous.post('/api/v1/auth/signup').send({ email: 'not-an-email', password: PASSWORD }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await t.anonymous.post('/api/v1/auth/signup').send({ email: 'x@example.com', password: 'short' }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await t.anonymous.post('/api/v1/auth/signup').send({ email: 'x@example.com' }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('logs in, tells who is signed in, and logs out everywhere', async () => {
    const browser = request.agent(t.baseUrl);
    expectProblem(
      await browser.post('/api/v1/auth/login').send({ email: t.user.email, password: 'wrong password!' }),
      401,
      'UNAUTHENTICATED',
    );
    const unknown = await browser
      .post('/api/v1/auth/login')
      .send({ email: 'nobody@example.com', password: 'wrong password!' });
    expectProblem(unknown, 401, 'UNAUTHENTICATED');
    const login = await browser
      .post('/api/v1/auth/login')
      .send({ email: t.user.email.toUpperCase(), password: t.user.password });
    expect(login.status).toBe(200);
    expect(login.body.user.id).toBe(t.user.id);
    const cookies = ([] as string[]).concat(login.headers['set-cookie'] ?? []).join(';');
    const token = /wallet_session=([^;]+)/.exec(cookies)?.[1];
    const csrf = /wallet_csrf=([^;]+)/.exec(cookies)?.[1] ?? '';
    expect((await browser.get('/api/v1/auth/me')).body.user.email).toBe(t.user.email);
    expect((await t.http.get('/api/v1/auth/me')).body.user.id).toBe(t.user.id);
    expect((await browser.post('/api/v1/auth/logout').set('X-CSRF-Token', csrf)).status).toBe(204);
    // The old cookie is dead even if a client kept it.
    expectProblem(
      await t.anonymous.get('/api/v1/auth/me').set('Cookie', `wallet_session=${token}`),
      401,
      'UNAUTHENTICATED',
    );
    expectProblem(await t.anonymous.get('/api/v1/auth/me'), 401, 'UNAUTHENTICATED');
  });
});

describe("user B against user A's wallets", () => {
  let a: TestUser;
  let b: TestUser;
  let walletOfA: { id: string };
  let transactionOfA: string;

  beforeAll(async () => {
    a = t.user;
    b = await t.newUser();
    walletOfA = await newWallet(t, 'USD', 50);
    transactionOfA = (await t.http.get(`/api/v1/wallets/${walletOfA.id}`)).body.transactions[0].id;
  });

  const attempts = (agent: ReturnType<typeof request.agent>, ownWalletId: string) => ({
    read: () => agent.get(`/api/v1/wallets/${walletOfA.id}`),
    history: () => agent.get(`/api/v1/wallets/${walletOfA.id}/transactions`),
    transaction: () => agent.get(`/api/v1/transactions/${transactionOfA}`),
    fund: () => agent.post(`/api/v1/wallets/${walletOfA.id}/fund`).send({ amount: 1 }),
    transferFrom: () =>
      agent
        .post('/api/v1/wallets/transfer')
        .send({ sourceWalletId: walletOfA.id, destinationWalletId: ownWalletId, amount: 1 }),
  });

  it.each(['read', 'history', 'transaction', 'fund', 'transferFrom'] as const)(
    'answers 404 to %s, with a session and with a key, and moves nothing',
    async (attempt) => {
      const own = (await b.api.post('/api/v1/wallets').send({})).body.id as string;
      for (const agent of [b.browser, b.api]) {
        const res = await attempts(agent, own)[attempt]();
        expect(res.status).toBe(404);
        expect(['WALLET_NOT_FOUND', 'TRANSACTION_NOT_FOUND']).toContain(res.body.code);
      }
      const { rows } = await t.db.query('SELECT balance_minor::int AS b FROM wallets WHERE id = $1', [
        walletOfA.id,
      ]);
      expect(rows[0].b).toBeGreaterThanOrEqual(5000);
      await expectLedgerConsistent(t.db);
    },
  );

  it("lists only the caller's own wallets", async () => {
    const ids = (await b.api.get('/api/v1/wallets')).body.data.map((w: { id: string }) => w.id);
    expect(ids).not.toContain(walletOfA.id);
  });

  it("lets B pay into A's wallet, showing B only its id and currency and only B's own leg", async () => {
    const own = (await b.api.post('/api/v1/wallets').send({ name: 'B pays' })).body.id as string;
    await b.api.post(`/api/v1/wallets/${own}/fund`).send({ amount: 10 });
    const res = await b.api
      .post('/api/v1/wallets/transfer')
      .send({ sourceWalletId: own, destinationWalletId: walletOfA.id, amount: '2.50' });
    expect(res.status).toBe(201);
    expect(res.body.destinationWallet).toEqual({ id: walletOfA.id, currency: 'USD' });
    expect(res.body.transactions).toHaveLength(1);
    expect(res.body.transactions[0]).toMatchObject({ type: 'TRANSFER_OUT', walletId: own, amount: 2.5 });
    expect(res.text).not.toContain('"name":"USD wallet"');
    // A receives it, and sees nothing of B's wallet either.
    const history = await a.api
      .get(`/api/v1/wallets/${walletOfA.id}/transactions`)
      .query({ type: 'TRANSFER_IN' });
    expect(history.body.data[0]).toMatchObject({ type: 'TRANSFER_IN', amount: 2.5, sourceWalletId: null });
    await expectLedgerConsistent(t.db);
  });

  it('refuses to send money into a wallet nobody owns (one made before access control)', async () => {
    const orphan = await t.db.query(
      "INSERT INTO wallets (name, currency) VALUES ('legacy', 'USD') RETURNING id",
    );
    const own = await newWallet(t, 'USD', 3);
    const res = await t.http
      .post('/api/v1/wallets/transfer')
      .send({ sourceWalletId: own.id, destinationWalletId: orphan.rows[0].id, amount: 1 });
    expectProblem(res, 404, 'WALLET_NOT_FOUND');
    await expectLedgerConsistent(t.db);
  });

  it('scopes Idempotency-Keys to the caller: the same key from two users is two requests', async () => {
    const key = randomUUID();
    const ownOfB = (await b.api.post('/api/v1/wallets').send({})).body.id as string;
    expect(
      (
        await a.api
          .post(`/api/v1/wallets/${walletOfA.id}/fund`)
          .set('Idempotency-Key', key)
          .send({ amount: 1 })
      ).status,
    ).toBe(201);
    const fromB = await b.api
      .post(`/api/v1/wallets/${ownOfB}/fund`)
      .set('Idempotency-Key', key)
      .send({ amount: 1 });
    expect(fromB.status).toBe(201);
    expect(fromB.headers['idempotent-replayed']).toBeUndefined();
  });
});

describe('API keys', () => {
  it('enforces scopes: 403 for a missing one, the request goes through with it', async () => {
    const wallet = await newWallet(t, 'USD', 20);
    const other = await newWallet(t);
    const readOnly = await t.user.keyWith(['wallets:read']);
    expect((await readOnly.agent.get(`/api/v1/wallets/${wallet.id}`)).status).toBe(200);
    expectProblem(await readOnly.agent.post('/api/v1/wallets').send({}), 403, 'FORBIDDEN');
    expectProblem(
      await readOnly.agent.post(`/api/v1/wallets/${wallet.id}/fund`).send({ amount: 1 }),
      403,
      'FORBIDDEN',
    );
    const writer = await t.user.keyWith(['wallets:write']);
    expect((await writer.agent.post(`/api/v1/wallets/${wallet.id}/fund`).send({ amount: 1 })).status).toBe(
      201,
    );
    expectProblem(
      await writer.agent
        .post('/api/v1/wallets/transfer')
        .send({ sourceWalletId: wallet.id, destinationWalletId: other.id, amount: 1 }),
      403,
      'FORBIDDEN',
    );
    expectProblem(await writer.agent.get('/api/v1/wallets'), 403, 'FORBIDDEN');
    const mover = await t.user.keyWith(['transfers:write']);
    expect(
      (
        await mover.agent
          .post('/api/v1/wallets/transfer')
          .send({ sourceWalletId: wallet.id, destinationWalletId: other.id, amount: 1 })
      ).status,
    ).toBe(201);
  });

  it('answers a login with any text as its email without a 500', async () => {
    const res = await t.anonymous
      .post('/api/v1/auth/login')
      .send({ email: 'a\u0000@x.io', password: 'xxxxxxxxxxxx' });
    expectProblem(res, 400, 'VALIDATION_FAILED');
  });

  it('lets public routes answer even when a stale key is sent along', async () => {
    const res = await t.anonymous
      .get('/api/v1/currencies')
      .set('Authorization', 'Bearer wk_revokedrevokedrevoked');
    expect(res.status).toBe(200);
  });

  it('answers 401 for no credential, an unknown key, a malformed header and a revoked key', async () => {
    expectProblem(await t.anonymous.get('/api/v1/wallets'), 401, 'UNAUTHENTICATED');
    expectProblem(
      await t.anonymous.get('/api/v1/wallets').set('Authorization', 'Bearer wk_unknownunknownunknown'),
      401,
      'UNAUTHENTICATED',
    );
    expectProblem(
      await t.anonymous.get('/api/v1/wallets').set('Authorization', 'Basic abc'),
      401,
      'UNAUTHENTICATED',
    );
    const key = await t.user.keyWith(['wallets:read']);
    expect((await key.agent.get('/api/v1/wallets')).status).toBe(200);
    const revoked = await t.user.browser.delete(`/api/v1/api-keys/${key.id}`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).toEqual(expect.any(String));
    expectProblem(await key.agent.get('/api/v1/wallets'), 401, 'UNAUTHENTICATED');
  });

  it('shows the secret once, stores only its hash, lists keys with last use, and is managed only with a session', async () => {
    const created = await t.user.browser
      .post('/api/v1/api-keys')
      .send({ name: 'Export', scopes: ['wallets:read'] });
    expect(created.status).toBe(201);
    expect(created.body.key).toMatch(/^wk_[A-Za-z0-9_-]{43}$/);
    expect(created.body.prefix).toBe(created.body.key.slice(0, 10));
    const stored = await t.db.query('SELECT secret_hash FROM api_keys WHERE id = $1', [created.body.id]);
    expect(stored.rows[0].secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.rows[0].secret_hash).not.toContain(created.body.key);
    await request(t.baseUrl).get('/api/v1/wallets').set('Authorization', `Bearer ${created.body.key}`);
    const list = await t.user.browser.get('/api/v1/api-keys');
    expect(list.status).toBe(200);
    expect(list.text).not.toContain(created.body.key);
    const listed = list.body.data.find((k: { id: string }) => k.id === created.body.id);
    expect(listed).toMatchObject({
      name: 'Export',
      scopes: ['wallets:read'],
      revokedAt: null,
      lastUsedAt: expect.any(String),
    });
    expectProblem(await t.http.get('/api/v1/api-keys'), 403, 'FORBIDDEN');
    expectProblem(
      await t.http.post('/api/v1/api-keys').send({ name: 'x', scopes: ['wallets:read'] }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await t.user.browser.post('/api/v1/api-keys').send({ name: 'x', scopes: ['admin'] }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await t.user.browser.post('/api/v1/api-keys').send({ name: 'x', scopes: [] }),
      400,
      'VALIDATION_FAILED',
    );
    const stranger = await t.newUser();
    expectProblem(await stranger.browser.delete(`/api/v1/api-keys/${created.body.id}`), 404, 'NOT_FOUND');
  });
});

describe('browser protections', () => {
  it('rejects a state change from a session without the CSRF token, and changes nothing', async () => {
    const before = await t.db.query('SELECT COUNT(*)::int AS n FROM wallets');
    const crossSite = request(t.baseUrl)
      .post('/api/v1/wallets')
      .set('Cookie', (await sessionCookie(t.user)) ?? '');
    expectProblem(await crossSite.send({ name: 'forged' }), 403, 'FORBIDDEN');
    const wrongToken = request(t.baseUrl)
      .post('/api/v1/wallets')
      .set('Cookie', (await sessionCookie(t.user)) ?? '')
      .set('X-CSRF-Token', 'not-the-token');
    expectProblem(await wrongToken.send({ name: 'forged' }), 403, 'FORBIDDEN');
    const after = await t.db.query('SELECT COUNT(*)::int AS n FROM wallets');
    expect(after.rows[0].n).toBe(before.rows[0].n);
    expect((await t.user.browser.post('/api/v1/wallets').send({ name: 'real' })).status).toBe(201);
  });

  it('stores only the sha256 of the CSRF token, and checks what is sent against it', async () => {
    // Finding 9: sessions.csrf_token held the token in clear, so whoever read the table could forge a request.
    const browser = request.agent(t.baseUrl);
    const signup = await browser
      .post('/api/v1/auth/signup')
      .send({ email: `csrf.${randomUUID().slice(0, 8)}@example.com`, password: PASSWORD });
    expect(signup.status).toBe(201);
    const login = await browser
      .post('/api/v1/auth/login')
      .send({ email: signup.body.user.email, password: PASSWORD });
    expect(login.status).toBe(200);
    const stored = await t.db.query(
      'SELECT csrf_token, csrf_token_hash FROM sessions WHERE user_id = $1 ORDER BY created_at, id',
      [signup.body.user.id],
    );
    expect(stored.rows).toHaveLength(2);
    const tokens = [signup, login].map((res) => {
      const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []).join(';');
      return decodeURIComponent(/wallet_csrf=([^;]+)/.exec(cookies)?.[1] ?? '');
    });
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const hashes = stored.rows.map((row: { csrf_token_hash: string }) => row.csrf_token_hash);
    // Both sessions were made within the same millisecond at worst: compare as sets.
    expect(new Set(hashes)).toEqual(new Set(tokens.map((token) => sha256(token))));
    for (const token of tokens) expect(hashes).not.toContain(token);
    // The column that held the token in clear is empty.
    expect(stored.rows.map((row: { csrf_token: string | null }) => row.csrf_token)).toEqual([null, null]);
    const latest = tokens[1] ?? '';

    // The browser (holding the login's cookies) echoes the cookie's value: the change goes through.
    const made = await browser.post('/api/v1/wallets').set('X-CSRF-Token', latest).send({ name: 'mine' });
    expect(made.status).toBe(201);
    // The stored hash is no token: sent back as the header, it is refused, as is any wrong token.
    const before = await t.db.query('SELECT COUNT(*)::int AS n FROM wallets');
    for (const wrong of [sha256(latest), hashes[0] ?? '', `${latest}x`, 'not-the-token']) {
      expectProblem(
        await browser.post('/api/v1/wallets').set('X-CSRF-Token', wrong).send({ name: 'forged' }),
        403,
        'FORBIDDEN',
      );
    }
    const after = await t.db.query('SELECT COUNT(*)::int AS n FROM wallets');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('refuses a CSRF token written to the sessions table in clear', async () => {
    await expect(
      t.db.query(
        `INSERT INTO sessions (user_id, token_hash, csrf_token_hash, expires_at)
         VALUES ($1, repeat('d', 64), $2, now() + interval '1 day')`,
        [t.user.id, t.user.csrfToken.padEnd(64, 'x')],
      ),
    ).rejects.toThrow(/sessions_csrf_token_hash_is_sha256/);
  });

  it('sends security headers and no CORS grant to other origins', async () => {
    const res = await t.anonymous.get('/api/v1/currencies').set('Origin', 'https://evil.example');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});

async function sessionCookie(user: TestUser): Promise<string | undefined> {
  const login = await request(t.baseUrl)
    .post('/api/v1/auth/login')
    .send({ email: user.email, password: user.password });
  const cookies = ([] as string[]).concat(login.headers['set-cookie'] ?? []);
  return cookies.find((c) => c.startsWith('wallet_session='))?.split(';')[0];
}

describe('rate limits, counted in PostgreSQL', () => {
  it('answers repeated bad logins for one email with 429 and Retry-After', async () => {
    const limited = await startTestApp({ AUTH_RATE_LIMIT_PER_EMAIL: '3' });
    try {
      const statuses: number[] = [];
      let last: request.Response | undefined;
      for (let i = 0; i < 5; i++) {
        last = await limited.anonymous
          .post('/api/v1/auth/login')
          .send({ email: 'victim@example.com', password: `guess number ${i}` });
        statuses.push(last.status);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      expectProblem(last as request.Response, 429, 'RATE_LIMITED');
      expect(Number(last?.headers['retry-after'])).toBeGreaterThan(0);
      // Another email from the same address is not blocked by that.
      expect(
        (
          await limited.anonymous
            .post('/api/v1/auth/login')
            .send({ email: 'other@example.com', password: 'guess number x' })
        ).status,
      ).toBe(401);
    } finally {
      await limited.close();
    }
  });

  it('limits sign-ups and logins per address, across two API processes on one database', async () => {
    const first = await startTestApp({ AUTH_RATE_LIMIT_PER_ADDRESS: '6' });
    const second = await startTestApp(
      { AUTH_RATE_LIMIT_PER_ADDRESS: '6' },
      { databaseUrl: first.databaseUrl },
    );
    try {
      // Setting up the two apps signed up one user each: 2 of the 6 are used.
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        const server = i % 2 === 0 ? first : second;
        const res = await server.anonymous
          .post('/api/v1/auth/signup')
          .send({ email: `many-${i}-${randomUUID().slice(0, 6)}@example.com`, password: PASSWORD });
        statuses.push(res.status);
      }
      expect(statuses).toEqual([201, 201, 201, 201, 429, 429]);
    } finally {
      await second.close();
      await first.close();
    }
  });

  it('limits each user across routes, with 429 problem+json', async () => {
    const limited = await startTestApp({ RATE_LIMIT_PER_MINUTE: '8' });
    try {
      // Creating the test user's key was its first request.
      const statuses: number[] = [];
      for (let i = 0; i < 9; i++) statuses.push((await limited.http.get('/api/v1/wallets')).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 429, 429]);
      const res = await limited.http.get('/api/v1/wallets');
      expectProblem(res, 429, 'RATE_LIMITED');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      // Another user has their own allowance.
      const other = await limited.newUser();
      expect((await other.api.get('/api/v1/wallets')).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
