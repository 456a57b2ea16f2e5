/**
 * `pnpm secrets:rotate [--json]`: seals every stored secret (webhook signing secrets and two-factor TOTP
 * secrets: STORED_SECRETS) under the current key (SECRETS_KEY_ID, else the first of SECRETS_KEYS), reading
 * each with whichever configured key it
 * names; plaintext rows from before encryption are encrypted too. On the product's database
 * (DATABASE_URL, or the embedded one). In batches, safe beside a running API, idempotent: a second run
 * finds everything current. Exit code 0 when every secret is under the current key, 1 when some could not
 * be read (sealed under a key no longer in SECRETS_KEYS), 2 when it could not run.
 */
import { loadDotEnv } from '@wallet/postgres';
import { secretBoxFor } from '../common/secrets/dev-key';
import { type ResealCounts, resealSecrets } from '../common/secrets/reseal';
import { ConfigError, loadConfig } from '../config/config';
import { withRuntimeClient } from './cli-database';
import { readOptions } from './cli-options';

const { json, say } = readOptions('pnpm secrets:rotate [--json]');

async function main(): Promise<number> {
  loadDotEnv();
  const config = loadConfig();
  const box = secretBoxFor(config, say);
  return withRuntimeClient(say, async (client) => {
    const counts = await resealSecrets(
      {
        rows: async (sql, params) => (await client.query<{ id: string; value: string }>(sql, params)).rows,
        execute: async (sql, params) => (await client.query(sql, params)).rowCount ?? 0,
      },
      box,
    );
    if (json) console.log(JSON.stringify({ keyId: box.currentKeyId, ...counts }));
    else print(box.currentKeyId, counts);
    return counts.unreadable > 0 ? 1 : 0;
  });
}

function print(keyId: string, c: ResealCounts): void {
  console.log(
    `secrets:rotate: ${c.checked} stored secrets read; under key "${keyId}" now: ${c.reencrypted} re-encrypted, ` +
      `${c.encrypted} encrypted from plaintext, ${c.current} already current` +
      `${c.raced > 0 ? `; ${c.raced} changed meanwhile (left as they were)` : ''}.`,
  );
  if (c.unreadable > 0) {
    console.log(
      `  ${c.unreadable} could not be read: sealed under a key not in SECRETS_KEYS, or altered. Add the old key and run again.`,
    );
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message =
      error instanceof ConfigError ? error.message : error instanceof Error ? error.message : String(error);
    console.error(`secrets:rotate could not run: ${message}`);
    process.exit(2);
  },
);
