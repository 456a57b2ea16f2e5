import { type ChildProcess, spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type DatabaseHandle, ensureDatabase, freePort, migrate } from '@wallet/postgres';
import pg from 'pg';
import { BankWorkload, type Caller, sendTo } from '../support/bank-workload';
import { createUser } from '../support/users';

/**
 * `pnpm test:chaos`: the built product as it runs in production, several API processes on one
 * PostgreSQL, under a steady load of funds and transfers from clients that do what the contract tells
 * integrators to do: retry with the same Idempotency-Key on any answer that is not definitive. Meanwhile
 * processes are killed (SIGKILL) and stopped (SIGTERM) and started again, and PostgreSQL itself is
 * restarted. Afterwards the books must balance (the books check, from the first row) and every request
 * must have taken effect exactly once: the database holds exactly the movements that were acknowledged,
 * and every balance is what the acknowledged answers add up to. Any answer of 500 is a violation.
 *
 * It runs on a PostgreSQL of its own (embedded, whatever DATABASE_URL says), since it restarts it.
 */
const env = process.env;
const PROCESSES = 3;
const CHAOS_MS = Number(env.CHAOS_DURATION_MS ?? 30_000);
const CLIENTS = Number(env.CHAOS_CLIENTS ?? 12);
/** How long one request may go unanswered before the client treats it as lost and retries. */
const REQUEST_TIMEOUT_MS = 15_000;
/** How long after the load stops every operation must have reached a definitive answer. */
const SETTLE_MS = 60_000;
const ENTRY = path.join(__dirname, '..', '..', 'dist', 'main.js');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class ApiProcess {
  private child: ChildProcess | undefined;
  private exited: Promise<number | null> = Promise.resolve(null);
  /** The process's last log lines. */
  readonly output: string[] = [];

  constructor(
    readonly port: number,
    private readonly databaseUrl: string,
    private readonly ownerUrl: string,
  ) {}

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  start(): void {
    const child = spawn(process.execPath, [ENTRY], {
      env: {
        ...env,
        // Two roles, as deployed: the API runs as the runtime role, migrates at boot as the owner.
        DATABASE_URL: this.databaseUrl,
        DATABASE_OWNER_URL: this.ownerUrl,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        WEB_CONCURRENCY: '1',
        LOG_LEVEL: 'warn',
        // Several products at once on one machine: none takes the default metrics port.
        METRICS_PORT: '0',
        DB_POOL_SIZE: '8',
        RATE_LIMIT_PER_MINUTE: '1000000',
        AUTH_RATE_LIMIT_PER_ADDRESS: '1000000',
        AUTH_RATE_LIMIT_PER_EMAIL: '1000000',
        ANONYMOUS_RATE_LIMIT_PER_ADDRESS: '1000000',
        // The scheduled check runs under the chaos too; the final word is the full check below.
        LEDGER_CHECK_INTERVAL_SECONDS: '5',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Kept for the report when something goes wrong: warnings and errors only (LOG_LEVEL=warn).
    const keep = (chunk: Buffer) => {
      this.output.push(...chunk.toString().split('\n').filter(Boolean));
      this.output.splice(0, Math.max(0, this.output.length - 2000));
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  /** Sends the signal and waits for the process to be gone; answers its exit code. */
  async stop(signal: NodeJS.Signals): Promise<number | null> {
    this.child?.kill(signal);
    return this.exited;
  }

  async ready(deadlineMs = 90_000): Promise<void> {
    const until = Date.now() + deadlineMs;
    while (Date.now() < until) {
      try {
        if ((await fetch(`${this.base}/api/health/ready`)).ok) return;
      } catch {}
      await sleep(100);
    }
    throw new Error(`the API on port ${this.port} did not become ready:\n${this.output.join('\n')}`);
  }
}

describe('chaos', () => {
  let work: string;
  let database: DatabaseHandle;
  let pgPort: number;
  let databaseUrl: string;
  const apis: ApiProcess[] = [];

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'wallet-chaos-'));
    pgPort = await freePort();
    database = await startPostgres();
    databaseUrl = database.url;
    await migrate(database.ownerUrl, { runtimeRole: database.runtimeRole });
    for (let i = 0; i < PROCESSES; i += 1) {
      const api = new ApiProcess(await freePort(), databaseUrl, database.ownerUrl);
      api.start();
      apis.push(api);
    }
    await Promise.all(apis.map((api) => api.ready()));
  }, 240_000);

  afterAll(async () => {
    await Promise.all(apis.map((api) => api.stop('SIGKILL')));
    await database?.stop();
    await rm(work, { recursive: true, force: true });
  });

  function startPostgres(): Promise<DatabaseHandle> {
    return ensureDatabase({ databaseUrl: undefined, dataDir: path.join(work, 'pg'), port: pgPort });
  }

  it('keeps every promise of the ledger through killed processes and a PostgreSQL restart', async () => {
    const events: string[] = [];
    const started = Date.now();
    const note = (event: string) => events.push(`${((Date.now() - started) / 1000).toFixed(1)}s ${event}`);

    const downUntil = new Map<ApiProcess, number>();
    /** One request to a live process, chosen at random; throws on a network error or a timeout. */
    const call: Caller = async (user, method, url, body, key) => {
      // Like a load balancer: a process that just refused a connection is passed over for a second.
      const live = apis.filter((candidate) => (downUntil.get(candidate) ?? 0) < Date.now());
      const pool = live.length > 0 ? live : apis;
      const api = pool[randomInt(pool.length)] as ApiProcess;
      return sendTo(api.base, REQUEST_TIMEOUT_MS, user, method, url, body, key).catch((error: unknown) => {
        downUntil.set(api, Date.now() + 1_000);
        throw error;
      });
    };
    // Two users, each with four USD wallets and one EUR wallet, funded through the API.
    const base = (apis[0] as ApiProcess).base;
    const workload = await BankWorkload.setUp(call, [await createUser(base), await createUser(base)]);
    const figures = workload.figures;

    // The load: CLIENTS clients, one operation at a time each, until the chaos is over.
    let running = true;
    const clients = workload.run(
      CLIENTS,
      () => running,
      () => Date.now() + CHAOS_MS + SETTLE_MS,
    );

    // The chaos, spread over CHAOS_MS.
    const at = (fraction: number) => sleep(Math.max(0, started + CHAOS_MS * fraction - Date.now()));
    const chaos = (async () => {
      await at(0.15);
      note('SIGKILL API process 1');
      await apis[0]?.stop('SIGKILL');
      await sleep(500);
      apis[0]?.start();
      note('API process 1 started again');

      await at(0.35);
      note('SIGTERM API process 2');
      const code = await apis[1]?.stop('SIGTERM');
      if (code !== 0) figures.violations.push(`SIGTERM: API process 2 exited with ${code}, not 0`);
      apis[1]?.start();
      note('API process 2 started again');

      await at(0.55);
      note('PostgreSQL stopping (fast shutdown)');
      await database.stop();
      await sleep(1_000);
      database = await startPostgres();
      note('PostgreSQL started again');

      await at(0.75);
      note('SIGKILL API process 3, and SIGKILL API process 1 again');
      await Promise.all([apis[2]?.stop('SIGKILL'), apis[0]?.stop('SIGKILL')]);
      apis[2]?.start();
      apis[0]?.start();
      note('API processes 3 and 1 started again');
      await at(1);
    })();

    await chaos;
    running = false;
    await Promise.all(apis.map((api) => api.ready()));
    await clients;
    const elapsed = (Date.now() - started) / 1000;

    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      const ledger = await workload.check(db);
      console.log(
        [
          '',
          `chaos: ${PROCESSES} API processes on one PostgreSQL, ${CLIENTS} clients, ${elapsed.toFixed(1)} s`,
          ...events.map((event) => `  ${event}`),
          ...workload.summary(),
          ledger,
          ...(figures.violations.length > 0
            ? [
                'the API processes logged, last errors:',
                ...apis.flatMap((api) =>
                  api.output
                    .filter((line) => line.includes('"level":50') && !line.includes('SERVICE_UNAVAILABLE'))
                    .slice(-5),
                ),
              ]
            : []),
        ].join('\n'),
      );
    } finally {
      await db.end();
    }
    expect(figures.answers['500'] ?? 0).toBe(0);
    expect(figures.violations).toEqual([]);
    expect(figures.acknowledged).toBeGreaterThan(100);
  }, 300_000);
});
