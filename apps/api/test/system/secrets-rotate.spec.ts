import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { SecretBox, type SecretKey } from '../../src/common/secrets/secret-box';
import { startTestApp, type TestApp } from '../support/app';

const CLI = path.join(__dirname, '..', '..', 'dist', 'cli', 'secrets-rotate.js');
const OLD: SecretKey = { id: 'old', key: randomBytes(32) };
const NEW: SecretKey = { id: 'new', key: randomBytes(32) };
const listed = (...keys: SecretKey[]) => keys.map((k) => `${k.id}:${k.key.toString('base64')}`).join(',');

/** `pnpm secrets:rotate` as an operator runs it, on this test's database. */
function runCli(t: TestApp, env: Record<string, string>, ...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    env: { ...process.env, SECRETS_KEY_ID: '', DATABASE_URL: t.databaseUrl, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('secrets:rotate', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', SECRETS_KEYS: listed(OLD) });
  });
  afterAll(async () => {
    await t.close();
  });

  async function endpoint(): Promise<{ id: string; secret: string }> {
    const created = await t.http
      .post('/api/v1/webhook-endpoints')
      .send({ url: 'http://127.0.0.1:9/hooks', events: ['transaction.succeeded'] });
    expect(created.status).toBe(201);
    return created.body;
  }
  const stored = async (id: string) =>
    (await t.db.query<{ secret: string }>('SELECT secret FROM webhook_endpoints WHERE id = $1', [id])).rows[0]
      ?.secret as string;

  it('re-encrypts under the new key and encrypts plaintext rows, then finds everything current', async () => {
    const sealed = await endpoint();
    const legacy = await endpoint();
    expect(await stored(sealed.id)).toMatch(/^v1:old:/);
    await t.db.query('UPDATE webhook_endpoints SET secret = $1 WHERE id = $2', [legacy.secret, legacy.id]);

    const env = { SECRETS_KEYS: listed(OLD, NEW), SECRETS_KEY_ID: 'new' };
    const first = runCli(t, env, '--json');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toEqual({
      keyId: 'new',
      checked: 2,
      reencrypted: 1,
      encrypted: 1,
      current: 0,
      unreadable: 0,
      raced: 0,
    });
    const box = new SecretBox([NEW], 'new');
    for (const e of [sealed, legacy]) {
      const value = await stored(e.id);
      expect(value).toMatch(/^v1:new:/);
      expect(box.decrypt(value)).toBe(e.secret);
    }

    const again = runCli(t, env);
    expect(again.code).toBe(0);
    expect(again.out).toContain(
      'secrets:rotate: 2 stored secrets read; under key "new" now: 0 re-encrypted, 0 encrypted from plaintext, 2 already current.',
    );
  });

  it('exits 1 naming rows under a key that is not configured, and 2 on a bad key, listing the problem', async () => {
    const third: SecretKey = { id: 'third', key: randomBytes(32) };
    const missing = runCli(t, { SECRETS_KEYS: listed(third) });
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('2 could not be read: sealed under a key not in SECRETS_KEYS');

    const bad = runCli(t, { SECRETS_KEYS: `short:${randomBytes(8).toString('base64')}` });
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('SECRETS_KEYS: key "short": must be base64 of exactly 32 bytes');
  });
});
