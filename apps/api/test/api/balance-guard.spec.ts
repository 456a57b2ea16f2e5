import { createRequire } from 'node:module';
import { PrismaService } from '../../src/database/prisma.service';
import { useTestApp } from '../support/suite';
import { balanceMinor, ledgerCount, newWallet, seedBalance } from '../support/wallets';

/**
 * What an operator with SQL or Prisma Studio can and cannot do to a wallet: the database itself refuses
 * a balance with no ledger row behind it, and a change of currency or owner.
 */
describe('the database guards balances against edits outside a posting', () => {
  const app = useTestApp();

  it('refuses a balance edit with no ledger row, and leaves the balance as it was', async () => {
    const t = app();
    const w = await newWallet(t, 'USD', '10.00');
    await expect(
      t.db.query('UPDATE wallets SET balance_minor = balance_minor + 100000000 WHERE id = $1', [w.id]),
    ).rejects.toThrow(/balance changes only by a posting/);
    expect(await balanceMinor(t, w.id)).toBe(1000n);
  });

  it('refuses the edit at its own statement inside an explicit transaction, or at commit when deferred', async () => {
    const t = app();
    const w = await newWallet(t, 'USD', '1.00');
    try {
      await t.db.query('BEGIN');
      await expect(t.db.query('UPDATE wallets SET balance_minor = 0 WHERE id = $1', [w.id])).rejects.toThrow(
        /its ledger says 100/,
      );
      await t.db.query('ROLLBACK');
      // A correction spread over statements may defer the check to commit; it is made there all the same.
      await t.db.query('BEGIN');
      await t.db.query('SET CONSTRAINTS wallets_balance_has_ledger_row DEFERRED');
      await t.db.query('UPDATE wallets SET balance_minor = 0 WHERE id = $1', [w.id]);
      await expect(t.db.query('COMMIT')).rejects.toThrow(/its ledger says 100/);
    } finally {
      await t.db.query('ROLLBACK'); // only a warning when the transaction is already over
    }
    expect(await balanceMinor(t, w.id)).toBe(100n);
  });

  // Finding 11: Prisma Studio said "Row saved successfully" for a balance edit the database refused at
  // commit, and the old value silently came back. The refusal is now the answer to the edit itself.
  it("refuses a balance edit made through the API's Prisma Client with an error naming the rule", async () => {
    const t = app();
    const w = await newWallet(t, 'USD', '10.00');
    const prisma = t.app.get(PrismaService);
    await expect(
      prisma.wallet.update({ where: { id: w.id }, data: { balanceMinor: 999_999n } }),
    ).rejects.toThrow(/balance changes only by a posting/);
    // Inside an interactive transaction the edit itself fails, not only the commit after it.
    let edited = false;
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.wallet.update({ where: { id: w.id }, data: { balanceMinor: 1n } });
        edited = true;
      }),
    ).rejects.toThrow(/balance changes only by a posting/);
    expect(edited).toBe(false);
    expect(await balanceMinor(t, w.id)).toBe(1000n);
  });

  it('refuses a balance edit saved the way Prisma Studio saves it, and Studio is told', async () => {
    const t = app();
    const w = await newWallet(t, 'USD', '10.00');
    // Studio's own executor on its own client (postgres.js, autocommit), as `prisma studio` builds them.
    const fromPrisma = createRequire(require.resolve('prisma/package.json'));
    const postgres = fromPrisma('postgres') as (url: string) => { end(): Promise<void> };
    const { createPostgresJSExecutor } = fromPrisma('@prisma/studio-core/data/postgresjs') as {
      createPostgresJSExecutor(sql: unknown): {
        execute(query: { sql: string; parameters: unknown[] }): Promise<[Error | null, unknown]>;
      };
    };
    // pnpm db:studio connects as the owner.
    const sql = postgres(t.ownerUrl);
    try {
      const [error] = await createPostgresJSExecutor(sql).execute({
        sql: 'UPDATE "public"."wallets" SET "balance_minor" = $1 WHERE "id" = $2 RETURNING *',
        parameters: ['999999', w.id],
      });
      expect(error?.message).toMatch(/would hold 999999 minor units, but its ledger says 1000/);
    } finally {
      await sql.end();
    }
    expect(await balanceMinor(t, w.id)).toBe(1000n);
  });

  it('refuses a balance edit with a ledger row that does not explain it', async () => {
    const t = app();
    const w = await newWallet(t, 'USD', '1.00');
    await expect(
      t.db.query(
        `WITH w AS (UPDATE wallets SET balance_minor = balance_minor + 500 WHERE id = $1 RETURNING id, currency, balance_minor)
         INSERT INTO transactions (wallet_id, type, status, amount_minor, currency, balance_before_minor, balance_after_minor)
         SELECT id, 'FUND', 'SUCCESS', 1, currency, 100, 101 FROM w`,
        [w.id],
      ),
    ).rejects.toThrow(/would hold 600 minor units, but its ledger says 101/);
    expect(await ledgerCount(t, w.id)).toBe(1);
  });

  it('accepts a correction written as a posting: the balance with the ledger row that explains it', async () => {
    const t = app();
    const w = await newWallet(t, 'USD', '1.00');
    await seedBalance(t, w.id, 250n);
    expect(await balanceMinor(t, w.id)).toBe(350n);
    expect(await ledgerCount(t, w.id)).toBe(2);
  });

  it('accepts a correction in two statements, the ledger row first, then the balance it ends at', async () => {
    const t = app();
    const w = await newWallet(t, 'USD', '1.00');
    await t.db.query(
      `INSERT INTO transactions (wallet_id, type, status, amount_minor, currency, balance_before_minor, balance_after_minor)
       VALUES ($1, 'FUND', 'SUCCESS', 50, 'USD', 100, 150)`,
      [w.id],
    );
    await t.db.query('UPDATE wallets SET balance_minor = 150 WHERE id = $1', [w.id]);
    expect(await balanceMinor(t, w.id)).toBe(150n);
  });

  it('refuses a wallet created with money in it and no ledger row', async () => {
    const t = app();
    await expect(
      t.db.query("INSERT INTO wallets (name, currency, balance_minor) VALUES ('conjured', 'USD', 5000)"),
    ).rejects.toThrow(/balance changes only by a posting/);
    const { rows } = await t.db.query("SELECT count(*)::int AS n FROM wallets WHERE name = 'conjured'");
    expect(rows[0].n).toBe(0);
  });

  it('refuses a change of currency or owner, and still allows a rename', async () => {
    const t = app();
    const w = await newWallet(t, 'USD', '2.00');
    await expect(t.db.query("UPDATE wallets SET currency = 'EUR' WHERE id = $1", [w.id])).rejects.toThrow(
      /currency cannot change/,
    );
    await expect(t.db.query('UPDATE wallets SET owner_id = NULL WHERE id = $1', [w.id])).rejects.toThrow(
      /owner cannot change/,
    );
    await t.db.query("UPDATE wallets SET name = 'Renamed by support' WHERE id = $1", [w.id]);
    const read = await t.http.get(`/api/v1/wallets/${w.id}`);
    expect(read.body).toMatchObject({ name: 'Renamed by support', currency: 'USD', balance: 2 });
  });

  it('still lets every API posting through', async () => {
    const t = app();
    const a = await newWallet(t, 'USD', '5.00');
    const b = await newWallet(t, 'USD');
    const moved = await t.http
      .post('/api/v1/wallets/transfer')
      .send({ sourceWalletId: a.id, destinationWalletId: b.id, amount: '2.50' });
    expect(moved.status).toBe(201);
    expect(await balanceMinor(t, a.id)).toBe(250n);
    expect(await balanceMinor(t, b.id)).toBe(250n);
  });
});
