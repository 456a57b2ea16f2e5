import type pg from 'pg';
import { checkBooks } from '../../src/transactions/books-check/books-check';

/**
 * Checks every promise the API contract makes about the ledger, straight from the database:
 * balances equal their SUCCESS entries, each wallet's balance chain is unbroken, transfers have both
 * legs, nothing is negative, per currency all balances add up to all SUCCESS funding plus credit
 * adjustments minus debit adjustments, every SUCCESS ADJUSTMENT is the one an approved two-person
 * adjustment names, reserved money is the held transfers' and active holds', and every captured hold
 * has both legs of what it captured.
 */
export async function expectLedgerConsistent(db: pg.Client): Promise<void> {
  // The product's own check, from the first row, must agree with the independent queries below.
  const report = await checkBooks(db, { mode: 'full', whenBusy: 'wait' });
  expect(report?.found).toEqual([]);

  const balanceMismatch = await db.query(`
    SELECT w.id, w.balance_minor, COALESCE(SUM(CASE
        WHEN t.status <> 'SUCCESS' THEN 0
        WHEN t.type = 'TRANSFER_OUT' THEN -t.amount_minor
        WHEN t.type = 'ADJUSTMENT' AND t.source_wallet_id = t.wallet_id THEN -t.amount_minor
        ELSE t.amount_minor END), 0) AS ledger
    FROM wallets w LEFT JOIN transactions t ON t.wallet_id = w.id
    GROUP BY w.id HAVING w.balance_minor <> COALESCE(SUM(CASE
        WHEN t.status <> 'SUCCESS' THEN 0
        WHEN t.type = 'TRANSFER_OUT' THEN -t.amount_minor
        WHEN t.type = 'ADJUSTMENT' AND t.source_wallet_id = t.wallet_id THEN -t.amount_minor
        ELSE t.amount_minor END), 0)`);
  expect(balanceMismatch.rows).toEqual([]);

  const brokenChain = await db.query(`
    SELECT id, wallet_id, balance_before_minor, previous_after FROM (
      SELECT id, wallet_id, balance_before_minor,
             COALESCE(LAG(balance_after_minor) OVER (PARTITION BY wallet_id ORDER BY seq), 0) AS previous_after
      FROM transactions) chain
    WHERE balance_before_minor <> previous_after`);
  expect(brokenChain.rows).toEqual([]);

  const lastAfterMismatch = await db.query(`
    SELECT w.id FROM wallets w
    JOIN LATERAL (SELECT balance_after_minor FROM transactions t WHERE t.wallet_id = w.id ORDER BY seq DESC LIMIT 1) last ON true
    WHERE last.balance_after_minor <> w.balance_minor`);
  expect(lastAfterMismatch.rows).toEqual([]);

  const badTransfers = await db.query(`
    SELECT transfer_id FROM transactions WHERE transfer_id IS NOT NULL
    GROUP BY transfer_id
    HAVING COUNT(*) <> 2
        OR COUNT(*) FILTER (WHERE type = 'TRANSFER_OUT' AND status = 'SUCCESS' AND wallet_id = source_wallet_id) <> 1
        OR COUNT(*) FILTER (WHERE type = 'TRANSFER_IN' AND status = 'SUCCESS' AND wallet_id = destination_wallet_id) <> 1
        OR COUNT(DISTINCT amount_minor) <> 1`);
  expect(badTransfers.rows).toEqual([]);

  const negative = await db.query('SELECT id FROM wallets WHERE balance_minor < 0');
  expect(negative.rows).toEqual([]);

  // Reserved money: exactly the amounts of the wallet's transfers still held for review and its active
  // holds, within its balance; a decided review has the ledger row of its decision, and a released one
  // both legs.
  const reservedMismatch = await db.query(`
    SELECT w.id, w.reserved_minor, w.balance_minor, COALESCE(p.held, 0) AS held FROM wallets w
    LEFT JOIN (SELECT wallet_id, SUM(amount_minor) AS held FROM (
                 SELECT source_wallet_id AS wallet_id, amount_minor FROM transfer_reviews WHERE status = 'PENDING'
                 UNION ALL
                 SELECT wallet_id, amount_minor FROM holds WHERE status = 'ACTIVE') r
               GROUP BY wallet_id) p ON p.wallet_id = w.id
    WHERE w.reserved_minor <> COALESCE(p.held, 0) OR w.reserved_minor < 0 OR w.reserved_minor > w.balance_minor`);
  expect(reservedMismatch.rows).toEqual([]);
  const decisionsWithoutRows = await db.query(`
    SELECT r.id, r.status FROM transfer_reviews r
    WHERE (r.status = 'RELEASED' AND (SELECT COUNT(*) FROM transactions t WHERE t.transfer_id = r.id
                                      AND t.status = 'SUCCESS' AND t.amount_minor = r.amount_minor) <> 2)
       OR (r.status = 'REJECTED' AND NOT EXISTS (SELECT 1 FROM transactions t WHERE t.id = r.transaction_id
                                      AND t.status = 'FAILED' AND t.failure_code = 'REVIEW_REJECTED'))
       OR (r.status = 'PENDING' AND EXISTS (SELECT 1 FROM transactions t WHERE t.transfer_id = r.id))`);
  expect(decisionsWithoutRows.rows).toEqual([]);

  // Holds: a captured one has both legs of its captured amount (at most what it held) under its id, its
  // TRANSFER_OUT the row it names; any other has no ledger row under its id. Every hold ended at most
  // once: its events are [ACTIVE] while it is active, [ACTIVE, how it ended] after.
  const holdsWithoutLegs = await db.query(`
    SELECT h.id, h.status FROM holds h
    WHERE (h.status = 'CAPTURED' AND (
             h.captured_minor <= 0 OR h.captured_minor > h.amount_minor
             OR (SELECT COUNT(*) FROM transactions t WHERE t.transfer_id = h.id AND t.status = 'SUCCESS'
                   AND t.amount_minor = h.captured_minor) <> 2
             OR NOT EXISTS (SELECT 1 FROM transactions t WHERE t.id = h.transaction_id AND t.type = 'TRANSFER_OUT'
                              AND t.wallet_id = h.wallet_id AND t.transfer_id = h.id)))
       OR (h.status <> 'CAPTURED' AND (h.captured_minor <> 0
             OR EXISTS (SELECT 1 FROM transactions t WHERE t.transfer_id = h.id)))`);
  expect(holdsWithoutLegs.rows).toEqual([]);
  const holdHistories = await db.query(`
    SELECT h.id, h.status, array_agg(e.status ORDER BY e.seq) AS events FROM holds h
    JOIN hold_events e ON e.hold_id = h.id GROUP BY h.id, h.status
    HAVING array_agg(e.status ORDER BY e.seq) <> CASE WHEN h.status = 'ACTIVE' THEN ARRAY['ACTIVE']::varchar[]
                                                     ELSE ARRAY['ACTIVE', h.status]::varchar[] END`);
  expect(holdHistories.rows).toEqual([]);

  const conservation = await db.query(`
    SELECT c.currency, c.balances, COALESCE(f.funded, 0) AS funded FROM
      (SELECT currency, SUM(balance_minor) AS balances FROM wallets GROUP BY currency) c
      LEFT JOIN (SELECT currency, SUM(CASE
                   WHEN type = 'FUND' THEN amount_minor
                   WHEN type = 'ADJUSTMENT' AND destination_wallet_id = wallet_id THEN amount_minor
                   WHEN type = 'ADJUSTMENT' AND source_wallet_id = wallet_id THEN -amount_minor
                   ELSE 0 END) AS funded FROM transactions
                 WHERE status = 'SUCCESS' GROUP BY currency) f ON f.currency = c.currency
    WHERE c.balances <> COALESCE(f.funded, 0)`);
  expect(conservation.rows).toEqual([]);

  const unapproved = await db.query(`
    SELECT t.id FROM transactions t
    LEFT JOIN adjustments a ON a.transaction_id = t.id AND a.status = 'APPROVED' AND a.wallet_id = t.wallet_id
                           AND a.amount_minor = t.amount_minor AND a.decided_by <> a.proposed_by
    WHERE t.type = 'ADJUSTMENT' AND t.status = 'SUCCESS' AND a.id IS NULL`);
  expect(unapproved.rows).toEqual([]);
}
