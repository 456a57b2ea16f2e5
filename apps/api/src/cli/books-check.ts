/**
 * `pnpm books:check [--full] [--expect-digest=<seq>:<hex>]... [--json]`: checks the ledger's books on the product's database
 * (DATABASE_URL, or the embedded one) and prints a report. Exit code 0 when the books balance, 1 when
 * there is any discrepancy, 2 when the check could not run.
 *
 * Incremental by default: only what was written since the last check (each wallet's checkpoint is kept in
 * ledger_check_wallets), plus the hash chain of every row in both modes. `--full` reads every ledger row
 * from the first and resets the checkpoints. Each report ends with the ledger digest; keep it outside the
 * database and pass it back with --expect-digest to prove nothing up to its seq was rewritten since.
 */
import { loadDotEnv } from '@wallet/postgres';
import { type BooksReport, checkBooks } from '../transactions/books-check/books-check';
import { withRuntimeClient } from './cli-database';
import { readOptions } from './cli-options';

const { args, values, json, say } = readOptions(
  'pnpm books:check [--full] [--expect-digest=<seq>:<hex>]... [--json]',
  ['--full'],
  ['--expect-digest'],
);

async function main(): Promise<number> {
  loadDotEnv();
  return withRuntimeClient(say, async (client) => {
    const report = await checkBooks(client, {
      mode: args.has('--full') ? 'full' : 'incremental',
      whenBusy: 'wait',
      maxReported: 1000,
      expectDigests: values('--expect-digest'),
    });
    if (!report) throw new Error('the check did not run');
    if (json) console.log(JSON.stringify(report));
    else print(report);
    return report.ok ? 0 : 1;
  });
}

function print(report: BooksReport): void {
  const what = `${report.mode} check: ${report.walletsChecked} wallets, ${report.rowsChecked} ledger rows read, ${report.rowsHashed} hashes verified in ${report.durationMs} ms`;
  const digest =
    report.digest === null
      ? 'no ledger digest this time: transactions open when the check began were still open 10 s later (see pg_stat_activity)'
      : `ledger digest: ${report.digest} (keep it elsewhere; --expect-digest=${report.digest} proves it later)`;
  if (report.ok) {
    console.log(`books:check ${what}: the books balance.`);
    console.log(digest);
    return;
  }
  const count = `${report.discrepancies}${report.truncated ? ' or more' : ''}`;
  console.log(`books:check ${what}: ${count} discrepancies.`);
  for (const found of report.found) console.log(`  ${found.kind.padEnd(22)} ${found.detail}`);
  console.log(digest);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`books:check could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
