import { spawnSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { checkBooks } from '../../src/transactions/books-check/books-check';
import { startTestApp, type TestApp } from '../support/app';
import { within } from '../support/poll';
import { newWallet } from '../support/wallets';

const CLI = path.join(__dirname, '..', '..', 'dist', 'cli', 'books-check.js');

/** `pnpm books:check` as an operator runs it, on this test's database. */
function runCli(t: TestApp, ...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    env: { ...process.env, DATABASE_URL: t.databaseUrl },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

async function transfer(t: TestApp, from: string, to: string, amount: string) {
  const res = await t.http
    .post('/api/v1/wallets/transfer')
    .send({ sourceWalletId: from, destinationWalletId: to, amount });
  expect(res.status).toBe(201);
}

describe('books:check', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('passes books the API wrote, and then reads only what is new', async () => {
    const a = await newWallet(t, 'USD', '100.00');
    const b = await newWallet(t, 'USD', '5.00');
    const c = await newWallet(t, 'EUR');
    await transfer(t, a.id, b.id, '30.25');
    const declined = await t.http
      .post('/api/v1/wallets/transfer')
      .send({ sourceWalletId: b.id, destinationWalletId: c.id, amount: '1.00' });
    expect(declined.status).toBe(422);

    const first = await checkBooks(t.db, { mode: 'incremental', whenBusy: 'wait' });
    expect(first).toMatchObject({ ok: true, discrepancies: 0, walletsChecked: 3, rowsChecked: 5 });

    const quiet = await checkBooks(t.db, { mode: 'incremental', whenBusy: 'wait' });
    expect(quiet).toMatchObject({ ok: true, walletsChecked: 0, rowsChecked: 0 });

    await transfer(t, b.id, a.id, '0.25');
    const next = await checkBooks(t.db, { mode: 'incremental', whenBusy: 'wait' });
    expect(next).toMatchObject({ ok: true, walletsChecked: 2, rowsChecked: 2 });

    const full = await checkBooks(t.db, { mode: 'full', whenBusy: 'wait' });
    expect(full).toMatchObject({ ok: true, walletsChecked: 3, rowsChecked: 7 });

    const cli = runCli(t);
    expect(cli.code).toBe(0);
    expect(cli.out).toMatch(/incremental check: 0 wallets, 0 ledger rows .*: the books balance\./);
    const { rows } = await t.db.query(
      'SELECT count(*)::int AS n, sum(discrepancies)::int AS d FROM ledger_checks',
    );
    expect(rows[0]).toEqual({ n: 5, d: 0 });
  });

  it('skips when another check holds the lock, or one finished within the gap', async () => {
    expect(await checkBooks(t.db, { mode: 'incremental', whenBusy: 'skip', minGapMs: 60_000 })).toBeNull();
    const other = new (await import('pg')).default.Client({ connectionString: t.databaseUrl });
    await other.connect();
    await other.query('BEGIN');
    await other.query('SELECT pg_advisory_xact_lock(7311640201)');
    expect(await checkBooks(t.db, { mode: 'incremental', whenBusy: 'skip' })).toBeNull();
    await other.query('ROLLBACK');
    await other.end();
    expect(await checkBooks(t.db, { mode: 'incremental', whenBusy: 'skip' })).toMatchObject({ ok: true });
  });

  it('names every discrepancy, exits 1, and reports it again until it is corrected', async () => {
    const w = await newWallet(t, 'USD', '10.00');
    const v = await newWallet(t, 'USD', '10.00');
    const x = await newWallet(t, 'USD', '10.00');
    expect(await checkBooks(t.db, { mode: 'incremental', whenBusy: 'wait' })).toMatchObject({ ok: true });

    // What only someone with the database's owner rights could do, with the guards switched off.
    await t.db.query('ALTER TABLE wallets DISABLE TRIGGER USER');
    await t.db.query('UPDATE wallets SET balance_minor = balance_minor + 500 WHERE id = $1', [w.id]);
    await t.db.query('ALTER TABLE wallets ENABLE TRIGGER USER');
    // A row that starts where the chain did not end (the wallet's balance follows it, so only the chain is wrong).
    await t.db.query('ALTER TABLE wallets DISABLE TRIGGER USER');
    await t.db.query(
      `WITH u AS (UPDATE wallets SET balance_minor = 1300 WHERE id = $1 RETURNING id)
       INSERT INTO transactions (wallet_id, type, status, amount_minor, currency, balance_before_minor, balance_after_minor)
       SELECT id, 'FUND', 'SUCCESS', 100, 'USD', 1200, 1300 FROM u`,
      [v.id],
    );
    await t.db.query('ALTER TABLE wallets ENABLE TRIGGER USER');
    // A transfer with only one leg.
    await t.db.query('ALTER TABLE wallets DISABLE TRIGGER USER');
    await t.db.query(
      `WITH u AS (UPDATE wallets SET balance_minor = 900 WHERE id = $1 RETURNING id)
       INSERT INTO transactions (wallet_id, type, status, amount_minor, currency, balance_before_minor, balance_after_minor,
                                 source_wallet_id, destination_wallet_id, transfer_id)
       SELECT id, 'TRANSFER_OUT', 'SUCCESS', 100, 'USD', 1000, 900, id, $2, gen_random_uuid() FROM u`,
      [x.id, w.id],
    );
    await t.db.query('ALTER TABLE wallets ENABLE TRIGGER USER');

    const report = await checkBooks(t.db, { mode: 'incremental', whenBusy: 'wait' });
    expect(report?.ok).toBe(false);
    const kinds = report?.found.map((f) => `${f.kind} ${f.walletId ?? f.transferId}`).sort();
    expect(kinds).toEqual(
      [
        `BALANCE_NOT_LAST_ROW ${w.id}`,
        `BALANCE_NOT_SUM ${w.id}`,
        `CHAIN_BROKEN ${v.id}`,
        `BALANCE_NOT_SUM ${v.id}`,
        expect.stringMatching(/^TRANSFER_UNPAIRED /),
      ].sort(),
    );
    expect(report?.found.find((f) => f.kind === 'BALANCE_NOT_LAST_ROW')?.detail).toBe(
      `wallet ${w.id} holds 1500 but its newest ledger row ends at 1000`,
    );
    expect(report?.found.find((f) => f.kind === 'CHAIN_BROKEN')?.detail).toMatch(
      /starts at 1200 but the row before it ends at 1000$/,
    );
    expect(report?.found.find((f) => f.kind === 'TRANSFER_UNPAIRED')?.detail).toMatch(
      /has 1 rows: 1 TRANSFER_OUT from its source, 0 TRANSFER_IN to its destination/,
    );

    const cli = runCli(t, '--json');
    expect(cli.code).toBe(1);
    const again = JSON.parse(cli.out);
    expect(again.discrepancies).toBe(5);

    // A correction posting (a ledger row with the balance it explains) puts w's books right again.
    await t.db.query(
      `WITH u AS (UPDATE wallets SET balance_minor = 1500 WHERE id = $1 RETURNING id)
       INSERT INTO transactions (wallet_id, type, status, amount_minor, currency, balance_before_minor, balance_after_minor)
       SELECT id, 'FUND', 'SUCCESS', 500, 'USD', 1000, 1500 FROM u`,
      [w.id],
    );
    const after = await checkBooks(t.db, { mode: 'incremental', whenBusy: 'wait' });
    expect(after?.found.some((f) => f.walletId === w.id)).toBe(false);
    expect(after?.discrepancies).toBe(3);
    const text = runCli(t, '--full');
    expect(text.code).toBe(1);
    expect(text.out).toMatch(/full check: .*: 3 discrepancies\./);
    expect(text.out).toContain(`CHAIN_BROKEN`);
  });

  /** A connection as the runtime role (what the API and the scheduled check connect as). */
  async function runtimeClient() {
    const client = new pg.Client({ connectionString: t.databaseUrl });
    client.on('error', () => {});
    await client.connect();
    return client;
  }

  /** A FAILED row (it moves no money, so the balance guard has nothing to say) on `walletId`, as `client`. */
  const failedRow = (client: pg.Client, walletId: string, seq = "nextval('transactions_seq_seq')") =>
    client.query<{ seq: string }>(
      `INSERT INTO transactions (wallet_id, seq, type, status, amount_minor, currency, balance_before_minor,
                                 balance_after_minor, failure_code)
       SELECT id, ${seq}, 'FUND', 'FAILED', 1, currency, balance_minor, balance_minor, 'BALANCE_LIMIT_EXCEEDED'
       FROM wallets WHERE id = $1 RETURNING seq::text`,
      [walletId],
    );

  it('takes its digest only up to a seq no open transaction can still fill: a later --expect-digest agrees', async () => {
    const a = await newWallet(t, 'USD', '1.00');
    const slow = await runtimeClient();
    const checker = await runtimeClient();
    try {
      // A posting on wallet A takes its seq and is still open ...
      await slow.query('BEGIN');
      const held = (await failedRow(slow, a.id)).rows[0]?.seq ?? '';
      // ... while a later one, on wallet B, commits first.
      const b = await newWallet(t, 'USD', '2.00');
      const { rows } = await t.db.query(
        'SELECT max(seq)::text AS seq FROM transactions WHERE wallet_id = $1',
        [b.id],
      );
      expect(BigInt(rows[0].seq)).toBeGreaterThan(BigInt(held));

      // Given no time, the check gives no digest rather than one that would miss row `held`; it still runs.
      const hurried = await checkBooks(checker, { mode: 'incremental', whenBusy: 'wait', digestWaitMs: 50 });
      // (The books of the test above are still wrong: only this test's wallets count here.)
      expect(hurried?.digest).toBeNull();
      expect(hurried?.walletsChecked).toBeGreaterThan(0);

      // Given time, it waits for A's transaction to end.
      let settled = false;
      const checking = checkBooks(checker, { mode: 'incremental', whenBusy: 'wait' }).finally(() => {
        settled = true;
      });
      await within(
        5_000,
        async () => {
          const waiting = await t.db.query(
            "SELECT count(*)::int AS n FROM pg_stat_activity WHERE usename = 'wallet_runtime' AND query LIKE '%virtualxid = ANY%'",
          );
          return waiting.rows[0].n > 0;
        },
        'the check waiting',
      );
      expect(settled).toBe(false);
      await slow.query('COMMIT');
      const report = await checking;
      const digest = report?.digest ?? '';
      expect(BigInt(digest.split(':')[0] ?? '0')).toBeGreaterThanOrEqual(BigInt(rows[0].seq));

      const later = await checkBooks(checker, {
        mode: 'incremental',
        whenBusy: 'wait',
        expectDigests: [digest],
      });
      expect(later?.found.filter((f) => f.kind === 'DIGEST_MISMATCH' || f.walletId === a.id)).toEqual([]);
      const cli = runCli(t, `--expect-digest=${digest}`);
      expect(cli.out).toMatch(/^ledger digest: \d+:/m);
      expect(cli.out).not.toContain('DIGEST_MISMATCH');
    } finally {
      await slow.query('ROLLBACK').catch(() => {});
      await slow.end();
      await checker.end();
    }
  });

  it('chains rows of one wallet written at once without the wallet lock: the trigger takes it, in order', async () => {
    const w = await newWallet(t, 'USD', '1.00');
    const first = await runtimeClient();
    const second = await runtimeClient();
    try {
      // The second writer's seq is handed out before the first writes, as a column default would be.
      const early = (await second.query("SELECT nextval('transactions_seq_seq')::text AS seq")).rows[0].seq;
      await first.query('BEGIN');
      const firstSeq = (await failedRow(first, w.id)).rows[0]?.seq ?? '';
      expect(BigInt(firstSeq)).toBeGreaterThan(BigInt(early));
      // The second writer now waits for the wallet's lock, which the trigger takes ...
      const writing = failedRow(second, w.id, early);
      await within(
        5_000,
        async () => {
          const waiting = await t.db.query(
            "SELECT count(*)::int AS n FROM pg_stat_activity WHERE usename = 'wallet_runtime' AND wait_event_type = 'Lock'",
          );
          return waiting.rows[0].n > 0;
        },
        'the second writer waiting for the wallet lock',
      );
      await first.query('COMMIT');
      // ... and, its seq now behind a committed row of the wallet, takes a new one after it.
      const secondSeq = (await writing).rows[0]?.seq ?? '';
      expect(BigInt(secondSeq)).toBeGreaterThan(BigInt(firstSeq));
    } finally {
      await first.query('ROLLBACK').catch(() => {});
      await first.end();
      await second.end();
    }
    const report = await checkBooks(t.db, { mode: 'full', whenBusy: 'wait' });
    expect(report?.found.filter((f) => f.walletId === w.id)).toEqual([]);
  });
});
