import request from 'supertest';
import { CREDENTIAL_CACHE_MS } from '../../src/auth/credential-cache';
import { within } from '../support/poll';
import { expectProblem, MISSING_ID } from '../support/problems';
import { useTestApp } from '../support/suite';

/**
 * Versions, key expiry and rotation over real HTTP: a key answers in the version it was pinned to, the
 * Wallet-Version header overrides it per request, an expired key is refused (API_KEY_EXPIRED from
 * 2026-12-08, UNAUTHENTICATED before), and a rotated key works beside its successor until its overlap ends.
 */
const app = useTestApp();
const OLD = '2026-11-26';
const CURRENT = '2026-12-08';

const bearer = (key: string) => (path: string) =>
  request(app().baseUrl).get(path).set('Authorization', `Bearer ${key}`);

async function pin(keyId: string, version: string): Promise<void> {
  await app().db.query('UPDATE api_keys SET api_version = $1 WHERE id = $2', [version, keyId]);
}

/** Ends a key's time (before it is first used, so no process remembers it). */
async function expire(keyId: string): Promise<void> {
  await app().db.query("UPDATE api_keys SET expires_at = now() - interval '1 minute' WHERE id = $1", [keyId]);
}

async function fundedWallet(): Promise<string> {
  const t = app();
  const id = (await t.http.post('/api/v1/wallets').send({ name: 'versions' })).body.id as string;
  expect((await t.http.post(`/api/v1/wallets/${id}/fund`).send({ amount: 5 })).status).toBe(201);
  return id;
}

describe('versions', () => {
  it('answers a key in the version it is pinned to, and the header overrides the pin per request', async () => {
    const t = app();
    const wallet = await fundedWallet();
    const made = await t.user.keyWith(['wallets:read']);
    const listed = (await t.user.browser.get('/api/v1/api-keys')).body.data;
    expect(listed.find((k: { id: string }) => k.id === made.id)).toMatchObject({
      apiVersion: CURRENT,
      expiresAt: null,
      rotatedTo: null,
    });
    // A key from before versions: pinned to the first (what the migration does to existing keys).
    const old = await t.user.keyWith(['wallets:read']);
    await pin(old.id, OLD);

    // The wallet's detail is the same in every version: it always embeds its newest entries.
    const current = await bearer(made.key)(`/api/v1/wallets/${wallet}`);
    expect(current.status).toBe(200);
    expect(current.headers['wallet-version']).toBe(CURRENT);
    expect(current.body).toMatchObject({ id: wallet, balance: 5 });
    expect(current.body.transactions).toEqual([expect.objectContaining({ type: 'FUND', amount: 5 })]);
    const pinned = await bearer(old.key)(`/api/v1/wallets/${wallet}`);
    expect(pinned.headers['wallet-version']).toBe(OLD);
    expect(pinned.body.transactions).toEqual(current.body.transactions);

    const asked = await bearer(made.key)('/api/v1/wallets').set('Wallet-Version', OLD);
    expect(asked.headers['wallet-version']).toBe(OLD);
    const upgraded = await bearer(old.key)('/api/v1/wallets').set('Wallet-Version', CURRENT);
    expect(upgraded.headers['wallet-version']).toBe(CURRENT);

    // A session (the dashboard) uses the current version.
    const session = await t.user.browser.get(`/api/v1/wallets/${wallet}`);
    expect(session.headers['wallet-version']).toBe(CURRENT);
    expect(session.body.transactions).toHaveLength(1);
  });

  it('refuses an unknown or malformed version with 400 before doing anything', async () => {
    const t = app();
    for (const version of ['2026-01-01', 'latest']) {
      const res = await t.http.post('/api/v1/wallets').set('Wallet-Version', version).send({ name: 'never' });
      expectProblem(res, 400, 'UNKNOWN_API_VERSION');
      expect(res.headers['wallet-version']).toBe(CURRENT);
    }
    expect(walletNames(await t.http.get('/api/v1/wallets?limit=100'))).not.toContain('never');
  });
});

function walletNames(res: { body: { data: { name: string }[] } }): string[] {
  return res.body.data.map((w) => w.name);
}

describe('expiry', () => {
  it('makes a key that expires, and refuses it once expired with when it expired', async () => {
    const t = app();
    const made = await t.user.browser
      .post('/api/v1/api-keys')
      .send({ name: 'short-lived', scopes: ['wallets:read'], expiresInDays: 30 });
    expect(made.status).toBe(201);
    const days = (Date.parse(made.body.expiresAt) - Date.parse(made.body.createdAt)) / 86_400_000;
    expect(Math.round(days)).toBe(30);

    // As if the 30 days had nearly passed. Used now, the process remembers the key, but never past its
    // expiry: it stops on time without any revocation.
    await t.db.query("UPDATE api_keys SET expires_at = now() + interval '1 second' WHERE id = $1", [
      made.body.id,
    ]);
    expect((await bearer(made.body.key)('/api/v1/wallets')).status).toBe(200);
    await within(
      CREDENTIAL_CACHE_MS,
      async () => (await bearer(made.body.key)('/api/v1/wallets')).status === 401,
    );
    const refused = await bearer(made.body.key)('/api/v1/wallets');
    expectProblem(refused, 401, 'API_KEY_EXPIRED');
    expect(refused.body.expiredAt).toEqual(expect.any(String));
    expect(refused.body.detail).toContain(refused.body.expiredAt);

    expect(refused.headers['wallet-version']).toBe(CURRENT);

    for (const expiresInDays of [0, 366, 1.5, '30']) {
      const bad = await t.user.browser
        .post('/api/v1/api-keys')
        .send({ name: 'bad', scopes: ['wallets:read'], expiresInDays });
      expectProblem(bad, 400, 'VALIDATION_FAILED');
    }
  });
});

describe("an expired key's 401 by version (2026-12-08: api-key-expired-code)", () => {
  it('is API_KEY_EXPIRED with expiredAt from 2026-12-08, the UNAUTHENTICATED it was before on 2026-11-26', async () => {
    const t = app();
    const current = await t.user.keyWith(['wallets:read']);
    const old = await t.user.keyWith(['wallets:read']);
    await pin(old.id, OLD);
    await expire(current.id);
    await expire(old.id);

    const onCurrent = await bearer(current.key)('/api/v1/wallets');
    expectProblem(onCurrent, 401, 'API_KEY_EXPIRED');
    expect(Date.parse(onCurrent.body.expiredAt)).toBeLessThan(Date.now());
    expect(onCurrent.body.detail).toContain(onCurrent.body.expiredAt);
    expect(onCurrent.headers['wallet-version']).toBe(CURRENT);

    const onOld = await bearer(old.key)('/api/v1/wallets');
    expectProblem(onOld, 401, 'UNAUTHENTICATED');
    expect(onOld.body).not.toHaveProperty('expiredAt');
    expect(onOld.headers['wallet-version']).toBe(OLD);

    // The header, when sent, decides over the key's pin (and the key is remembered by now: same answers).
    const currentAsOld = await bearer(current.key)('/api/v1/wallets').set('Wallet-Version', OLD);
    expectProblem(currentAsOld, 401, 'UNAUTHENTICATED');
    expect(currentAsOld.body).not.toHaveProperty('expiredAt');
    expect(currentAsOld.headers['wallet-version']).toBe(OLD);
    const oldAsCurrent = await bearer(old.key)('/api/v1/wallets').set('Wallet-Version', CURRENT);
    expectProblem(oldAsCurrent, 401, 'API_KEY_EXPIRED');
    expect(Date.parse(oldAsCurrent.body.expiredAt)).toBeLessThan(Date.now());
    expect(oldAsCurrent.headers['wallet-version']).toBe(CURRENT);
  });
});

describe('rotation', () => {
  it('gives a new key with the same scopes and pin; both work during the overlap, then the old stops', async () => {
    const t = app();
    const old = await t.user.keyWith(['wallets:read', 'wallets:write']);
    await pin(old.id, OLD);
    const rotated = await t.user.browser.post(`/api/v1/api-keys/${old.id}/rotate`).send({ overlapHours: 2 });
    expect(rotated.status).toBe(201);
    const { newKey, oldKey } = rotated.body;
    expect(newKey).toMatchObject({
      name: 'test wallets:read wallets:write',
      scopes: ['wallets:read', 'wallets:write'],
      apiVersion: OLD,
      expiresAt: null,
      key: expect.stringMatching(/^wk_/),
    });
    expect(oldKey).toMatchObject({ id: old.id, rotatedTo: newKey.id, revokedAt: null });
    const overlapHours = (Date.parse(oldKey.expiresAt) - Date.now()) / 3_600_000;
    expect(overlapHours).toBeGreaterThan(1.9);
    expect(overlapHours).toBeLessThanOrEqual(2);

    // As if the overlap were nearly over: both keys still work, then the old one stops by itself.
    await t.db.query("UPDATE api_keys SET expires_at = now() + interval '1 second' WHERE id = $1", [old.id]);
    expect((await bearer(old.key)('/api/v1/wallets')).status).toBe(200);
    const withNew = request(app().baseUrl)
      .post('/api/v1/wallets')
      .set('Authorization', `Bearer ${newKey.key}`)
      .send({ name: 'by the new key' });
    expect((await withNew).status).toBe(201);
    expect((await bearer(newKey.key)('/api/v1/wallets')).headers['wallet-version']).toBe(OLD);

    // The old key keeps its pin, 2026-11-26: after the overlap it answers the UNAUTHENTICATED of that
    // version (API_KEY_EXPIRED is 2026-12-08's), unless the request asks for a later one.
    await within(CREDENTIAL_CACHE_MS, async () => (await bearer(old.key)('/api/v1/wallets')).status === 401);
    expectProblem(await bearer(old.key)('/api/v1/wallets'), 401, 'UNAUTHENTICATED');
    expectProblem(
      await bearer(old.key)('/api/v1/wallets').set('Wallet-Version', CURRENT),
      401,
      'API_KEY_EXPIRED',
    );
    expect((await bearer(newKey.key)('/api/v1/wallets')).status).toBe(200);

    const actions = await t.db.query(
      "SELECT action, subject_id FROM audit_events WHERE subject_type = 'api_key' AND subject_id = ANY($1::text[]) ORDER BY seq",
      [[old.id, newKey.id]],
    );
    expect(actions.rows).toEqual(
      expect.arrayContaining([
        { action: 'api_key.created', subject_id: newKey.id },
        { action: 'api_key.rotated', subject_id: old.id },
      ]),
    );
  });

  it('stops the old key at once with overlap 0, and refuses to rotate it again', async () => {
    const t = app();
    const old = await t.user.keyWith(['wallets:read']);
    expect((await bearer(old.key)('/api/v1/wallets')).status).toBe(200);
    const rotated = await t.user.browser.post(`/api/v1/api-keys/${old.id}/rotate`).send({ overlapHours: 0 });
    expect(rotated.status).toBe(201);
    expectProblem(await bearer(old.key)('/api/v1/wallets'), 401, 'API_KEY_EXPIRED');
    expect((await bearer(rotated.body.newKey.key)('/api/v1/wallets')).status).toBe(200);
    expectProblem(
      await t.user.browser.post(`/api/v1/api-keys/${old.id}/rotate`).send({}),
      409,
      'API_KEY_NOT_ACTIVE',
    );

    const revoked = await t.user.keyWith(['wallets:read']);
    await t.user.browser.delete(`/api/v1/api-keys/${revoked.id}`);
    expectProblem(
      await t.user.browser.post(`/api/v1/api-keys/${revoked.id}/rotate`).send({}),
      409,
      'API_KEY_NOT_ACTIVE',
    );
  });

  it("answers 404 for another user's key or none, 403 to an API key, 400 for a bad overlap", async () => {
    const t = app();
    const other = await t.newUser();
    const theirs = await other.keyWith(['wallets:read']);
    expectProblem(
      await t.user.browser.post(`/api/v1/api-keys/${theirs.id}/rotate`).send({}),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await t.user.browser.post(`/api/v1/api-keys/${MISSING_ID}/rotate`).send({}),
      404,
      'NOT_FOUND',
    );
    expect((await bearer(theirs.key)('/api/v1/wallets')).status).toBe(200);
    expectProblem(await t.http.post(`/api/v1/api-keys/${theirs.id}/rotate`).send({}), 403, 'FORBIDDEN');
    const mine = await t.user.keyWith(['wallets:read']);
    for (const overlapHours of [-1, 169, 'soon']) {
      const bad = await t.user.browser.post(`/api/v1/api-keys/${mine.id}/rotate`).send({ overlapHours });
      expectProblem(bad, 400, 'VALIDATION_FAILED');
    }
    const { rows } = await t.db.query('SELECT rotated_to, expires_at FROM api_keys WHERE id = $1', [mine.id]);
    expect(rows).toEqual([{ rotated_to: null, expires_at: null }]);
  });
});
