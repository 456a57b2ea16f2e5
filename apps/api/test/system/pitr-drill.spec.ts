import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type DrillReport, PitrDrill } from '@wallet/cluster';

/**
 * `pnpm test:recovery`: the point-in-time recovery drill (`pnpm db:pitr-drill`) on Debian's PostgreSQL 15
 * and pgBackRest. The built API moves money over HTTP, a backup is taken in the middle, a second T is
 * noted with the books at T, more money moves, and the database is restored to T into a new data
 * directory on another port. The restored books must be exactly those of T: every wallet and its balance,
 * every ledger row and nothing written after T, and the full books check passes there. Nothing the drill
 * started may be left behind.
 */
const ROOT = path.join(__dirname, '..', '..', '..', '..');
const drillDirs = () => readdirSync(os.tmpdir()).filter((name) => name.startsWith('wallet-pitr-'));

describe('point-in-time recovery drill', () => {
  let report: DrillReport;
  let dirsBefore: string[];
  const log: string[] = [];

  beforeAll(async () => {
    dirsBefore = drillDirs();
    // An operator's host that runs a real deployment: its database settings in the environment and in
    // an env file. Nothing answers at these addresses: a drill that handed any of them on would fail.
    const decoy = `postgresql://owner@127.0.0.1:${await closedPort()}/production`;
    const envFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'wallet-drill-decoy-')), '.env');
    writeFileSync(envFile, `DATABASE_OWNER_URL=${decoy}\nDATABASE_REPLICA_URL=${decoy}\n`);
    const decoys = {
      DATABASE_URL: decoy,
      DATABASE_URL_UNPOOLED: decoy,
      DATABASE_REPLICA_URL: decoy,
      POSTGRES_URL_NON_POOLING: decoy,
      WALLET_DOTENV: envFile,
    };
    const saved = Object.fromEntries(Object.keys(decoys).map((name) => [name, process.env[name]]));
    Object.assign(process.env, decoys);
    try {
      report = await new PitrDrill({ root: ROOT, log: (line) => log.push(line) }).run();
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      rmSync(path.dirname(envFile), { recursive: true, force: true });
    }
  }, 600_000);

  afterAll(() => {
    if (report) {
      console.log(
        [
          `restored to ${report.target}: ${report.restored.ledgerIds.length} ledger rows (${report.afterTarget.length} written after T are not there)`,
          `RPO: archive_timeout ${report.rpo.archiveTimeoutSeconds} s, observed ${report.rpo.observedMs} ms, push ${report.rpo.pushMs} ms, worst case ${report.rpo.worstCaseMs} ms`,
          `RTO: ${report.rto.totalMs} ms (restore ${report.rto.restoreMs}, recovery ${report.rto.recoveryMs}, books check ${report.rto.booksCheckMs})`,
        ].join('\n'),
      );
    } else {
      console.log(log.join('\n'));
    }
  });

  it('moved money after T, so a restore that ignored T would differ', () => {
    expect(report.afterTarget.length).toBeGreaterThan(0);
    expect(report.atEnd.wallets.length).toBeGreaterThan(report.atTarget.wallets.length);
    expect(report.atEnd.wallets).not.toEqual(report.atTarget.wallets);
  });

  it('restores every wallet with exactly its balance at T', () => {
    expect(report.atTarget.wallets.length).toBeGreaterThan(0);
    expect(report.restored.wallets).toEqual(report.atTarget.wallets);
  });

  it('restores exactly the ledger rows of T, in order, and none written after it', () => {
    expect(report.restored.ledgerIds).toEqual(report.atTarget.ledgerIds);
    expect(report.restored.ledgerIds.filter((id) => report.afterTarget.includes(id))).toEqual([]);
  });

  it('took a full backup at setup and an incremental one before T, and the books check passes on the restored database', () => {
    expect(report.backups.map((backup) => backup.type)).toEqual(['full', 'incr']);
    expect(report.booksCheck).toEqual({
      ok: true,
      walletsChecked: report.atTarget.wallets.length,
      rowsChecked: report.atTarget.ledgerIds.length,
    });
  });

  it('reports its RPO and RTO, with archive_timeout inside the 5-minute RPO', () => {
    // The figures themselves are printed, not asserted: speed belongs in measurements, not in tests.
    expect(report.rpo.archiveTimeoutSeconds * 1_000).toBeLessThan(5 * 60_000);
    expect(report.rpo.worstCaseMs).toBe(report.rpo.archiveTimeoutSeconds * 1_000 + report.rpo.pushMs);
    const { restoreMs, recoveryMs, booksCheckMs, totalMs } = report.rto;
    expect(totalMs).toBe(restoreMs + recoveryMs + booksCheckMs);
  });

  it('leaves no directory, no server and no API behind', async () => {
    expect(drillDirs().filter((name) => !dirsBefore.includes(name))).toEqual([]);
    expect(postmastersOfDrills()).toEqual([]);
    const { primary, restored, api } = report.ports;
    expect(await Promise.all([primary, restored, api].map(listening))).toEqual([false, false, false]);
  });
});

describe('a drill that fails', () => {
  it('stops every server it started and removes its directory', async () => {
    const before = drillDirs();
    // A root with no built product: the drill gets as far as a running, archiving server, then fails.
    const failing = new PitrDrill({ root: path.join(os.tmpdir(), 'no-product-here') }).run();
    await expect(failing).rejects.toThrow(/migrate-deploy\.js exited with 1/);
    expect(drillDirs().filter((name) => !before.includes(name))).toEqual([]);
    expect(postmastersOfDrills()).toEqual([]);
  }, 300_000);
});

/** PostgreSQL servers whose command line names a drill's directory. */
function postmastersOfDrills(): string[] {
  return readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid))
    .filter((pid) => readOr(`/proc/${pid}/cmdline`).includes(`${os.tmpdir()}/wallet-pitr-`));
}

function readOr(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** A loopback port nothing listens on (one just freed). */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Whether anything accepts a connection on the loopback port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
