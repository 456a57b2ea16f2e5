import pg from 'pg';
import type { TestApp } from '../support/app';
import { expectProblem, MISSING_ID } from '../support/problems';
import { enableTwoFactor, newStaff } from '../support/staff';
import { useTestApp } from '../support/suite';
import type { TestUser } from '../support/users';
import { newWallet } from '../support/wallets';

const testApp = useTestApp();
let t: TestApp;
let admin: TestUser;
let support: TestUser;
beforeAll(async () => {
  t = testApp();
  admin = await newStaff(t, 'admin');
  support = await newStaff(t, 'support');
});

async function auditRows(where: string, params: unknown[]) {
  const { rows } = await t.db.query(
    `SELECT action, actor_id, actor_role, subject_type, subject_id, user_id, address, request_id, before, after
     FROM audit_events WHERE ${where} ORDER BY seq`,
    params,
  );
  return rows;
}

describe('finding accounts', () => {
  it('finds users by the start of their email, and says what a search needs', async () => {
    const someone = await t.newUser();
    const found = await support.browser.get(
      `/api/v1/ops/users?email=${someone.email.slice(0, 10).toUpperCase()}`,
    );
    expect(found.status).toBe(200);
    expect(found.body.data).toContainEqual({
      id: someone.id,
      email: someone.email,
      role: null,
      tier: 'standard',
      createdAt: expect.any(String),
    });
    expectProblem(await support.browser.get('/api/v1/ops/users?email=ab'), 400, 'VALIDATION_FAILED');
    expectProblem(await support.browser.get('/api/v1/ops/users'), 400, 'VALIDATION_FAILED');
  });

  it("shows a user's page and records that staff opened it, in the trail and the user's own history", async () => {
    const someone = await t.newUser();
    const wallet = await t.asUser(someone).post('/api/v1/wallets').send({ currency: 'EUR', name: 'Rent' });
    expect(wallet.status).toBe(201);
    const page = await support.browser
      .get(`/api/v1/ops/users/${someone.id}`)
      .set('X-Request-Id', 'ops-page-1');
    expect(page.status).toBe(200);
    expect(page.body.user).toMatchObject({ id: someone.id, email: someone.email, role: null });
    expect(page.body.wallets).toEqual([
      expect.objectContaining({ id: wallet.body.id, currency: 'EUR', ownerId: someone.id }),
    ]);
    expect(page.body.apiKeys).toHaveLength(1);
    expect(page.body.apiKeys[0]).not.toHaveProperty('secretHash');
    // What tells an operator whether the key still works: its mode, expiry and rotation.
    expect(page.body.apiKeys[0]).toMatchObject({ mode: 'live', expiresAt: null, rotatedTo: null });
    expect(page.body.sessions.length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(page.body)).not.toMatch(/password|token_hash|secret_hash/i);

    expect(await auditRows("action = 'ops.user_viewed' AND subject_id = $1", [someone.id])).toEqual([
      expect.objectContaining({
        actor_id: support.id,
        actor_role: 'support',
        subject_type: 'user',
        user_id: someone.id,
        request_id: 'ops-page-1',
        address: expect.stringMatching(/^(127\.0\.0\.1|::1)$/),
      }),
    ]);
    const own = await someone.browser.get('/api/v1/auth/security-history');
    expect(own.status).toBe(200);
    expect(own.body.data[0]).toMatchObject({ action: 'ops.user_viewed', by: 'staff' });
    expect(JSON.stringify(own.body)).not.toContain(support.email);
  });

  it('404s a user, wallet or transaction that does not exist, and 400s a malformed id', async () => {
    expectProblem(await support.browser.get(`/api/v1/ops/users/${MISSING_ID}`), 404, 'NOT_FOUND');
    expectProblem(await support.browser.get(`/api/v1/ops/wallets/${MISSING_ID}`), 404, 'WALLET_NOT_FOUND');
    expectProblem(
      await support.browser.get(`/api/v1/ops/transactions/${MISSING_ID}`),
      404,
      'TRANSACTION_NOT_FOUND',
    );
    expectProblem(await support.browser.get('/api/v1/ops/wallets/not-a-uuid'), 400, 'VALIDATION_FAILED');
  });

  it("finds any user's wallet and entries, by id and by reference", async () => {
    const wallet = await newWallet(t, 'USD', 25);
    const funded = await t.http
      .post(`/api/v1/wallets/${wallet.id}/fund`)
      .send({ amount: '5.00', reference: 'inv-42' });
    const byWallet = await support.browser.get(`/api/v1/ops/wallets/${wallet.id}`);
    expect(byWallet.status).toBe(200);
    expect(byWallet.body.wallet).toMatchObject({ id: wallet.id, balance: 30, ownerId: t.user.id });
    expect(byWallet.body.owner).toMatchObject({ id: t.user.id, email: t.user.email });
    expect(byWallet.body.transactions.map((x: { id: string }) => x.id)).toContain(funded.body.transaction.id);
    const byReference = await support.browser.get('/api/v1/ops/transactions?reference=inv-42');
    expect(byReference.body.data).toEqual([
      expect.objectContaining({ transaction: expect.objectContaining({ id: funded.body.transaction.id }) }),
    ]);
    expectProblem(
      await support.browser.get('/api/v1/ops/transactions?reference=has%20space'),
      400,
      'VALIDATION_FAILED',
    );
  });
});

describe('roles', () => {
  it('an admin grants and takes away roles; each change is in the trail with before and after', async () => {
    const someone = await t.newUser();
    await enableTwoFactor(someone);
    const granted = await admin.browser.put(`/api/v1/ops/users/${someone.id}/role`).send({ role: 'finance' });
    expect(granted.status).toBe(200);
    expect(granted.body).toMatchObject({ id: someone.id, role: 'finance' });
    expect((await someone.browser.get('/api/v1/auth/me')).body.user.role).toBe('finance');
    expect((await someone.browser.get('/api/v1/ops/audit')).status).toBe(200);

    const revoked = await admin.browser.put(`/api/v1/ops/users/${someone.id}/role`).send({ role: 'user' });
    expect(revoked.body.role).toBeNull();
    expectProblem(await someone.browser.get('/api/v1/ops/audit'), 404, 'NOT_FOUND');

    expect(await auditRows("subject_id = $1 AND action LIKE 'role.%'", [someone.id])).toEqual([
      expect.objectContaining({
        action: 'role.granted',
        actor_id: admin.id,
        actor_role: 'admin',
        before: { role: 'user' },
        after: { role: 'finance' },
      }),
      expect.objectContaining({
        action: 'role.revoked',
        actor_id: admin.id,
        before: { role: 'finance' },
        after: { role: 'user' },
      }),
    ]);
  });

  it('refuses an unknown role, an unknown user, an account without two-factor, and an admin changing their own role', async () => {
    const someone = await t.newUser();
    const noTwoFactor = await admin.browser
      .put(`/api/v1/ops/users/${someone.id}/role`)
      .send({ role: 'support' });
    expectProblem(noTwoFactor, 403, 'TWO_FACTOR_REQUIRED');
    expect(noTwoFactor.body.detail).toContain('before they can be given a staff role');
    expect((await t.db.query('SELECT 1 FROM staff_roles WHERE user_id = $1', [someone.id])).rowCount).toBe(0);
    expectProblem(
      await admin.browser.put(`/api/v1/ops/users/${someone.id}/role`).send({ role: 'root' }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await admin.browser.put(`/api/v1/ops/users/${someone.id}/role`).send({ role: 'admin', extra: 1 }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await admin.browser.put(`/api/v1/ops/users/${MISSING_ID}/role`).send({ role: 'support' }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await admin.browser.put(`/api/v1/ops/users/${admin.id}/role`).send({ role: 'user' }),
      403,
      'FORBIDDEN',
    );
    expect((await admin.browser.get('/api/v1/auth/me')).body.user.role).toBe('admin');
  });

  it('a role change from the browser needs the CSRF token', async () => {
    const someone = await t.newUser();
    const res = await admin.browser
      .put(`/api/v1/ops/users/${someone.id}/role`)
      .set('X-CSRF-Token', 'wrong')
      .send({ role: 'support' });
    expectProblem(res, 403, 'FORBIDDEN');
    expect((await t.db.query('SELECT 1 FROM staff_roles WHERE user_id = $1', [someone.id])).rowCount).toBe(0);
  });
});

describe('the audit trail', () => {
  it('is searchable by action prefix, actor, user and time, newest first, in pages', async () => {
    const someone = await t.newUser();
    await enableTwoFactor(someone);
    for (const role of ['support', 'finance', 'admin', 'user'] as const) {
      expect((await admin.browser.put(`/api/v1/ops/users/${someone.id}/role`).send({ role })).status).toBe(
        200,
      );
    }
    const page1 = await support.browser.get(`/api/v1/ops/audit?action=role.&userId=${someone.id}&limit=3`);
    expect(page1.status).toBe(200);
    expect(page1.body.data.map((e: { action: string }) => e.action)).toEqual([
      'role.revoked',
      'role.granted',
      'role.granted',
    ]);
    expect(page1.body.data[0]).toMatchObject({
      actorId: admin.id,
      actorEmail: admin.email,
      after: { role: 'user' },
    });
    expect(page1.body.data[0].hash).toMatch(/^[0-9a-f]{64}$/);
    const page2 = await support.browser.get(
      `/api/v1/ops/audit?action=role.&userId=${someone.id}&limit=3&cursor=${page1.body.nextCursor}`,
    );
    expect(page2.body.data.map((e: { after: unknown }) => e.after)).toEqual([{ role: 'support' }]);
    expect(page2.body.nextCursor).toBeNull();
    const future = await support.browser.get(`/api/v1/ops/audit?userId=${someone.id}&from=2999-01-01`);
    expect(future.body.data).toEqual([]);
    const byActor = await support.browser.get(
      `/api/v1/ops/audit?actorId=${admin.id}&subjectId=${someone.id}`,
    );
    expect(byActor.body.data).toHaveLength(4);
    expectProblem(await support.browser.get('/api/v1/ops/audit?from=yesterday'), 400, 'VALIDATION_FAILED');
    expectProblem(await support.browser.get('/api/v1/ops/audit?actorId=42'), 400, 'VALIDATION_FAILED');
  });

  it('exports as CSV and as JSON lines, oldest first, with every field and hash', async () => {
    const someone = await t.newUser();
    await enableTwoFactor(someone);
    await admin.browser.put(`/api/v1/ops/users/${someone.id}/role`).send({ role: 'support' });
    await admin.browser.put(`/api/v1/ops/users/${someone.id}/role`).send({ role: 'user' });
    const jsonl = await support.browser.get(
      `/api/v1/ops/audit/export?format=jsonl&subjectId=${someone.id}&action=role.`,
    );
    expect(jsonl.status).toBe(200);
    expect(jsonl.headers['content-type']).toMatch(/^application\/x-ndjson/);
    expect(jsonl.headers['content-disposition']).toContain('audit-trail.jsonl');
    const lines = jsonl.text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => l.action)).toEqual(['role.granted', 'role.revoked']);
    const csv = await support.browser.get(`/api/v1/ops/audit/export?subjectId=${someone.id}&action=role.`);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const rows = csv.text.trim().split('\r\n');
    expect(rows[0]).toBe(
      'seq,id,occurredAt,action,actorId,actorEmail,actorLabel,actorRole,subjectType,subjectId,userId,address,requestId,before,after,hash',
    );
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain('role.granted');
    expect(rows[1]).toContain('"{""role"":""user""}"');
    expectProblem(await support.browser.get('/api/v1/ops/audit/export?format=xml'), 400, 'VALIDATION_FAILED');
  });

  it("refuses UPDATE, DELETE and TRUNCATE from the API's role, and UPDATE even from the owner", async () => {
    const runtime = new pg.Client({ connectionString: t.databaseUrl });
    await runtime.connect();
    try {
      const who = await runtime.query('SELECT current_user AS name');
      expect(who.rows[0].name).toBe('wallet_runtime');
      await expect(runtime.query("UPDATE audit_events SET action = 'auth.nothing'")).rejects.toThrow(
        /permission denied|append-only/,
      );
      await expect(runtime.query('DELETE FROM audit_events')).rejects.toThrow(
        /permission denied|append-only/,
      );
      await expect(runtime.query('TRUNCATE audit_events')).rejects.toThrow(/permission denied|append-only/);
      // Writing a row as the API does works, and the database, not the writer, sets seq, time and hash.
      await runtime.query(
        `INSERT INTO audit_events (seq, action, actor_label, occurred_at, hash_version, hash)
         VALUES (1, 'test.written', 'test', '2000-01-01', 9, '\\x00')`,
      );
      const written = await t.db.query(
        "SELECT seq, occurred_at, hash_version, length(hash) AS bytes FROM audit_events WHERE action = 'test.written'",
      );
      expect(written.rows[0]).toMatchObject({ hash_version: 1, bytes: 32 });
      expect(Number(written.rows[0].seq)).toBeGreaterThan(1);
      expect(new Date(written.rows[0].occurred_at).getFullYear()).toBeGreaterThan(2000);
    } finally {
      await runtime.end();
    }
    await expect(t.db.query("UPDATE audit_events SET action = 'auth.nothing'")).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
  });
});
