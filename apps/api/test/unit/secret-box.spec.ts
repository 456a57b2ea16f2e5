import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadOrCreateDevKey } from '../../src/common/secrets/dev-key';
import {
  envelopeKeyId,
  parseSecretKeys,
  SecretBox,
  SecretDecryptError,
  type SecretKey,
} from '../../src/common/secrets/secret-box';
import { ConfigError, loadConfig } from '../../src/config/config';

const key = (id: string): SecretKey => ({ id, key: randomBytes(32) });
const SECRET = `whsec_${randomBytes(32).toString('base64')}`;

/** Replaces one part of an envelope (1 key id, 2 iv, 3 ciphertext, 4 tag). */
function withPart(envelope: string, index: number, change: (part: string) => string): string {
  const parts = envelope.split(':');
  parts[index] = change(parts[index] ?? '');
  return parts.join(':');
}

/** The same base64url text with its first byte changed. */
function flipFirstByte(part: string): string {
  const bytes = Buffer.from(part, 'base64url');
  bytes[0] = (bytes[0] ?? 0) ^ 0x01;
  return bytes.toString('base64url');
}

describe('SecretBox (AES-256-GCM envelopes)', () => {
  const a = key('a');
  const b = key('b');

  it('round-trips, in a v1:<keyId>:<iv>:<ciphertext>:<tag> envelope that never shows the secret', () => {
    const box = new SecretBox([a], 'a');
    const sealed = box.encrypt(SECRET);
    expect(sealed).toMatch(/^v1:a:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]+:[A-Za-z0-9_-]{22}$/);
    expect(sealed).not.toContain(SECRET.slice(6, 20));
    expect(box.decrypt(sealed)).toBe(SECRET);
    // A fresh IV each time: the same secret never seals to the same text.
    expect(box.encrypt(SECRET)).not.toBe(sealed);
    expect(envelopeKeyId(sealed)).toBe('a');
    // The longest key id still fits webhook_endpoints.secret (VARCHAR(255)).
    const long = new SecretBox([key('k'.repeat(32))], 'k'.repeat(32));
    expect(long.encrypt(SECRET).length).toBeLessThanOrEqual(255);
  });

  it('decrypts with the key the envelope names, and refuses a key id it does not have', () => {
    const old = new SecretBox([a], 'a').encrypt(SECRET);
    const both = new SecretBox([a, b], 'b');
    expect(both.decrypt(old)).toBe(SECRET);
    expect(envelopeKeyId(both.encrypt(SECRET))).toBe('b');
    expect(() => new SecretBox([b], 'b').decrypt(old)).toThrow(SecretDecryptError);
    expect(() => new SecretBox([b], 'b').decrypt(old)).toThrow('no key "a" is configured');
    // Another key under the same id does not authenticate it either.
    expect(() => new SecretBox([{ id: 'a', key: randomBytes(32) }], 'a').decrypt(old)).toThrow(
      'does not authenticate',
    );
    expect(() => new SecretBox([a], 'b')).toThrow('the current key id "b" is not configured');
  });

  it('refuses an altered ciphertext, tag or IV, and a key id swapped (the id is bound as AAD)', () => {
    const box = new SecretBox([a, { id: 'a2', key: a.key }], 'a');
    const sealed = box.encrypt(SECRET);
    for (const index of [2, 3, 4]) {
      expect(() => box.decrypt(withPart(sealed, index, flipFirstByte))).toThrow(SecretDecryptError);
    }
    // Same key bytes under another id: the AAD differs, so it still does not authenticate.
    expect(() => box.decrypt(withPart(sealed, 1, () => 'a2'))).toThrow(
      'does not authenticate under key "a2"',
    );
    expect(() => box.decrypt(withPart(sealed, 0, () => 'v2'))).toThrow('not a v1 envelope');
  });

  it('refuses malformed envelopes with a SecretDecryptError, never a crash of another kind', () => {
    const box = new SecretBox([a], 'a');
    const sealed = box.encrypt(SECRET);
    const [, , iv = '', ciphertext = '', tag = ''] = sealed.split(':');
    for (const bad of [
      '',
      'v1:',
      'v1:a',
      `v1:a:${iv}:${ciphertext}`,
      `${sealed}:extra`,
      `v1:a:${iv.slice(2)}:${ciphertext}:${tag}`,
      `v1:a:${iv}:${ciphertext}:${tag.slice(4)}`,
      `v1:a:${iv}:${ciphertext}:${tag.slice(0, -1)}+`,
      `v1:a:${iv}:not base64!:${tag}`,
      SECRET,
    ]) {
      expect(() => box.decrypt(bad)).toThrow(SecretDecryptError);
    }
  });

  it('opens a legacy plaintext value as it is, and says what needs sealing again', () => {
    const box = new SecretBox([a, b], 'b');
    expect(box.open(SECRET)).toBe(SECRET);
    expect(box.needsReseal(SECRET)).toBe(true);
    expect(box.needsReseal(new SecretBox([a], 'a').encrypt(SECRET))).toBe(true);
    expect(box.needsReseal(box.encrypt(SECRET))).toBe(false);
  });
});

describe('SECRETS_KEYS and SECRETS_KEY_ID', () => {
  const k1 = randomBytes(32).toString('base64');
  const k2 = randomBytes(32).toString('base64');

  it('parses id:base64 keys; the first is current unless SECRETS_KEY_ID names another', () => {
    const config = loadConfig({ SECRETS_KEYS: `one:${k1}, two:${k2}` });
    expect(config.secrets?.currentKeyId).toBe('one');
    expect(config.secrets?.keys.map((k) => [k.id, k.key.toString('base64')])).toEqual([
      ['one', k1],
      ['two', k2],
    ]);
    expect(
      loadConfig({ SECRETS_KEYS: `one:${k1},two:${k2}`, SECRETS_KEY_ID: 'two' }).secrets?.currentKeyId,
    ).toBe('two');
    expect(loadConfig({}).secrets).toBeNull();
  });

  it('stops the process listing each bad key, without printing a key', () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (error) {
        if (error instanceof ConfigError) return error.problems;
        throw error;
      }
      throw new Error('no ConfigError');
    };
    const short = randomBytes(16).toString('base64');
    const found = problems({ SECRETS_KEYS: `a:${short},b,c:d:${k1},a:${k2},a:${k1}` });
    expect(found).toEqual([
      'SECRETS_KEYS: key "a": must be base64 of exactly 32 bytes (openssl rand -base64 32)',
      'SECRETS_KEYS: key 2: must be id:base64, the id 1-32 of A-Z a-z 0-9 _ -',
      'SECRETS_KEYS: key "c": must be base64 of exactly 32 bytes (openssl rand -base64 32)',
      'SECRETS_KEYS: key "a": listed twice',
    ]);
    expect(found.join()).not.toContain(short);
    expect(problems({ SECRETS_KEYS: `a:${k1}`, SECRETS_KEY_ID: 'b' })).toEqual([
      'SECRETS_KEY_ID: must name one of the keys in SECRETS_KEYS',
    ]);
  });

  it('is required in production with DATABASE_URL, and only there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/wallet' })).toThrow(
      'SECRETS_KEYS: is required in production with DATABASE_URL',
    );
    expect(
      loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/wallet', SECRETS_KEYS: `p:${k1}` })
        .secrets?.currentKeyId,
    ).toBe('p');
    expect(loadConfig({ NODE_ENV: 'development', DATABASE_URL: 'postgres://db/wallet' }).secrets).toBeNull();
  });

  it('parses a list alone, keys of any other length refused', () => {
    expect(parseSecretKeys(`x:${k1}`).problems).toEqual([]);
    expect(parseSecretKeys(`x:${randomBytes(33).toString('base64')}`).problems).toHaveLength(1);
    expect(parseSecretKeys(' , ').problems).toEqual(['must list at least one key as id:base64']);
  });
});

describe('the development key file', () => {
  it('is made once (mode 0600) and read back the same by every later start', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'secrets-key-'));
    try {
      const file = path.join(dir, 'secrets.key');
      const first = loadOrCreateDevKey(file);
      expect(first.created).toBe(true);
      expect(first.key.id).toBe('dev');
      expect(first.key.key).toHaveLength(32);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const again = loadOrCreateDevKey(file);
      expect(again.created).toBe(false);
      expect(again.key.key.equals(first.key.key)).toBe(true);
      expect(readFileSync(file, 'utf8')).toBe(`dev:${first.key.key.toString('base64')}\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
