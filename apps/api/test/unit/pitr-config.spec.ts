import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  ARCHIVE_TIMEOUT_SECONDS,
  archiveSettings,
  cronSchedule,
  DEFAULT_STANZA,
  pgbackrestConfig,
  RETENTION_DAYS,
  WAL_RETENTION_DAILY_BACKUPS,
} from '@wallet/cluster';

/**
 * The recovery plan's settings (what `pnpm db:pitr-setup` writes) against the plan's promises and
 * against docs/operations.md, which shows them to operators: the page must show what the setup writes.
 * The drill (`pnpm test:recovery`) proves the same settings work on a real server.
 */
const DOCS = readFileSync(path.join(__dirname, '..', '..', '..', '..', 'docs', 'operations.md'), 'utf8');
const DEBIAN = {
  paths: {
    config: '/etc/pgbackrest/pgbackrest.conf',
    repo: '/var/lib/pgbackrest',
    log: '/var/log/pgbackrest',
    lock: '/tmp/pgbackrest',
  },
  server: {
    stanza: DEFAULT_STANZA,
    dataDir: '/var/lib/postgresql/15/main',
    port: 5432,
    socketDir: '/var/run/postgresql',
  },
};

/** The lines of the page's first fenced block of `language` that holds `marker`. */
function documented(language: string, marker: string): string[] {
  const blocks = [...DOCS.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map(
    (m) => m[1] ?? '',
  );
  const block = blocks.find((text) => text.includes(marker));
  if (!block) throw new Error(`docs/operations.md has no ${language} block with ${marker}`);
  return block.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
}

function meaningful(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
}

describe('the point-in-time recovery settings', () => {
  it('close a WAL segment often enough for the 5-minute RPO, with room for the push', () => {
    expect(ARCHIVE_TIMEOUT_SECONDS).toBeGreaterThan(0);
    expect(ARCHIVE_TIMEOUT_SECONDS * 2).toBeLessThanOrEqual(5 * 60);
    expect(archiveSettings(DEBIAN.paths, DEFAULT_STANZA)).toEqual({
      wal_level: 'replica',
      archive_mode: 'on',
      archive_command: 'pgbackrest --config=/etc/pgbackrest/pgbackrest.conf --stanza=wallet archive-push %p',
      archive_timeout: `${ARCHIVE_TIMEOUT_SECONDS}s`,
    });
  });

  it('keep backups 30 days and WAL for at least 7 days of daily backups', () => {
    const config = meaningful(pgbackrestConfig(DEBIAN.paths, DEBIAN.server));
    expect(RETENTION_DAYS).toBe(30);
    expect(config).toEqual(
      expect.arrayContaining(['repo1-retention-full-type=time', 'repo1-retention-full=30']),
    );
    // N daily backups kept reach back N - 1 whole days.
    expect(WAL_RETENTION_DAILY_BACKUPS - 1).toBeGreaterThanOrEqual(7);
    expect(config).toEqual(
      expect.arrayContaining([
        'repo1-retention-archive-type=diff',
        `repo1-retention-archive=${WAL_RETENTION_DAILY_BACKUPS}`,
      ]),
    );
  });

  it('schedule one backup every hour of the week: a full on Sunday, differentials, incrementals', () => {
    const lines = meaningful(cronSchedule(DEBIAN.paths, DEFAULT_STANZA));
    expect(lines.map((line) => /--type=(\w+)/.exec(line)?.[1])).toEqual(['full', 'diff', 'incr']);
    expect(lines.map((line) => line.split(/\s+/).slice(0, 5).join(' '))).toEqual([
      '0 1 * * 0',
      '0 1 * * 1-6',
      '0 0,2-23 * * *',
    ]);
  });

  it('are what docs/operations.md shows: the configuration file and the schedule', () => {
    expect(documented('ini', 'repo1-path=')).toEqual(
      meaningful(pgbackrestConfig(DEBIAN.paths, DEBIAN.server)),
    );
    expect(documented('cron', 'pgbackrest')).toEqual(meaningful(cronSchedule(DEBIAN.paths, DEFAULT_STANZA)));
  });

  it("are what the plan's table in docs/operations.md says in words: the hours of each kind of backup", () => {
    const promise = DOCS.split('\n').find((line) => line.startsWith('| a backup every hour')) ?? '';
    const hours = (type: string) =>
      meaningful(cronSchedule(DEBIAN.paths, DEFAULT_STANZA))
        .filter((line) => line.includes(`--type=${type}`))
        .map((line) => line.split(/\s+/)[1]);
    // The schedule's hours, as the table words them: fulls and differentials at 01:00, incrementals at the rest.
    expect(hours('full')).toEqual(['1']);
    expect(hours('diff')).toEqual(['1']);
    expect(promise).toContain('at 01:00 a full backup on Sunday and a differential on the other days');
    expect(hours('incr')).toEqual(['0,2-23']);
    expect(promise).toContain('an incremental at all the other hours, 00:00 and 02:00 to 23:00');
    // "Every other hour" would read as one hour in two.
    expect(promise).not.toContain('every other');
  });
});
