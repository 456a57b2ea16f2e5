/**
 * The recovery plan in settings: a backup every hour, each kept 30 days; recovery to any second of the
 * last 7 days; at most 5 minutes of committed work lost (RPO); the database back within 15 minutes (RTO).
 * pgBackRest (Debian's `pgbackrest`) keeps the backups and the WAL archive; PostgreSQL pushes each WAL
 * segment to it as the segment closes.
 */

/** The stanza: pgBackRest's name for the one PostgreSQL cluster it backs up. */
export const DEFAULT_STANZA = 'wallet';

/**
 * A quiet database still closes (and so archives) its WAL segment after this many seconds when anything
 * was written: the worst case of committed work not yet in the repository is this plus one
 * archive-push (well under a second, measured by the drill). 60 s keeps that far inside the 5-minute
 * RPO; each forced switch costs one segment in the repository, which compresses to almost nothing when
 * little was written.
 */
export const ARCHIVE_TIMEOUT_SECONDS = 60;

/** Backup sets (full, differential, incremental) are kept this many days. */
export const RETENTION_DAYS = 30;

/** Above the most daily differentials one full can have (it lives 30 days, and up to a week more). */
export const DIFFERENTIALS_KEPT = 40;

/**
 * WAL is kept from the 8th newest full-or-differential backup on. One of those is taken each day (a full
 * on Sunday, a differential the other days), so the archive always reaches at least 7 days back: any
 * second in them can be recovered. Older backups stay restorable to the moment they ended (pgBackRest
 * keeps the WAL that makes each kept backup consistent).
 */
export const WAL_RETENTION_DAILY_BACKUPS = 8;

export interface PitrPaths {
  /** The configuration file pgBackRest reads (passed with --config everywhere, archive_command too). */
  config: string;
  /** The repository: backups and the WAL archive. On its own disk, or copied off the machine. */
  repo: string;
  log: string;
  lock: string;
}

export interface PitrServer {
  stanza: string;
  /** The data directory (Debian: /var/lib/postgresql/15/main). */
  dataDir: string;
  port: number;
  /** Where the server's Unix socket is (Debian: /var/run/postgresql). */
  socketDir: string;
}

/** pgbackrest.conf for one server and one local repository. */
export function pgbackrestConfig(paths: PitrPaths, server: PitrServer): string {
  return [
    '# pgBackRest for the wallet database: written by `pnpm db:pitr-setup` (docs/operations.md).',
    '[global]',
    `repo1-path=${paths.repo}`,
    // Backup sets are kept RETENTION_DAYS days: a full is expired only once a newer full is itself older
    // than that, so there is always a backup at least 30 days old. Differentials and incrementals go
    // with the full they build on.
    'repo1-retention-full-type=time',
    `repo1-retention-full=${RETENTION_DAYS}`,
    // More daily differentials than a full lives days: each goes with its full, never before it.
    `repo1-retention-diff=${DIFFERENTIALS_KEPT}`,
    // Continuous WAL for point-in-time recovery: see WAL_RETENTION_DAILY_BACKUPS. Remove both lines to
    // keep every segment since the oldest full (recovery to any second of the whole 30 days, more space).
    'repo1-retention-archive-type=diff',
    `repo1-retention-archive=${WAL_RETENTION_DAILY_BACKUPS}`,
    'compress-type=zst',
    // A backup starts at once (an immediate checkpoint) rather than after the next scheduled one.
    'start-fast=y',
    'process-max=2',
    `log-path=${paths.log}`,
    `lock-path=${paths.lock}`,
    'log-level-console=warn',
    'log-level-file=info',
    '',
    `[${server.stanza}]`,
    `pg1-path=${server.dataDir}`,
    `pg1-port=${server.port}`,
    `pg1-socket-path=${server.socketDir}`,
    '',
  ].join('\n');
}

/** The archive_command PostgreSQL runs for each closed WAL segment. */
export function archiveCommand(paths: PitrPaths, stanza: string): string {
  return `pgbackrest --config=${paths.config} --stanza=${stanza} archive-push %p`;
}

/** The server settings continuous archiving needs (wal_level and archive_mode take a restart). */
export function archiveSettings(paths: PitrPaths, stanza: string): Record<string, string> {
  return {
    wal_level: 'replica',
    archive_mode: 'on',
    archive_command: archiveCommand(paths, stanza),
    archive_timeout: `${ARCHIVE_TIMEOUT_SECONDS}s`,
  };
}

/**
 * The schedule the plan needs, as /etc/cron.d lines run by the postgres user: at 01:00 a full backup on
 * Sunday and a differential on the other days; an incremental at all the other hours (00:00,
 * then 02:00 to 23:00). One backup per hour, never two at
 * once (pgBackRest's lock would refuse the second anyway). Each backup expires what retention allows.
 */
export function cronSchedule(paths: PitrPaths, stanza: string): string {
  const pgbackrest = `pgbackrest --config=${paths.config} --stanza=${stanza}`;
  return [
    '# /etc/cron.d/wallet-pgbackrest: one backup an hour, kept 30 days (docs/operations.md)',
    `0 1 * * 0       postgres  ${pgbackrest} --type=full backup`,
    `0 1 * * 1-6     postgres  ${pgbackrest} --type=diff backup`,
    `0 0,2-23 * * *  postgres  ${pgbackrest} --type=incr backup`,
    '',
  ].join('\n');
}
