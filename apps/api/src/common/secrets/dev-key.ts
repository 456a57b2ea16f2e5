import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AppConfig } from '../../config/config';
import { KEY_BYTES, parseSecretKeys, SecretBox, type SecretKey } from './secret-box';

/** The development key's id in envelopes: rows sealed with it say so, and SECRETS_KEYS can list it later. */
export const DEV_KEY_ID = 'dev';

/**
 * Where the development key is kept: next to the embedded database's folder (DATA_DIR, else
 * <repo>/.data/postgres), so `.data/secrets.key` by default, which git ignores. Found without
 * @wallet/postgres, which the serverless function must not load.
 */
export function devKeyFile(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DATA_DIR) return path.join(path.dirname(path.resolve(env.DATA_DIR)), 'secrets.key');
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'pnpm-workspace.yaml'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('pnpm-workspace.yaml not found: set SECRETS_KEYS');
    dir = parent;
  }
  return path.join(dir, '.data', 'secrets.key');
}

/**
 * The development key: read from `file`, or made (32 random bytes, mode 0600) when there is none yet.
 * Made under a temporary name and hard-linked into place, so processes starting together all end up
 * with the one key the first of them wrote. The file holds one `dev:base64` line, the SECRETS_KEYS form.
 */
export function loadOrCreateDevKey(file: string): { key: SecretKey; created: boolean } {
  let created = false;
  if (!existsSync(file)) {
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(temporary, `${DEV_KEY_ID}:${randomBytes(KEY_BYTES).toString('base64')}\n`, { mode: 0o600 });
    try {
      linkSync(temporary, file);
      created = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(temporary);
    }
  }
  const { keys, problems } = parseSecretKeys(readFileSync(file, 'utf8'));
  const key = keys[0];
  if (problems.length > 0 || keys.length !== 1 || !key) {
    throw new Error(`${file} does not hold one development key (${problems.join('; ')})`);
  }
  return { key, created };
}

/** The SecretBox for this process: the keys SECRETS_KEYS lists, else the development key. */
export function secretBoxFor(config: Pick<AppConfig, 'secrets'>, log: (line: string) => void): SecretBox {
  if (config.secrets) return new SecretBox(config.secrets.keys, config.secrets.currentKeyId);
  const file = devKeyFile();
  mkdirSync(path.dirname(file), { recursive: true });
  const { key, created } = loadOrCreateDevKey(file);
  log(
    `SECRETS_KEYS is not set: secrets at rest are encrypted with the development key in ${file}` +
      `${created ? ' (made now)' : ''}. Production must set SECRETS_KEYS (docs/operations.md).`,
  );
  return new SecretBox([key], key.id);
}
