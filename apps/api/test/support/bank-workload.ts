import { randomInt, randomUUID } from 'node:crypto';
import type pg from 'pg';
import { checkBooks } from '../../src/transactions/books-check/books-check';
import type { TestUser } from './users';

/**
 * The bank workload of the chaos and cluster suites: clients that move money the way the contract tells
 * integrators to (retry with the same Idempotency-Key on any answer that is not definitive), and the
 * check afterwards that the books balance and that every request took effect exactly once: the database
 * holds exactly the acknowledged movements, and every balance is what the acknowledged answers add up to.
 * Any answer of 500 is a violation.
 */
export interface Answer {
  status: number;
  body: Record<string, unknown>;
  replayed: boolean;
}

/** Sends one request somewhere (a random process, a load balancer); throws on a network error. */
export type Caller = (
  user: TestUser,
  method: string,
  url: string,
  body?: object,
  key?: string,
) => Promise<Answer>;

/** One request to `base` with the user's key, its answer parsed; throws on a network error or after `timeoutMs`. */
export async function sendTo(
  base: string,
  timeoutMs: number,
  ...[user, method, url, body, key]: Parameters<Caller>
): Promise<Answer> {
  const res = await fetch(`${base}${url}`, {
    method,
    headers: {
      authorization: `Bearer ${user.key}`,
      'content-type': 'application/json',
      ...(key ? { 'idempotency-key': key } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  let parsed: Record<string, unknown> = {};
  try {
    parsed = JSON.parse(text);
  } catch {}
  return { status: res.status, body: parsed, replayed: res.headers.get('idempotent-replayed') === 'true' };
}

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

export interface Figures {
  operations: number;
  acknowledged: number;
  declined: number;
  retries: number;
  replays: number;
  networkErrors: number;
  /** Reads of the history right after an acknowledged movement (read-your-own-writes), when asked for. */
  readBacks: number;
  answers: Record<string, number>;
  violations: string[];
}

/**
 * A server fault. 503 is the API saying "not now" (an outage, a busy database: retry); 502 and 504 come
 * from a load balancer whose node died or stalled with the request. Anything else from 500 up is a bug.
 */
function isFault(status: number): boolean {
  return status >= 500 && ![502, 503, 504].includes(status);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class BankWorkload {
  readonly figures: Figures = {
    operations: 0,
    acknowledged: 0,
    declined: 0,
    retries: 0,
    replays: 0,
    networkErrors: 0,
    readBacks: 0,
    answers: {},
    violations: [],
  };
  private readonly operations: Operation[] = [];

  private constructor(
    private readonly call: Caller,
    private readonly wallets: Wallet[],
    /** After each acknowledged movement, read the wallet's history and expect the movement in it. */
    private readonly readBack: boolean,
  ) {}

  /** Four USD wallets and one EUR wallet for each user, made through the API. */
  static async setUp(
    call: Caller,
    users: TestUser[],
    options: { readBack?: boolean } = {},
  ): Promise<BankWorkload> {
    const wallets: Wallet[] = [];
    for (const user of users) {
      for (const currency of ['USD', 'USD', 'USD', 'USD', 'EUR']) {
        const res = await call(user, 'POST', '/api/v1/wallets', { currency }, randomUUID());
        if (res.status !== 201) throw new Error(`wallet creation answered ${res.status}`);
        wallets.push({ id: res.body.id as string, currency, owner: user });
      }
    }
    return new BankWorkload(call, wallets, options.readBack ?? false);
  }

  /** `clients` clients, one operation at a time each, while `running()`; each settles by `deadline`. */
  async run(clients: number, running: () => boolean, deadline: () => number): Promise<void> {
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (running()) {
          const op = this.nextOperation();
          this.operations.push(op);
          this.figures.operations += 1;
          await this.settle(op, deadline());
          if (this.readBack && op.status !== undefined && op.status < 300)
            await this.readHistory(op, deadline());
        }
      }),
    );
  }

  private count(status: number): void {
    this.figures.answers[status] = (this.figures.answers[status] ?? 0) + 1;
  }

  /** Sends one operation until it gets a definitive answer, with the same key every time. */
  private async settle(op: Operation, deadline: number): Promise<void> {
    for (;;) {
      if (Date.now() > deadline) {
        this.figures.violations.push(
          `no definitive answer for ${op.kind} ${op.key} after ${op.attempts} attempts`,
        );
        return;
      }
      op.attempts += 1;
      if (op.attempts > 1) this.figures.retries += 1;
      try {
        const res = await this.call(op.user, 'POST', op.path, op.body, op.key);
        this.count(res.status);
        if (isFault(res.status)) {
          this.figures.violations.push(`${res.status} for ${op.kind} ${op.key}: ${JSON.stringify(res.body)}`);
        }
        // Not definitive: the server (or the balancer in front of it) could not serve it now, or the
        // same key is still in flight.
        if (res.status >= 500 || res.status === 409 || res.status === 429) {
          await sleep(100 + randomInt(200));
          continue;
        }
        op.status = res.status;
        op.answer = res.body;
        op.replayed = res.replayed;
        if (res.replayed) this.figures.replays += 1;
        if (res.status < 300) this.figures.acknowledged += 1;
        else this.figures.declined += 1;
        return;
      } catch {
        // Connection refused or reset, or no answer in time: the request may or may not have run.
        this.figures.networkErrors += 1;
        await sleep(100 + randomInt(200));
      }
    }
  }

  /** The history of the wallet money left (or came into), read at once: the movement must be in it. */
  private async readHistory(op: Operation, deadline: number): Promise<void> {
    const walletId = String(op.kind === 'fund' ? op.path.split('/')[4] : op.body.sourceWalletId);
    const id =
      op.kind === 'fund'
        ? (op.answer as { transaction: { id: string } }).transaction.id
        : (op.answer as { transactions: { id: string }[] }).transactions[0]?.id;
    while (Date.now() < deadline) {
      try {
        const res = await this.call(op.user, 'GET', `/api/v1/wallets/${walletId}/transactions?limit=100`);
        this.count(res.status);
        if (isFault(res.status)) {
          this.figures.violations.push(`${res.status} for a history read: ${JSON.stringify(res.body)}`);
        }
        if (res.status >= 500 || res.status === 429) {
          await sleep(100 + randomInt(200));
          continue;
        }
        this.figures.readBacks += 1;
        const rows = (res.body.data ?? []) as { id: string }[];
        if (res.status !== 200 || !rows.some((row) => row.id === id)) {
          this.figures.violations.push(
            `read-your-own-writes: ${op.kind} ${op.key} acknowledged, but the history read right after (${res.status}) lacks ${id}`,
          );
        }
        return;
      } catch {
        this.figures.networkErrors += 1;
        await sleep(100 + randomInt(200));
      }
    }
  }

  private nextOperation(): Operation {
    const wallets = this.wallets;
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

  /**
   * The books from the first row (the ledger check), then exactly once: every acknowledged movement is
   * in the database once, nothing else moved money, every balance adds up. Adds what it finds to the
   * violations and returns a summary line of the ledger.
   */
  async check(db: pg.Client): Promise<string> {
    const violations = this.figures.violations;
    const report = await checkBooks(db, { mode: 'full', whenBusy: 'wait' });
    for (const found of report?.found ?? []) violations.push(`ledger: ${found.detail}`);

    const fundIds = new Map<string, Operation>();
    const transferIds = new Map<string, Operation>();
    const declinedIds = new Set<string>();
    const expectedBalance = new Map<string, bigint>(this.wallets.map((w) => [w.id, 0n]));
    const add = (id: string, delta: bigint) =>
      expectedBalance.set(id, (expectedBalance.get(id) ?? 0n) + delta);
    for (const op of this.operations) {
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
    const { rows } = await db.query<{ id: string; status: string; type: string; transfer_id: string | null }>(
      'SELECT id, status, type, transfer_id FROM transactions WHERE wallet_id = ANY($1::uuid[])',
      [this.wallets.map((w) => w.id)],
    );
    const legs = new Map<string, number>();
    for (const row of rows) {
      if (row.status === 'FAILED') {
        if (!declinedIds.has(row.id)) violations.push(`FAILED row ${row.id} was never answered`);
      } else if (row.type === 'FUND') {
        if (!fundIds.has(row.id)) violations.push(`FUND row ${row.id} moved money nobody was told of`);
      } else if (!transferIds.has(row.transfer_id ?? '')) {
        violations.push(`transfer row ${row.id} moved money nobody was told of`);
      } else {
        legs.set(row.transfer_id ?? '', (legs.get(row.transfer_id ?? '') ?? 0) + 1);
      }
    }
    const present = new Set(rows.map((r) => r.id));
    for (const [id, op] of fundIds) {
      if (!present.has(id)) violations.push(`acknowledged fund ${op.key}: row ${id} is missing`);
    }
    for (const [id, op] of transferIds) {
      if (legs.get(id) !== 2) violations.push(`acknowledged transfer ${op.key}: ${legs.get(id) ?? 0} legs`);
    }
    for (const id of declinedIds) {
      if (!present.has(id)) violations.push(`answered decline ${id}: its FAILED row is missing`);
    }
    const balances = await db.query<{ id: string; balance: string }>(
      'SELECT id, balance_minor::text AS balance FROM wallets WHERE id = ANY($1::uuid[])',
      [this.wallets.map((w) => w.id)],
    );
    for (const row of balances.rows) {
      const expected = expectedBalance.get(row.id) ?? 0n;
      if (BigInt(row.balance) !== expected) {
        violations.push(
          `wallet ${row.id} holds ${row.balance}, the acknowledged answers add up to ${expected}`,
        );
      }
    }
    const success = rows.filter((r) => r.status === 'SUCCESS').length;
    return `ledger: ${rows.length} rows (${success} SUCCESS, ${rows.length - success} FAILED), ${report?.walletsChecked} wallets checked in ${report?.durationMs} ms`;
  }

  /** The client's side of the run, as lines for the report. */
  summary(): string[] {
    const f = this.figures;
    return [
      `operations ${f.operations}: acknowledged ${f.acknowledged}, declined ${f.declined}, of which answered as replays ${f.replays}`,
      `retries ${f.retries} (network errors ${f.networkErrors})${this.readBack ? `, history reads right after a movement ${f.readBacks}` : ''}`,
      `answers by status: ${Object.entries(f.answers)
        .map(([status, n]) => `${status} x ${n}`)
        .join(', ')}`,
      `violations: ${f.violations.length}`,
      ...f.violations.slice(0, 20).map((v) => `  ${v}`),
    ];
  }
}
