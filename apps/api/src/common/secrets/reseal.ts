import { ENVELOPE_PREFIX, type SecretBox, SecretDecryptError } from './secret-box';

/**
 * Every column that holds a secret at rest, sealed by SecretBox. A later table with a secret adds its
 * row here, and `pnpm secrets:rotate` and the start-up pass cover it.
 */
export const STORED_SECRETS: readonly { table: string; column: string }[] = [
  { table: 'webhook_endpoints', column: 'secret' },
  { table: 'two_factor_credentials', column: 'secret' },
];

/** Statements on the database: pg's client and Prisma both fit. */
export interface SecretsDb {
  rows(sql: string, params: unknown[]): Promise<{ id: string; value: string }[]>;
  /** Answers the number of rows changed. */
  execute(sql: string, params: unknown[]): Promise<number>;
}

export interface ResealCounts {
  /** Rows read. */
  checked: number;
  /** Plaintext rows (from before encryption) now sealed. */
  encrypted: number;
  /** Rows sealed under another key, now under the current one. */
  reencrypted: number;
  /** Already under the current key: left as they were. */
  current: number;
  /** Sealed under a key that is not configured, or altered: left as they were. */
  unreadable: number;
  /** Changed or deleted by someone else between the read and the write: left to them. */
  raced: number;
}

export const RESEAL_BATCH = 500;

/**
 * Seals every stored secret under the box's current key, reading with any configured key; plaintext rows
 * (no `v1:` prefix) are encrypted. `onlyPlaintext`: only those (the API's start-up pass). Batches of
 * RESEAL_BATCH rows in id order, each row updated only if it still holds what was read, so it is safe
 * beside a running API and idempotent: a second run finds everything current.
 */
export async function resealSecrets(
  db: SecretsDb,
  box: SecretBox,
  options: { onlyPlaintext?: boolean; batchSize?: number } = {},
): Promise<ResealCounts> {
  const counts: ResealCounts = {
    checked: 0,
    encrypted: 0,
    reencrypted: 0,
    current: 0,
    unreadable: 0,
    raced: 0,
  };
  const batch = options.batchSize ?? RESEAL_BATCH;
  for (const { table, column } of STORED_SECRETS) {
    const filter = options.onlyPlaintext
      ? ` AND left("${column}", ${ENVELOPE_PREFIX.length}) <> '${ENVELOPE_PREFIX}'`
      : '';
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await db.rows(
        `SELECT id::text AS id, "${column}" AS value FROM "${table}"
         WHERE "${column}" IS NOT NULL AND id > $1::uuid${filter} ORDER BY id LIMIT $2`,
        [after, batch],
      );
      for (const row of rows) {
        counts.checked += 1;
        if (!box.needsReseal(row.value)) {
          counts.current += 1;
          continue;
        }
        let clear: string;
        try {
          clear = box.open(row.value);
        } catch (error) {
          if (!(error instanceof SecretDecryptError)) throw error;
          counts.unreadable += 1;
          continue;
        }
        const changed = await db.execute(
          `UPDATE "${table}" SET "${column}" = $1 WHERE id = $2::uuid AND "${column}" = $3`,
          [box.encrypt(clear), row.id, row.value],
        );
        if (changed === 0) counts.raced += 1;
        else if (row.value.startsWith(ENVELOPE_PREFIX)) counts.reencrypted += 1;
        else counts.encrypted += 1;
      }
      const last = rows.at(-1);
      if (!last || rows.length < batch) break;
      after = last.id;
    }
  }
  return counts;
}
