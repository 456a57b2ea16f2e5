import { type ChildProcess, spawn } from 'node:child_process';
import { randomInt, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type DatabaseHandle, ensureDatabase, freePort, migrate } from '@wallet/postgres';
import pg from 'pg';
import { verifyLedger } from '../src/ledger-check/ledger-verifier';
import { createUser, type TestUser } from './support/users';

/**
 * `pnpm test:chaos`: the built product as it runs in production, several API processes on one
 * PostgreSQL, under a steady load of funds and transfers from clients that do what the contract tells
 * integrators to do: retry with the same Idempotency-Key on any answer that is not definitive. Meanwhile
 * processes are killed (SIGKILL) and stopped (SIGTERM) and started again, and PostgreSQL itself is
 * restarted. Afterwards the books must balance (ledger:verify, from the first row) and every request
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
const ENTRY = path.join(__dirname, '..', 'dist', 'main.js');

interface Wallet {
  id: string;
  currency: string;
  owner: TestUser;
}

/** One money movement as the client sees it: the request, and the one definitive answer it got. */
interface Operation {
  kind: 'fund' | 'transfer';
  user: TestUser;
  path: string;
  body: Record<string, unknown>;
  key: string;
  /** 2xx: the movement happened; 4xx: it was declined or refused. Undefined: never settled. */
  status?: number;
  answer?: Record<string, unknown>;
  attempts: number;
  replayed: boolean;
}

interface Figures {
  operations: number;
  acknowledged: number;
  declined: number;
  retries: number;
  replays: number;
  networkErrors: number;
  answers: Record<string, number>;
  violations: string[];
  events: string[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class ApiProcess {
  private child: ChildProcess | undefined;
  private exited: Promise<number | null> = Promise.resolve(null);
  /** The process's last log lines. */
  readonly output: string[] = [];

  constructor(
    readonly port: number,
    private readonly databaseUrl: string,
  ) {}

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  start(): void {
    const child = spawn(process.execPath, [ENTRY], {
      env: {
        ...env,
        DATABASE_URL: this.databaseUrl,
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
    await migrate(databaseUrl);
    for (let i = 0; i < PROCESSES; i += 1) {
      const api = new ApiProcess(await freePort(), databaseUrl);
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
    const figures: Figures = {
      operations: 0,
      acknowledged: 0,
      declined: 0,
      retries: 0,
      replays: 0,
      networkErrors: 0,
      answers: {},
      violations: [],
      events: [],
    };
    const started = Date.now();
    const note = (event: string) =>
      figures.events.push(`${((Date.now() - started) / 1000).toFixed(1)}s ${event}`);

    const downUntil = new Map<ApiProcess, number>();
    // Two users, each with four USD wallets and one EUR wallet, funded through the API.
    const base = (apis[0] as ApiProcess).base;
    const users = [await createUser(base), await createUser(base)];
    const wallets: Wallet[] = [];
    for (const user of users) {
      for (const currency of ['USD', 'USD', 'USD', 'USD', 'EUR']) {
        const res = await call(user, 'POST', '/api/v1/wallets', { currency });
        expect(res.status).toBe(201);
        wallets.push({ id: res.body.id as string, currency, owner: user });
      }
    }
    const operations: Operation[] = [];

    /** One request to a live process, chosen at random; throws on a network error or a timeout. */
    async function call(user: TestUser, method: string, url: string, body?: object, key?: string) {
      // Like a load balancer: a process that just refused a connection is passed over for a second.
      const live = apis.filter((candidate) => (downUntil.get(candidate) ?? 0) < Date.now());
      const api = (live.length > 0 ? live : apis)[
        randomInt(live.length > 0 ? live.length : apis.length)
      ] as ApiProcess;
      const res = await fetch(`${api.base}${url}`, {
        method,
        headers: {
          authorization: `Bearer ${user.key}`,
          'content-type': 'application/json',
          ...(key ? { 'idempotency-key': key } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      }).catch((error: unknown) => {
        downUntil.set(api, Date.now() + 1_000);
        throw error;
      });
      const text = await res.text();
      let parsed: Record<string, unknown> = {};
      try {
        parsed = JSON.parse(text);
      } catch {}
      return {
        status: res.status,
        body: parsed,
        replayed: res.headers.get('idempotent-replayed') === 'true',
      };
    }

    /** Sends one operation until it gets a definitive answer, with the same key every time. */
    async function settle(op: Operation, deadline: number): Promise<void> {
      for (;;) {
        if (Date.now() > deadline) {
          figures.violations.push(
            `no definitive answer for ${op.kind} ${op.key} after ${op.attempts} attempts`,
          );
          return;
        }
        op.attempts += 1;
        if (op.attempts > 1) figures.retries += 1;
        try {
          const res = await call(op.user, 'POST', op.path, op.body, op.key);
          figures.answers[res.status] = (figures.answers[res.status] ?? 0) + 1;
          if (res.status >= 500 && res.status !== 503) {
            figures.violations.push(`${res.status} for ${op.kind} ${op.key}: ${JSON.stringify(res.body)}`);
          }
          // Not definitive: the server could not serve it now, or the same key is still in flight.
          if (res.status >= 500 || res.status === 409 || res.status === 429) {
            await sleep(100 + randomInt(200));
            continue;
          }
          op.status = res.status;
          op.answer = res.body;
          op.replayed = res.replayed;
          if (res.replayed) figures.replays += 1;
          if (res.status < 300) figures.acknowledged += 1;
          else figures.declined += 1;
          return;
        } catch {
          // Connection refused or reset, or no answer in time: the request may or may not have run.
          figures.networkErrors += 1;
          await sleep(100 + randomInt(200));
        }
      }
    }

    function nextOperation(): Operation {
      const from = wallets[randomInt(wallets.length)] as Wallet;
      const base = { key: randomUUID(), user: from.owner, attempts: 0, replayed: false };
      if (randomInt(10) < 3) {
        const amount = `${randomInt(1, 500)}.${String(randomInt(100)).padStart(2, '0')}`;
        return { ...base, kind: 'fund', path: `/api/v1/wallets/${from.id}/fund`, body: { amount } };
      }
      // Any other wallet, the other user's too; now and then in another currency (declined).
      let to = wallets[randomInt(wallets.length)] as Wallet;
      while (to.id === from.id) to = wallets[randomInt(wallets.length)] as Wallet;
      const amount =
        randomInt(10) === 0 ? '100000.00' : `${randomInt(1, 200)}.${String(randomInt(100)).padStart(2, '0')}`;
      return {
        ...base,
        kind: 'transfer',
        path: '/api/v1/wallets/transfer',
        body: { sourceWalletId: from.id, destinationWalletId: to.id, amount },
      };
    }

    // The load: CLIENTS clients, one operation at a time each, until the chaos is over.
    let running = true;
    const clients = Array.from({ length: CLIENTS }, async () => {
      while (running) {
        const op = nextOperation();
        operations.push(op);
        figures.operations += 1;
        await settle(op, Date.now() + CHAOS_MS + SETTLE_MS);
      }
    });

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
    await Promise.all(clients);
    const elapsed = (Date.now() - started) / 1000;

    // The books, from the first row.
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      const report = await verifyLedger(db, { mode: 'full', whenBusy: 'wait' });
      for (const found of report?.found ?? []) figures.violations.push(`ledger: ${found.detail}`);

      // Exactly once: the database holds exactly the acknowledged movements, each once.
      const fundIds = new Map<string, Operation>();
      const transferIds = new Map<string, Operation>();
      const declinedIds = new Set<string>();
      const expectedBalance = new Map<string, bigint>(wallets.map((w) => [w.id, 0n]));
      const add = (id: string, delta: bigint) =>
        expectedBalance.set(id, (expectedBalance.get(id) ?? 0n) + delta);
      for (const op of operations) {
        if (op.status === undefined) continue;
        if (op.status >= 300) {
          if (typeof op.answer?.transactionId === 'string') declinedIds.add(op.answer.transactionId);
          continue;
        }
        // Every amount sent has two decimals (USD and EUR), so its minor units are its digits.
        const amount = BigInt(String(op.body.amount).replace('.', ''));
        if (op.kind === 'fund') {
          const { transaction } = op.answer as { transaction: { id: string } };
          fundIds.set(transaction.id, op);
          add(op.path.split('/')[4] ?? '', amount);
        } else {
          const [out] = (op.answer as { transactions: { transferId: string }[] }).transactions;
          transferIds.set(out?.transferId ?? '', op);
          add(String(op.body.sourceWalletId), -amount);
          add(String(op.body.destinationWalletId), amount);
        }
      }
      const { rows } = await db.query<{
        id: string;
        status: string;
        type: string;
        transfer_id: string | null;
      }>('SELECT id, status, type, transfer_id FROM transactions');
      const legs = new Map<string, number>();
      for (const row of rows) {
        if (row.status === 'FAILED') {
          if (!declinedIds.has(row.id)) figures.violations.push(`FAILED row ${row.id} was never answered`);
        } else if (row.type === 'FUND') {
          if (!fundIds.has(row.id))
            figures.violations.push(`FUND row ${row.id} moved money nobody was told of`);
        } else if (!transferIds.has(row.transfer_id ?? '')) {
          figures.violations.push(`transfer row ${row.id} moved money nobody was told of`);
        } else {
          legs.set(row.transfer_id ?? '', (legs.get(row.transfer_id ?? '') ?? 0) + 1);
        }
      }
      const present = new Set(rows.map((r) => r.id));
      for (const [id, op] of fundIds) {
        if (!present.has(id)) figures.violations.push(`acknowledged fund ${op.key}: row ${id} is missing`);
      }
      for (const [id, op] of transferIds) {
        if (legs.get(id) !== 2)
          figures.violations.push(`acknowledged transfer ${op.key}: ${legs.get(id) ?? 0} legs`);
      }
      for (const id of declinedIds) {
        if (!present.has(id)) figures.violations.push(`answered decline ${id}: its FAILED row is missing`);
      }
      const success = rows.filter((r) => r.status === 'SUCCESS');
      const failed = rows.filter((r) => r.status === 'FAILED');
      const balances = await db.query<{ id: string; balance: string }>(
        'SELECT id, balance_minor::text AS balance FROM wallets WHERE id = ANY($1::uuid[])',
        [wallets.map((w) => w.id)],
      );
      for (const row of balances.rows) {
        const expected = expectedBalance.get(row.id) ?? 0n;
        if (BigInt(row.balance) !== expected) {
          figures.violations.push(
            `wallet ${row.id} holds ${row.balance}, the acknowledged answers add up to ${expected}`,
          );
        }
      }

      const moved = success.length;
      console.log(
        [
          '',
          `chaos: ${PROCESSES} API processes on one PostgreSQL, ${CLIENTS} clients, ${elapsed.toFixed(1)} s`,
          ...figures.events.map((event) => `  ${event}`),
          `operations ${figures.operations}: acknowledged ${figures.acknowledged}, declined ${figures.declined}, of which answered as replays ${figures.replays}`,
          `retries ${figures.retries} (network errors ${figures.networkErrors})`,
          `answers by status: ${Object.entries(figures.answers)
            .map(([status, n]) => `${status} x ${n}`)
            .join(', ')}`,
          `ledger: ${rows.length} rows (${moved} SUCCESS, ${failed.length} FAILED), ${report?.walletsChecked} wallets checked in ${report?.durationMs} ms`,
          `violations: ${figures.violations.length}`,
          ...figures.violations.slice(0, 20).map((v) => `  ${v}`),
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
