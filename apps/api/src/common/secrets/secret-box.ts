import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Secrets at rest: AES-256-GCM (node:crypto) under a key from the environment, in a self-describing
 * envelope `v1:<keyId>:<iv>:<ciphertext>:<tag>` (base64url parts; a 12-byte random IV, a 16-byte tag).
 * The version and key id are bound as additional authenticated data, so an envelope cannot be moved to
 * another key id or version without failing. decrypt() picks the key by the envelope's id, so rows
 * written under an older key stay readable while that key is still configured (see `pnpm secrets:rotate`).
 */
export const ENVELOPE_VERSION = 'v1';
export const ENVELOPE_PREFIX = `${ENVELOPE_VERSION}:`;
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_BYTES = 32;
/** Key ids: short, and never a colon (the envelope's separator). */
export const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

export interface SecretKey {
  id: string;
  key: Buffer;
}

/** An envelope that cannot be read: malformed, an unknown key id, or altered (the tag does not match). */
export class SecretDecryptError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretDecryptError';
  }
}

/**
 * Parses `id:base64,id:base64`: each key must decode to exactly 32 bytes and ids must be unique. Answers
 * the keys, or the problems found (never a key's value in a message).
 */
export function parseSecretKeys(text: string): { keys: SecretKey[]; problems: string[] } {
  const keys: SecretKey[] = [];
  const problems: string[] = [];
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) problems.push('must list at least one key as id:base64');
  entries.forEach((entry, index) => {
    const colon = entry.indexOf(':');
    const id = colon < 0 ? '' : entry.slice(0, colon);
    const value = colon < 0 ? '' : entry.slice(colon + 1);
    if (!KEY_ID.test(id)) {
      problems.push(`key ${index + 1}: must be id:base64, the id 1-32 of A-Z a-z 0-9 _ -`);
      return;
    }
    const key = /^[A-Za-z0-9+/_-]+={0,2}$/.test(value) ? Buffer.from(value, 'base64') : Buffer.alloc(0);
    if (key.length !== KEY_BYTES) {
      problems.push(`key "${id}": must be base64 of exactly ${KEY_BYTES} bytes (openssl rand -base64 32)`);
      return;
    }
    if (keys.some((k) => k.id === id)) {
      problems.push(`key "${id}": listed twice`);
      return;
    }
    keys.push({ id, key });
  });
  return { keys, problems };
}

const b64url = (bytes: Buffer) => bytes.toString('base64url');

function aad(keyId: string): Buffer {
  return Buffer.from(`${ENVELOPE_VERSION}:${keyId}`, 'utf8');
}

/** True when `stored` is an envelope (as opposed to a legacy plaintext value). */
export function isEnvelope(stored: string): boolean {
  return stored.startsWith(ENVELOPE_PREFIX);
}

/** The key id an envelope names, or null for anything that is not an envelope. */
export function envelopeKeyId(stored: string): string | null {
  if (!isEnvelope(stored)) return null;
  const id = stored.split(':')[1] ?? '';
  return KEY_ID.test(id) ? id : null;
}

export class SecretBox {
  private readonly keys: ReadonlyMap<string, Buffer>;

  /** `currentKeyId`: the key new envelopes are sealed with; it must be one of `keys`. */
  constructor(
    keys: readonly SecretKey[],
    readonly currentKeyId: string,
  ) {
    this.keys = new Map(keys.map((k) => [k.id, k.key]));
    if (!this.keys.has(currentKeyId))
      throw new Error(`the current key id "${currentKeyId}" is not configured`);
  }

  get keyIds(): string[] {
    return [...this.keys.keys()];
  }

  encrypt(plaintext: string): string {
    const key = this.keys.get(this.currentKeyId) as Buffer;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(aad(this.currentKeyId));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [
      ENVELOPE_VERSION,
      this.currentKeyId,
      b64url(iv),
      b64url(ciphertext),
      b64url(cipher.getAuthTag()),
    ].join(':');
  }

  decrypt(envelope: string): string {
    const parts = envelope.split(':');
    if (parts.length !== 5 || parts[0] !== ENVELOPE_VERSION) {
      throw new SecretDecryptError(`not a ${ENVELOPE_VERSION} envelope`);
    }
    const [, keyId = '', ivText = '', ciphertextText = '', tagText = ''] = parts;
    const key = this.keys.get(keyId);
    if (!key) throw new SecretDecryptError(`no key "${keyId}" is configured (SECRETS_KEYS)`);
    const iv = fromB64url(ivText);
    const tag = fromB64url(tagText);
    const ciphertext = fromB64url(ciphertextText);
    if (iv?.length !== IV_BYTES || tag?.length !== TAG_BYTES || ciphertext === null) {
      throw new SecretDecryptError('a malformed envelope');
    }
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(aad(keyId));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretDecryptError(`the envelope does not authenticate under key "${keyId}"`);
    }
  }

  /** A stored value in clear: an envelope decrypted, a legacy plaintext value (no `v1:` prefix) as it is. */
  open(stored: string): string {
    return isEnvelope(stored) ? this.decrypt(stored) : stored;
  }

  /** Whether a stored value should be sealed again: plaintext, or sealed under another key than the current one. */
  needsReseal(stored: string): boolean {
    return envelopeKeyId(stored) !== this.currentKeyId;
  }
}

function fromB64url(text: string): Buffer | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  return Buffer.from(text, 'base64url');
}
