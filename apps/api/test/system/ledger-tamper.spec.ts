import { type BooksReport, checkBooks } from '../../src/transactions/books-check/books-check';
import { rowHashSql } from '../../src/transactions/books-check/ledger-hash';
import { startTestApp, type TestApp } from '../support/app';
import { newWallet, seedFunds } from '../support/wallets';

/**
 * The hash chain against a security review's attacks, each made as the database's owner (the API's
 * guards switched off where they refuse it), on rows an earlier check already proved. The incremental
 * check, the one the API schedules, must name the attacked wallet every time.
 */
describe('the ledger hash chain', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const incremental = async () => {
    const report = await checkBooks(t.db, { mode: 'incremental', whenBusy: 'wait' });
    if (!report) throw new Error('the check did not run');
    return report;
  };
  const kindsFor = (report: BooksReport, walletId: string) =>
    report.found.filter((f) => f.walletId === walletId).map((f) => f.kind);

  /** What only the database's owner can do: the statements run with every user trigger of both tables off. */
  async function asOwner(statements: () => Promise<unknown>) {
    await t.db.query('ALTER TABLE transactions DISABLE TRIGGER USER');
    await t.db.query('ALTER TABLE wallets DISABLE TRIGGER USER');
    try {
      await statements();
    } finally {
      await t.db.query('ALTER TABLE transactions ENABLE TRIGGER USER');
      await t.db.query('ALTER TABLE wallets ENABLE TRIGGER USER');
    }
  }

  /** A wallet with a fund, a transfer out and back in, proven by an incremental check. */
  async function checkedWallet() {
    const w = await newWallet(t, 'USD', '100.00');
    const other = await newWallet(t, 'USD', '1.00');
    for (const [from, to, amount] of [
      [w.id, other.id, '10.00'],
      [other.id, w.id, '0.50'],
    ]) {
      const res = await t.http
        .post('/api/v1/wallets/transfer')
        .send({ sourceWalletId: from, destinationWalletId: to, amount, description: 'rent' });
      expect(res.status).toBe(201);
    }
    const report = await incremental();
    expect(kindsFor(report, w.id)).toEqual([]);
    const { rows } = await t.db.query<{ id: string; seq: string }>(
      'SELECT t.id, t.seq::text FROM transactions t WHERE t.wallet_id = $1 ORDER BY t.seq',
      [w.id],
    );
    return { wallet: w, other, rows };
  }

  it('hashes every row as it is written, whoever writes it, and a client cannot choose the hash', async () => {
    const w = await newWallet(t, 'EUR', '5.00');
    await seedFunds(t, w.id, 3); // three rows of one wallet in one statement
    await t.db.query(
      `INSERT INTO transactions (wallet_id, type, status, amount_minor, currency, balance_before_minor,
                                 balance_after_minor, failure_code, hash_version, hash)
       VALUES ($1, 'FUND', 'FAILED', 1, 'EUR', 503, 503, 'BALANCE_LIMIT_EXCEEDED', 7, '\\x00')`,
      [w.id],
    );
    const { rows } = await t.db.query(
      'SELECT hash_version, octet_length(hash) AS bytes FROM transactions WHERE wallet_id = $1 ORDER BY seq',
      [w.id],
    );
    expect(rows).toEqual(Array(5).fill({ hash_version: 1, bytes: 32 }));
    const report = await checkBooks(t.db, { mode: 'full', whenBusy: 'wait' });
    expect(report).toMatchObject({ ok: true });
    expect(report?.rowsHashed).toBe(report?.rowsChecked);
  });

  it('(a) finds a copy of a proven FUND row appended with its balance and the saved state to match', async () => {
    const { wallet, rows } = await checkedWallet();
    const fund = rows[0]?.id;
    await asOwner(async () => {
      await t.db.query(
        `WITH w AS (SELECT id, balance_minor FROM wallets WHERE id = $2)
         INSERT INTO transactions (wallet_id, type, status, amount_minor, currency, balance_before_minor,
                                   balance_after_minor, description, reference, created_at, hash_version, hash)
         SELECT t.wallet_id, t.type, t.status, t.amount_minor, t.currency, w.balance_minor, w.balance_minor + t.amount_minor,
                t.description, t.reference, t.created_at, t.hash_version, t.hash
         FROM transactions t, w WHERE t.id = $1`,
        [fund, wallet.id],
      );
      await t.db.query(`UPDATE wallets SET balance_minor = balance_minor + 10000 WHERE id = $1`, [wallet.id]);
      await t.db.query(
        `UPDATE ledger_check_wallets c SET last_seq = h.seq, balance_minor = h.balance_after_minor, last_hash = h.hash
         FROM (SELECT seq, balance_after_minor, hash FROM transactions WHERE wallet_id = $1 ORDER BY seq DESC LIMIT 1) h
         WHERE c.wallet_id = $1`,
        [wallet.id],
      );
    });
    const report = await incremental();
    expect(kindsFor(report, wallet.id)).toEqual(['HASH_MISMATCH']);
    expect(report.found.find((f) => f.walletId === wallet.id)?.detail).toMatch(
      /: 1 of its 4 ledger rows do not match/,
    );
  });

  it('(b) finds 1,000.00 added to a balance and to the saved state', async () => {
    const { wallet } = await checkedWallet();
    await asOwner(async () => {
      await t.db.query('UPDATE wallets SET balance_minor = balance_minor + 100000 WHERE id = $1', [
        wallet.id,
      ]);
      await t.db.query(
        'UPDATE ledger_check_wallets SET balance_minor = balance_minor + 100000 WHERE wallet_id = $1',
        [wallet.id],
      );
    });
    const report = await incremental();
    expect(kindsFor(report, wallet.id).sort()).toEqual(['BALANCE_NOT_LAST_ROW', 'CHECKPOINT_MISMATCH']);
    expect(report.found.find((f) => f.kind === 'CHECKPOINT_MISMATCH')?.detail).toMatch(
      /was proven up to seq \d+ at 109050, but that row ends at 9050$/,
    );
  });

  it("(c) refuses a change of a wallet's owner, and finds one made with the guard off", async () => {
    const { wallet, rows } = await checkedWallet();
    const { rows: users } = await t.db.query<{ id: string }>(
      `INSERT INTO users (email, password_hash) VALUES ('mallory@example.com', 'x') RETURNING id`,
    );
    const mallory = users[0]?.id;
    await expect(
      t.db.query('UPDATE wallets SET owner_id = $2 WHERE id = $1', [wallet.id, mallory]),
    ).rejects.toThrow(/owner cannot change/);
    await asOwner(() => t.db.query('UPDATE wallets SET owner_id = $2 WHERE id = $1', [wallet.id, mallory]));
    const report = await incremental();
    expect(kindsFor(report, wallet.id)).toEqual(['HASH_MISMATCH']);
    const found = report.found.find((f) => f.walletId === wallet.id);
    expect(found?.transactionId).toBe(rows[0]?.id);
    expect(found?.detail).toMatch(/: 3 of its 3 ledger rows do not match/);
  });

  it('(d) finds a middle row deleted and the rows after it renumbered, balances made to agree', async () => {
    const { wallet, rows } = await checkedWallet();
    const [, middle, last] = rows;
    await asOwner(async () => {
      // The transfer out goes; the last row takes its seq and starts where the fund ended.
      await t.db.query('DELETE FROM transactions WHERE id = $1', [middle?.id]);
      await t.db.query(
        `UPDATE transactions SET seq = $2, balance_before_minor = 10000, balance_after_minor = 10050 WHERE id = $1`,
        [last?.id, middle?.seq],
      );
      await t.db.query('UPDATE wallets SET balance_minor = 10050 WHERE id = $1', [wallet.id]);
      await t.db.query(
        'UPDATE ledger_check_wallets SET last_seq = $2, balance_minor = 10050, last_hash = (SELECT hash FROM transactions WHERE id = $3) WHERE wallet_id = $1',
        [wallet.id, middle?.seq, last?.id],
      );
    });
    const report = await incremental();
    expect(kindsFor(report, wallet.id)).toEqual(['HASH_MISMATCH']);
    expect(report.found.find((f) => f.walletId === wallet.id)?.transactionId).toBe(last?.id);
  });

  it('(f) finds money made by an ADJUSTMENT row that no two-person approval names', async () => {
    const { wallet } = await checkedWallet();
    // Hash chain and balance guard on (the row is chained and explains the balance); only the check
    // that an approval names it is off, as an owner could do.
    await t.db.query('ALTER TABLE transactions DISABLE TRIGGER transactions_adjustment_approved');
    try {
      await t.db.query(
        `WITH m AS (UPDATE wallets SET balance_minor = balance_minor + 100000 WHERE id = $1
                    RETURNING id, balance_minor)
         INSERT INTO transactions (wallet_id, type, status, amount_minor, currency, balance_before_minor,
                                   balance_after_minor, destination_wallet_id)
         SELECT id, 'ADJUSTMENT', 'SUCCESS', 100000, 'USD', balance_minor - 100000, balance_minor, id FROM m`,
        [wallet.id],
      );
    } finally {
      await t.db.query('ALTER TABLE transactions ENABLE TRIGGER transactions_adjustment_approved');
    }
    const report = await incremental();
    expect(kindsFor(report, wallet.id)).toEqual(['ADJUSTMENT_UNAPPROVED']);
    expect(report.found.find((f) => f.walletId === wallet.id)?.detail).toContain('no approved adjustment');
    // And again next time: the wallet keeps its old checkpoint.
    expect(kindsFor(await incremental(), wallet.id)).toEqual(['ADJUSTMENT_UNAPPROVED']);
  });

  it("(e) finds an old row's memo edited, and keeps reporting it", async () => {
    const { wallet, rows } = await checkedWallet();
    const edited = rows[1]?.id;
    await asOwner(() => t.db.query(`UPDATE transactions SET description = 'gift' WHERE id = $1`, [edited]));
    for (let run = 0; run < 2; run++) {
      const report = await incremental();
      expect(kindsFor(report, wallet.id)).toEqual(['HASH_MISMATCH']);
      const found = report.found.find((f) => f.walletId === wallet.id);
      expect(found?.transactionId).toBe(edited);
      expect(found?.detail).toMatch(/: 1 of its 3 ledger rows do not match/);
    }
    // Put back, the row matches its hash again.
    await asOwner(() => t.db.query(`UPDATE transactions SET description = 'rent' WHERE id = $1`, [edited]));
    expect(kindsFor(await incremental(), wallet.id)).toEqual([]);
  });

  it('catches an owner who recomputed every hash after an edit: by the saved head, or else by a digest kept elsewhere', async () => {
    const { wallet, rows } = await checkedWallet();
    const clean = await incremental();
    const digest = clean.digest ?? '';
    expect(digest).toMatch(/^\d+:[0-9a-f]{64}$/);
    // New postings since do not change what an earlier digest says.
    await newWallet(t, 'USD', '3.00');
    // (The wallets of the tests above are still tampered with: only the digest's verdict counts here.)
    const later = await checkBooks(t.db, { mode: 'incremental', whenBusy: 'wait', expectDigests: [digest] });
    expect(later?.found.filter((f) => f.kind === 'DIGEST_MISMATCH')).toEqual([]);
    expect(later?.digest).not.toBe(digest);

    const rehash = async () => {
      for (const row of rows) {
        await t.db.query(
          `UPDATE transactions t SET hash = ${rowHashSql(
            't',
            'w',
            '(SELECT p.hash FROM transactions p WHERE p.wallet_id = t.wallet_id AND p.seq < t.seq ORDER BY p.seq DESC LIMIT 1)',
          )} FROM wallets w WHERE w.id = t.wallet_id AND t.id = $1`,
          [row.id],
        );
      }
    };
    await asOwner(async () => {
      await t.db.query(`UPDATE transactions SET description = 'gift' WHERE id = $1`, [rows[1]?.id]);
      await rehash();
    });
    // Every row matches its hash now, but the check's saved head does not.
    expect(kindsFor(await incremental(), wallet.id)).toEqual(['CHECKPOINT_MISMATCH']);

    // The owner fixes the saved head too: only a digest kept outside the database still tells.
    await asOwner(() =>
      t.db.query(
        `UPDATE ledger_check_wallets c SET last_hash = t.hash FROM transactions t
         WHERE t.wallet_id = c.wallet_id AND t.seq = c.last_seq AND c.wallet_id = $1`,
        [wallet.id],
      ),
    );
    expect(kindsFor(await incremental(), wallet.id)).toEqual([]);
    const held = await checkBooks(t.db, { mode: 'incremental', whenBusy: 'wait', expectDigests: [digest] });
    const mismatch = held?.found.filter((f) => f.kind === 'DIGEST_MISMATCH') ?? [];
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]?.detail).toContain(`the ledger up to seq ${digest.split(':')[0]} gives digest`);
  });
});
