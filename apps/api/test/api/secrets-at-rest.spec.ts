import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { resealSecrets, type SecretsDb } from '../../src/common/secrets/reseal';
import { SecretBox, type SecretKey } from '../../src/common/secrets/secret-box';
import { startTestApp, type TestApp } from '../support/app';
import { type Receiver, startReceiver } from '../support/receiver';
import { useTestApp } from '../support/suite';
import { newWallet } from '../support/wallets';

/**
 * Webhook signing secrets at rest: stored as AES-256-GCM envelopes under SECRETS_KEYS, opened only to
 * sign; rotated by the same code `pnpm secrets:rotate` runs; legacy plaintext rows still deliver and are
 * encrypted by the rotation and by the API's start.
 */
const OLD: SecretKey = { id: 'old', key: randomBytes(32) };
const NEW: SecretKey = { id: 'new', key: randomBytes(32) };
const KEYS = [OLD, NEW].map((k) => `${k.id}:${k.key.toString('base64')}`).join(',');
const WEBHOOK_ENV = {
  WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
  WEBHOOK_RETRY_DELAY_SECONDS: '1',
  WEBHOOK_TIMEOUT_MS: '5000',
};

// The API seals under "old"; the rotation below moves rows to "new", which the API can also read.
const app = useTestApp({ env: { ...WEBHOOK_ENV, SECRETS_KEYS: KEYS, SECRETS_KEY_ID: 'old' } });

const receivers: Receiver[] = [];
afterAll(async () => {
  await Promise.all(receivers.map((r) => r.close()));
});

async function subscribe(t: TestApp): Promise<{ id: string; secret: string; receiver: Receiver }> {
  const receiver = await startReceiver();
  receivers.push(receiver);
  const created = await t.http
    .post('/api/v1/webhook-endpoints')
    .send({ url: receiver.url, events: ['transaction.succeeded'] });
  expect(created.status).toBe(201);
  return { id: created.body.id, secret: created.body.secret, receiver };
}

async function storedSecret(t: TestApp, id: string): Promise<string> {
  const row = await t.db.query<{ secret: string }>('SELECT secret FROM webhook_endpoints WHERE id = $1', [
    id,
  ]);
  return row.rows[0]?.secret as string;
}

/** Funds a wallet and answers the delivery it causes, checked against the clear secret. */
async function deliveryVerifies(t: TestApp, walletId: string, receiver: Receiver, secret: string) {
  const before = receiver.received.length;
  const funded = await t.http.post(`/api/v1/wallets/${walletId}/fund`).send({ amount: '1.00' });
  expect(funded.status).toBe(201);
  const delivery = (await receiver.waitFor(before + 1))[before];
  const verified = new Webhook(secret).verify(delivery?.body ?? '', {
    'webhook-id': String(delivery?.headers['webhook-id']),
    'webhook-timestamp': String(delivery?.headers['webhook-timestamp']),
    'webhook-signature': String(delivery?.headers['webhook-signature']),
  }) as { data: { walletId: string } };
  expect(verified.data.walletId).toBe(walletId);
}

function pgDb(t: TestApp): SecretsDb {
  return {
    rows: async (sql, params) => (await t.db.query<{ id: string; value: string }>(sql, params)).rows,
    execute: async (sql, params) => (await t.db.query(sql, params)).rowCount ?? 0,
  };
}

describe('webhook signing secrets at rest', () => {
  it('stores the secret encrypted under the current key, and still signs with the clear secret', async () => {
    const t = app();
    const endpoint = await subscribe(t);
    expect(endpoint.secret).toMatch(/^whsec_/);
    const stored = await storedSecret(t, endpoint.id);
    expect(stored).toMatch(/^v1:old:/);
    expect(stored).not.toContain(endpoint.secret);
    expect(stored).not.toContain(endpoint.secret.slice('whsec_'.length, 20));
    expect(new SecretBox([OLD], 'old').decrypt(stored)).toBe(endpoint.secret);
    const wallet = await newWallet(t, 'USD');
    await deliveryVerifies(t, wallet.id, endpoint.receiver, endpoint.secret);
  });

  it('rotates every row to the new key, idempotently, and deliveries still verify', async () => {
    const t = app();
    const endpoint = await subscribe(t);
    const before = await storedSecret(t, endpoint.id);
    const toNew = new SecretBox([OLD, NEW], 'new');
    const first = await resealSecrets(pgDb(t), toNew, { batchSize: 1 });
    expect(first.reencrypted).toBeGreaterThanOrEqual(1);
    expect(first).toMatchObject({ unreadable: 0, raced: 0 });
    const after = await storedSecret(t, endpoint.id);
    expect(after).toMatch(/^v1:new:/);
    expect(after).not.toBe(before);
    expect(new SecretBox([NEW], 'new').decrypt(after)).toBe(endpoint.secret);
    // A second run changes nothing: every row is already under "new".
    const second = await resealSecrets(pgDb(t), toNew, { batchSize: 1 });
    expect(second).toMatchObject({ reencrypted: 0, encrypted: 0, unreadable: 0, current: first.checked });
    expect(await storedSecret(t, endpoint.id)).toBe(after);
    // The API (which lists both keys) reads the row sealed under "new".
    const wallet = await newWallet(t, 'USD');
    await deliveryVerifies(t, wallet.id, endpoint.receiver, endpoint.secret);
  });

  it('counts a row sealed under a key that is no longer configured as unreadable, and leaves it', async () => {
    const t = app();
    const endpoint = await subscribe(t);
    const stored = await storedSecret(t, endpoint.id);
    const third: SecretKey = { id: 'third', key: randomBytes(32) };
    const counts = await resealSecrets(pgDb(t), new SecretBox([third], 'third'));
    expect(counts.unreadable).toBeGreaterThanOrEqual(1);
    expect(await storedSecret(t, endpoint.id)).toBe(stored);
  });

  it('delivers from a legacy plaintext row, which the rotation and the API start encrypt', async () => {
    const t = app();
    const endpoint = await subscribe(t);
    const wallet = await newWallet(t, 'USD');
    // A row from before encryption at rest: the secret in clear.
    await t.db.query('UPDATE webhook_endpoints SET secret = $1 WHERE id = $2', [
      endpoint.secret,
      endpoint.id,
    ]);
    await deliveryVerifies(t, wallet.id, endpoint.receiver, endpoint.secret);

    const counts = await resealSecrets(pgDb(t), new SecretBox([OLD, NEW], 'new'), { onlyPlaintext: true });
    expect(counts).toMatchObject({ checked: 1, encrypted: 1, reencrypted: 0, unreadable: 0 });
    expect(await storedSecret(t, endpoint.id)).toMatch(/^v1:new:/);
    await deliveryVerifies(t, wallet.id, endpoint.receiver, endpoint.secret);

    // Plaintext again; a second API starting on the database encrypts it (its start-up pass).
    await t.db.query('UPDATE webhook_endpoints SET secret = $1 WHERE id = $2', [
      endpoint.secret,
      endpoint.id,
    ]);
    const second = await startTestApp(
      { ...WEBHOOK_ENV, SECRETS_KEYS: KEYS, SECRETS_KEY_ID: 'new' },
      { databaseUrl: t.databaseUrl },
    );
    try {
      const sealed = await storedSecret(t, endpoint.id);
      expect(sealed).toMatch(/^v1:new:/);
      expect(new SecretBox([NEW], 'new').decrypt(sealed)).toBe(endpoint.secret);
    } finally {
      await second.close();
    }
    await deliveryVerifies(t, wallet.id, endpoint.receiver, endpoint.secret);
  });
});
