/**
 * `pnpm db:backup [FILE]`: writes the product's database (DATABASE_URL, or the embedded one) to one
 * file, from one consistent snapshot, while the API keeps running. FILE defaults to
 * backups/wallet-<UTC time>.backup at the repository's root. Exit code 0 when written, 2 when not.
 * Reading is all it does: it connects as the runtime role (DATABASE_URL), which may read every table.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ensureDatabase, loadDotEnv, repoRoot } from '@wallet/postgres';
import pg from 'pg';
import { takeBackup } from '../backup/backup';

const args = process.argv.slice(2);
if (args.includes('--help') || args.length > 1 || args.some((arg) => arg.startsWith('-'))) {
  const wrong = !args.includes('--help');
  if (wrong) console.error(`unexpected arguments: ${args.join(' ')}`);
  console.error('usage: pnpm db:backup [FILE]   (default: backups/wallet-<UTC time>.backup)');
  process.exit(wrong ? 2 : 0);
}

function defaultFile(): string {
  const stamp = new Date()
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(':', '-');
  return path.join(repoRoot(), 'backups', `wallet-${stamp}.backup`);
}

async function main(): Promise<void> {
  loadDotEnv();
  const file = path.resolve(args[0] ?? defaultFile());
  await mkdir(path.dirname(file), { recursive: true });
  const database = await ensureDatabase({ log: (message) => console.error(`[db] ${message}`) });
  try {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const started = Date.now();
      const backup = await takeBackup(client, file);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      for (const t of backup.tables)
        console.error(`  ${t.name.padEnd(22)} ${t.rows.toLocaleString('en')} rows`);
      const migration = backup.header.migrations.at(-1)?.name ?? 'none';
      console.error(
        `db:backup wrote ${(backup.bytes / 1024 / 1024).toFixed(1)} MiB in ${seconds} s (PostgreSQL ${backup.header.serverVersion}, last migration ${migration})`,
      );
      console.log(backup.file);
    } finally {
      await client.end();
    }
  } finally {
    await database.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`db:backup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
