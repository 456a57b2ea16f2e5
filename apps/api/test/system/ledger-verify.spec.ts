import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { checkBooks } from '../../src/transactions/books-check/books-check';
import { startTestApp, type TestApp } from '../support/app';
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
});
