import pg from 'pg';
import { PrismaService } from '../../src/database/prisma.service';
import { checkBooks, latestBooksCheck } from '../../src/transactions/books-check/books-check';
import { useTestApp } from '../support/suite';
import { balanceMinor, ledgerCount, newWallet } from '../support/wallets';

/**
 * The API connects as a runtime role that owns nothing and holds only the grants in
 * prisma/runtime-grants.sql. Whoever takes over its connection (an injected statement, a stolen
 * DATABASE_URL) gets that role's rights and no more: here each forbidden change is tried as that role,
 * and PostgreSQL itself refuses it. 42501 is insufficient_privilege.
 */
describe('the runtime role the API connects as', () => {
  const app = useTestApp();
  let runtime: pg.Client;

  beforeAll(async () => {
    runtime = new pg.Client({ connectionString: app().databaseUrl });
    // The file's database is dropped (its sessions ended) when the app closes, maybe before this ends.
    runtime.on('error', () => {});
    await runtime.connect();
  });
  afterAll(async () => {
    await runtime.end();
  });

  /** The statement as the runtime role: rejected with `code`, or the test fails. */
  async function refused(sql: string, params: unknown[] = [], code = '42501'): Promise<string> {
    const error = await runtime.query(sql, params).then(
      () => null,
      (caught: unknown) => caught as { code?: string; message: string },
    );
    expect(error).not.toBeNull();
    expect({ sql, code: error?.code }).toEqual({ sql, code });
    return error?.message ?? '';
  }

  it('is the role the API itself runs its queries as: not the owner of the tables, not a superuser', async () => {
    const t = app();
    const prisma = t.app.get(PrismaService);
    const [who] = await prisma.$queryRaw<{ me: string; superuser: boolean; owner: string }[]>`
      SELECT current_user AS me, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser,
             (SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'wallets') AS owner`;
    expect(who?.me).toBe('wallet_runtime');
    expect(who?.superuser).toBe(false);
    expect(who?.owner).not.toBe('wallet_runtime');
    // And what the test connects with as "runtime" is that same role.
    expect((await runtime.query('SELECT current_user AS me')).rows[0].me).toBe('wallet_runtime');
    // Every table the API reads or writes belongs to the owner: the runtime role owns no object at all.
    const owned = await t.db.query(
      `SELECT count(*)::int AS n FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
       WHERE r.rolname = 'wallet_runtime'`,
    );
    expect(owned.rows[0].n).toBe(0);
  });

  it('cannot disable the triggers that guard balances and the ledger, in any way', async () => {
    expect(await refused('ALTER TABLE wallets DISABLE TRIGGER ALL')).toMatch(/must be owner/);
    await refused('ALTER TABLE transactions DISABLE TRIGGER transactions_append_only');
    await refused('DROP TRIGGER wallets_balance_has_ledger_row ON wallets');
    // Replication mode would skip ordinary triggers for the session: only a superuser may set it.
    await refused("SET session_replication_role = 'replica'");
    // Replacing a trigger's function takes owning it.
    await refused(
      'CREATE OR REPLACE FUNCTION wallets_balance_matches_ledger() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$',
    );
  });

  it('cannot add money to a wallet with a direct UPDATE: the balance guard refuses it, and stays on', async () => {
    const t = app();
    const w = await newWallet(t, 'USD', '10.00');
    // The role may write balances (postings do, in one guarded statement with their ledger rows), so
    // the refusal is the constraint trigger's; and the previous test showed it cannot be turned off.
    const message = await refused(
      'UPDATE wallets SET balance_minor = balance_minor + 100000 WHERE id = $1',
      [w.id],
      '23000',
    );
    expect(message).toMatch(/balance changes only by a posting/);
    expect(await balanceMinor(t, w.id)).toBe(1000n);
  });

  it('cannot change or remove a ledger row', async () => {
    const t = app();
    const w = await newWallet(t, 'USD', '5.00');
    expect(await ledgerCount(t, w.id)).toBe(1);
    await refused('UPDATE transactions SET amount_minor = 1 WHERE wallet_id = $1', [w.id]);
    await refused('DELETE FROM transactions WHERE wallet_id = $1', [w.id]);
    await refused('TRUNCATE transactions');
    expect(await ledgerCount(t, w.id)).toBe(1);
  });

  it('cannot move a wallet to another owner or change what it holds, nor remove it', async () => {
    const t = app();
    const w = await newWallet(t, 'USD', '1.00');
    const other = await t.newUser();
    await refused('UPDATE wallets SET owner_id = $1 WHERE id = $2', [other.id, w.id]);
    await refused("UPDATE wallets SET currency = 'EUR' WHERE id = $1", [w.id]);
    await refused('DELETE FROM wallets WHERE id = $1', [w.id]);
    const { rows } = await t.db.query('SELECT owner_id, currency FROM wallets WHERE id = $1', [w.id]);
    expect(rows[0]).toEqual({ owner_id: t.user.id, currency: 'USD' });
  });

  it("cannot change a user's email or remove a user, nor rewrite the books check's records", async () => {
    // The password hash it may set (a password change); who the account is, never.
    await refused("UPDATE users SET email = 'someone@example.com'");
    await refused('UPDATE users SET id = gen_random_uuid()');
    await refused('DELETE FROM users');
    // ledger_checks is a record of every check: only added to. (ledger_check_wallets, each wallet's
    // checkpoint, the check itself must advance and reset: the role may update its three columns.)
    await refused("UPDATE ledger_checks SET discrepancies = 0, report = '[]'");
    await refused('DELETE FROM ledger_checks');
    await refused('UPDATE ledger_check_wallets SET wallet_id = wallet_id');
  });

  it('cannot get past the balance guard with a temporary table named like the ledger', async () => {
    const t = app();
    const w = await newWallet(t, 'USD', '10.00');
    // A temporary table is searched before public unless the function says otherwise: the guard must
    // still read the real ledger (its functions put pg_temp last).
    await runtime.query(
      'CREATE TEMP TABLE transactions (wallet_id uuid, seq bigint, balance_after_minor bigint)',
    );
    try {
      await runtime.query('INSERT INTO transactions VALUES ($1, 1, 1000000000)', [w.id]);
      const message = await refused(
        'UPDATE public.wallets SET balance_minor = 1000000000 WHERE id = $1',
        [w.id],
        '23000',
      );
      expect(message).toMatch(/its ledger says 1000:/);
    } finally {
      await runtime.query('DROP TABLE pg_temp.transactions');
    }
    expect(await balanceMinor(t, w.id)).toBe(1000n);
  });

  it('cannot date a books-check record in the future to silence the scheduled check and its metrics', async () => {
    const t = app();
    const { rows } = await runtime.query(
      `INSERT INTO ledger_checks (mode, started_at, finished_at, wallets_checked, rows_checked, discrepancies, report)
       VALUES ('full', '2100-01-01', '2100-01-01', 0, 0, 0, '[]')
       RETURNING finished_at <= clock_timestamp() AS now_or_before, started_at <= finished_at AS ordered`,
    );
    expect(rows[0]).toEqual({ now_or_before: true, ordered: true });
    // One added before the database clamped them (here by the owner, its trigger off) counts for nothing.
    await t.db.query('ALTER TABLE ledger_checks DISABLE TRIGGER ledger_checks_not_in_future');
    await t.db.query(
      `INSERT INTO ledger_checks (mode, started_at, finished_at, wallets_checked, rows_checked, discrepancies, report)
       VALUES ('full', '2100-01-01', '2100-01-01', 0, 0, 0, '[]')`,
    );
    await t.db.query('ALTER TABLE ledger_checks ENABLE TRIGGER ledger_checks_not_in_future');
    const wrong = await newWallet(t, 'USD', '1.00');
    await t.db.query('ALTER TABLE wallets DISABLE TRIGGER USER');
    await t.db.query('UPDATE wallets SET balance_minor = 7 WHERE id = $1', [wrong.id]);
    await t.db.query('ALTER TABLE wallets ENABLE TRIGGER USER');
    await new Promise((resolve) => setTimeout(resolve, 5));
    // The scheduled check's skip: a record from 2100 is not one that "finished within the gap".
    const report = await checkBooks(runtime, { mode: 'incremental', whenBusy: 'skip', minGapMs: 1 });
    expect(report?.found.some((f) => f.walletId === wrong.id)).toBe(true);
    // The metrics read this run, not the record from 2100.
    expect(await latestBooksCheck(runtime)).toMatchObject({ discrepancies: report?.discrepancies });
    expect(report?.discrepancies).toBeGreaterThan(0);
    // Put right again for the other tests of this file.
    await t.db.query('ALTER TABLE wallets DISABLE TRIGGER USER');
    await t.db.query('UPDATE wallets SET balance_minor = 100 WHERE id = $1', [wrong.id]);
    await t.db.query('ALTER TABLE wallets ENABLE TRIGGER USER');
  });

  it('cannot truncate, drop, or create tables or functions in the schema', async () => {
    for (const table of ['wallets', 'transactions', 'users', 'idempotency_keys', 'ledger_checks']) {
      await refused(`TRUNCATE ${table}`);
      await refused(`DROP TABLE ${table}`);
    }
    await refused('CREATE TABLE wallets_copy (id uuid)');
    await refused('CREATE FUNCTION evil() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$');
    await refused('CREATE SCHEMA evil');
    await refused('ALTER TABLE wallets OWNER TO wallet_runtime');
  });

  it('still does everything the product does: a transfer between two wallets posts as this role', async () => {
    const t = app();
    const from = await newWallet(t, 'USD', '3.00');
    const to = await newWallet(t, 'USD');
    const moved = await t.http
      .post('/api/v1/wallets/transfer')
      .set('Idempotency-Key', `runtime-role-${Date.now()}`)
      .send({ sourceWalletId: from.id, destinationWalletId: to.id, amount: '1.25' });
    expect(moved.status).toBe(201);
    expect(await balanceMinor(t, from.id)).toBe(175n);
    expect(await balanceMinor(t, to.id)).toBe(125n);
  });
});
