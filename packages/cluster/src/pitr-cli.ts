#!/usr/bin/env node
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { psql, setUpPitr } from './pitr.js';
import { cronSchedule, DEFAULT_STANZA, type PitrPaths } from './pitr-config.js';
import { type DrillReport, PitrDrill } from './pitr-drill.js';
import { run } from './system.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const USAGE = `usage:
  pnpm db:pitr-setup -- --data /var/lib/postgresql/15/main [--port 5432] [--socket-dir /var/run/postgresql]
      [--repo /var/lib/pgbackrest] [--config /etc/pgbackrest/pgbackrest.conf] [--log-path /var/log/pgbackrest]
      [--lock-path /tmp/pgbackrest] [--stanza wallet] [--restart]
    WAL archiving to pgBackRest for a running Debian PostgreSQL, a stanza, a first full backup.
    Run it as root or as the postgres user. --restart lets it restart the server (pg_ctlcluster).
  pnpm db:pitr-drill [-- --keep] [-- --json]
    The recovery drill in a temporary directory: money moved, a restore to a second, the books compared.`;

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      port: { type: 'string', default: '5432' },
      'socket-dir': { type: 'string', default: '/var/run/postgresql' },
      repo: { type: 'string', default: '/var/lib/pgbackrest' },
      config: { type: 'string', default: '/etc/pgbackrest/pgbackrest.conf' },
      'log-path': { type: 'string', default: '/var/log/pgbackrest' },
      'lock-path': { type: 'string', default: '/tmp/pgbackrest' },
      stanza: { type: 'string', default: DEFAULT_STANZA },
      restart: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const command = positionals[0];
  if (values.help || (command !== 'setup' && command !== 'drill')) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  if (command === 'drill') return drill(values.keep, values.json);

  const port = Number(values.port);
  if (!values.data || !path.isAbsolute(values.data) || !Number.isInteger(port) || port < 1 || port > 65_535) {
    console.error('--data must be the absolute path of the data directory, --port a port number');
    return 2;
  }
  const paths: PitrPaths = {
    config: path.resolve(values.config),
    repo: path.resolve(values.repo),
    log: path.resolve(values['log-path']),
    lock: path.resolve(values['lock-path']),
  };
  const server = { stanza: values.stanza, dataDir: values.data, port, socketDir: values['socket-dir'] };
  const restart = values.restart ? await debianRestart(server) : undefined;
  await setUpPitr({ paths, server, restart, log: (line) => console.log(`[pitr] ${line}`) });
  console.log(`
Continuous archiving to ${paths.repo} is on, and the repository has a full backup.
One backup an hour, kept 30 days: add these lines to /etc/cron.d/wallet-pgbackrest (docs/operations.md):

${cronSchedule(paths, values.stanza)}
See what the repository holds: sudo -u postgres pgbackrest --config=${paths.config} --stanza=${values.stanza} info`);
  return 0;
}

/** Restarts a Debian cluster (its configuration under /etc/postgresql/<version>/<name>) with pg_ctlcluster. */
async function debianRestart(server: { port: number; socketDir: string }): Promise<() => Promise<void>> {
  const configFile = (await psql(server, 'SHOW config_file')).trim();
  const match = /^\/etc\/postgresql\/(\d+)\/([^/]+)\/postgresql\.conf$/.exec(configFile);
  if (!match) {
    throw new Error(
      `${configFile} is not a Debian cluster's: restart PostgreSQL yourself, then run the setup again`,
    );
  }
  const [, version = '', name = ''] = match;
  return () => run('pg_ctlcluster', [version, name, 'restart']);
}

async function drill(keep: boolean, json: boolean): Promise<number> {
  const started = Date.now();
  const log = (line: string) => console.error(`[pitr-drill] ${line}`);
  const runner = new PitrDrill({ root, keep, log });
  // Listening until the end: a second signal while the cleanup runs must not kill the process halfway.
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.on(signal, () => {
      log(`${signal}: stopping what the drill started`);
      void runner.cleanup().finally(() => process.exit(code));
    });
  }
  const report = await runner.run();
  if (json) console.log(JSON.stringify(report, null, 2));
  else console.log(summary(report, Date.now() - started));
  return 0;
}

function summary(report: DrillReport, elapsedMs: number): string {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const total = (books: DrillReport['atTarget']) =>
    books.wallets.reduce((sum, wallet) => sum + BigInt(wallet.balanceMinor), 0n).toString();
  return `
Point-in-time recovery drill: passed (${seconds(elapsedMs)})

  restored to    ${report.target} (UTC)
  backups        ${report.backups.map((b) => `${b.label} (${b.type})`).join(', ')}: the restore starts from the newest before T
  books at T     ${report.atTarget.wallets.length} wallets holding ${total(report.atTarget)} minor units, ${report.atTarget.ledgerIds.length} ledger rows
  books at end   ${report.atEnd.wallets.length} wallets holding ${total(report.atEnd)} minor units, ${report.atEnd.ledgerIds.length} ledger rows (${report.afterTarget.length} after T)
  restored       ${report.restored.wallets.length} wallets holding ${total(report.restored)} minor units, ${report.restored.ledgerIds.length} ledger rows: exactly the books at T
  books check    --full on the restored database: ${report.booksCheck.ok ? 'the books balance' : 'DISCREPANCIES'} (${report.booksCheck.walletsChecked} wallets, ${report.booksCheck.rowsChecked} rows)

  RPO  archive_timeout ${report.rpo.archiveTimeoutSeconds} s; the last commit reached the repository after ${seconds(report.rpo.observedMs)};
       one segment's archive-push ${report.rpo.pushMs} ms; worst case ${seconds(report.rpo.worstCaseMs)} of committed work
  RTO  ${seconds(report.rto.totalMs)} from restore to books checked: restore ${seconds(report.rto.restoreMs)}, recovery and promotion ${seconds(report.rto.recoveryMs)}, full books check ${seconds(report.rto.booksCheckMs)}`;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // What an operator can act on: the message (a drill's failure carries its logs' last lines).
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
