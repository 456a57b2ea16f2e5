/**
 * `pnpm db:restore FILE`: restores a backup made by `pnpm db:backup` into the product's database
 * (DATABASE_URL, or the embedded one under DATA_DIR), which must hold no data yet. Then checks the books
 * from the first ledger row. Exit code 0 when restored and the books balance, 1 when restored but the
 * books do not balance, 2 when refused or failed (nothing of the backup's data is committed then).
 * It builds the schema and loads tables with their triggers off: as the owner (DATABASE_OWNER_URL when
 * set), never as the runtime role, which it then grants its rights.
 */
import { ensureDatabase, loadDotEnv } from '@wallet/postgres';
import { BackupFileError } from '../backup/backup-archive';
import { RestoreRefused, restoreBackup } from '../backup/restore';

const args = process.argv.slice(2);
if (args.includes('--help') || args.length !== 1 || args[0]?.startsWith('-')) {
  const wrong = !args.includes('--help');
  if (wrong)
    console.error(args.length === 0 ? 'which backup file?' : `unexpected arguments: ${args.join(' ')}`);
  console.error(
    'usage: pnpm db:restore FILE   (into DATABASE_URL, or the embedded database; it must be empty)',
  );
  process.exit(wrong ? 2 : 0);
}
const file = args[0] ?? '';

async function main(): Promise<number> {
  loadDotEnv();
  const database = await ensureDatabase({ log: (message) => console.error(`[db] ${message}`) });
  try {
    const started = Date.now();
    const restored = await restoreBackup(
      file,
      database.ownerUrl,
      (message) => console.error(`[db] ${message}`),
      database.runtimeRole,
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    for (const t of restored.tables)
      console.error(`  ${t.name.padEnd(22)} ${t.rows.toLocaleString('en')} rows`);
    const { report } = restored;
    console.error(
      `db:restore loaded the backup of ${restored.header.createdAt} in ${seconds} s; full ledger check: ${report.walletsChecked} wallets, ${report.rowsChecked} ledger rows`,
    );
    if (!report.ok) {
      console.log(`db:restore: the restored books do not balance: ${report.discrepancies} discrepancies`);
      for (const found of report.found) console.log(`  ${found.kind.padEnd(22)} ${found.detail}`);
      return 1;
    }
    console.log('db:restore: restored, and the books balance.');
    return 0;
  } finally {
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const refused = error instanceof RestoreRefused || error instanceof BackupFileError;
    console.error(
      `db:restore ${refused ? 'refused' : 'failed'}: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(2);
  },
);
