import type { ClientBase } from 'pg';
import { verifyAuditChain } from '../../audit/audit-chain';
import { ledgerDigest, settledSeq, verifyDigests, verifyHashes, verifyWallets } from './ledger-hash';
import { verifyReservations } from './reservations-check';

/** Every way the books can be wrong that the check looks for. */
export type DiscrepancyKind =
  | 'BALANCE_NOT_LAST_ROW' // a wallet's balance is not its newest ledger row's balance-after
  | 'BALANCE_NOT_SUM' // a wallet's balance is not the sum of its movements
  | 'CHAIN_BROKEN' // a row's balance-before is not the previous row's balance-after
  | 'ROW_ARITHMETIC' // a SUCCESS row does not move exactly its amount, in its direction
  | 'FAILED_ROW_MOVED_MONEY' // a FAILED row's balance changed
  | 'CURRENCY_MISMATCH' // a row in another currency than its wallet's
  | 'ADJUSTMENT_UNAPPROVED' // an ADJUSTMENT row no approved adjustment (of its wallet, amount and direction) names
  | 'TRANSFER_UNPAIRED' // a transfer that is not one OUT and one IN leg of one amount and currency
  | 'HASH_MISMATCH' // rows whose hash is not that of their content, their predecessor and their wallet's owner and currency
  | 'CHECKPOINT_MISMATCH' // the check's saved state of a wallet no longer matches the row it ended at
  | 'DIGEST_MISMATCH' // a ledger digest kept from an earlier check is not what the ledger gives now
  | 'RESERVED_MISMATCH' // a wallet's reserved money is not what its reservations add up to, or passes its balance
  | 'REVIEW_DECISION_UNMATCHED' // a decided held transfer without the ledger row its decision wrote
  | 'HOLD_HASH_MISMATCH' // hold events whose hash is not that of their content and the wallet's event before
  | 'HOLD_UNRECORDED' // a hold that is not what its events record (made ACTIVE, then ended once)
  | 'HOLD_CAPTURE_UNMATCHED' // a captured hold without its leg of the captured amount, or legs under another hold's id
  | 'AUDIT_HASH_MISMATCH'; // an audit trail entry whose hash is not that of its content and the entry before it

export interface Discrepancy {
  kind: DiscrepancyKind;
  walletId?: string;
  transactionId?: string;
  transferId?: string;
  detail: string;
}

export interface BooksReport {
  mode: 'full' | 'incremental';
  startedAt: Date;
  durationMs: number;
  walletsChecked: number;
  rowsChecked: number;
  /** How many were found (at least, when `truncated`: a list stopped at `maxReported`). */
  discrepancies: number;
  truncated: boolean;
  found: Discrepancy[];
  ok: boolean;
  /** Ledger rows whose hash was recomputed: every row, in both modes (an old row can be edited too). */
  rowsHashed: number;
  /** The ledger digest at the start of this check ('<seq>:<sha256 hex>'): keep it outside the database
   * and hand it to a later check (`expectDigest`), which then proves every row up to that seq unchanged.
   * Null when transactions open as the check began were still open DIGEST_WAIT_MS later (a digest then
   * could miss a row they were about to commit); the next check takes one. */
  digest: string | null;
}

export interface BooksCheckOptions {
  /** 'full' reads every row from the start; 'incremental' only what each wallet gained since its checkpoint. */
  mode: 'full' | 'incremental';
  /** 'wait' for another check to finish, or 'skip' (answer null) when one is running. */
  whenBusy: 'wait' | 'skip';
  /** At most this many discrepancies of each kind of query are listed. */
  maxReported?: number;
  /** Skip (answer null) when the latest check finished less than this long ago: for the scheduled runs
   * of many API processes, so the books are checked once per period, not once per process. */
  minGapMs?: number;
  /** Digests of earlier checks, kept outside the database: each must still be what the ledger gives. */
  expectDigests?: string[];
  /** How long to wait for transactions open at the start to end before giving no digest (DIGEST_WAIT_MS). */
  digestWaitMs?: number;
}

/** The advisory lock that keeps two checks (CLI, API processes) from running at once. */
const LOCK_KEY = 7_311_640_201;

/**
 * Checks every promise of the ledger, straight from the database, in one REPEATABLE READ snapshot (a
 * posting commits its balances and rows together, so the snapshot never sees half of one):
 * - every wallet's balance equals its newest row's balance-after and the sum of its movements;
 * - every chain of balance-before / balance-after is continuous, starting at 0;
 * - every SUCCESS row moves exactly its amount in its direction, and every FAILED row moves nothing;
 * - every row is in its wallet's currency;
 * - every SUCCESS ADJUSTMENT row is the one an approved adjustment names, of its wallet, amount and
 *   direction (money is made or taken only by what two staff members agreed);
 * - the two legs of each transfer pair: one TRANSFER_OUT from the source, one TRANSFER_IN to the
 *   destination, one amount, one currency.
 *
 * Incremental: each wallet's proven prefix (last seq, the balance its chain ends at) is stored in
 * ledger_check_wallets, so a check reads only rows written since, and wallets that did not move cost one
 * index probe. Rows of one wallet are written under that wallet's lock, so per wallet the seq order is the
 * commit order and no row can appear behind a checkpoint later. A wallet with a discrepancy keeps its old
 * checkpoint, so it is reported again until a correction makes its books right.
 */
export async function checkBooks(
  client: ClientBase,
  options: BooksCheckOptions,
): Promise<BooksReport | null> {
  const max = options.maxReported ?? 100;
  const full = options.mode === 'full';
  const startedAt = new Date();
  const began = performance.now();
  // A session lock across the two transactions below: one check at a time, whichever process runs it.
  if (options.whenBusy === 'skip') {
    const { rows } = await client.query('SELECT pg_try_advisory_lock($1) AS got', [LOCK_KEY]);
    if (!rows[0].got) return null;
  } else {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
  }
  try {
    if (options.minGapMs !== undefined) {
      const { rows } = await client.query(
        // A record dated in the future is not one (the database clamps new ones to its clock; one added
        // before it did must not make every run skip).
        `SELECT 1 FROM ledger_checks
         WHERE finished_at > clock_timestamp() - $1 * interval '1 millisecond' AND finished_at <= clock_timestamp()
         LIMIT 1`,
        [options.minGapMs],
      );
      if (rows.length > 0) return null;
    }
    return await check(client, options, max, full, startedAt, began);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => {});
  }
}

async function check(
  client: ClientBase,
  options: BooksCheckOptions,
  max: number,
  full: boolean,
  startedAt: Date,
  began: number,
): Promise<BooksReport> {
  // Where the digest can be taken, before the snapshot: every seq up to it is committed (or gone) by then.
  const digestAt = await settledSeq(client, options.digestWaitMs);
  // The reading, in one snapshot; its temporary tables are its only writes. The checkpoints are written
  // after it, in a transaction of their own: written inside it, their foreign-key checks would lock
  // wallets the snapshot cannot see the latest version of, and fail on any that moved since.
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
  try {
    // A full check of a large ledger runs longer than any request may; it holds no lock that blocks one.
    await client.query("SET LOCAL statement_timeout = '1h'");

    // The wallets to read: in a full check all of them; else those with rows past their checkpoint, a
    // balance other than their chain's end, or no checkpoint yet.
    await client.query(
      `CREATE TEMP TABLE ledger_todo ON COMMIT DROP AS
       SELECT w.id AS wallet_id, w.currency, w.balance_minor,
              CASE WHEN $1 THEN 0 ELSE COALESCE(c.last_seq, 0) END AS from_seq,
              CASE WHEN $1 THEN 0 ELSE COALESCE(c.balance_minor, 0) END AS from_balance
       FROM wallets w LEFT JOIN ledger_check_wallets c ON c.wallet_id = w.id
       WHERE $1 OR c.wallet_id IS NULL OR w.balance_minor <> c.balance_minor
          OR EXISTS (SELECT 1 FROM transactions t WHERE t.wallet_id = w.id AND t.seq > c.last_seq)`,
      [full],
    );
    await client.query('CREATE UNIQUE INDEX ON ledger_todo (wallet_id)');
    await client.query('ANALYZE ledger_todo');

    // The rows to read, each with the balance-after of the row before it on its wallet. Incremental: per
    // wallet, only its rows past its checkpoint, one index range scan each (a plain join would let the
    // planner read the whole ledger to find a few new rows). Full: the whole ledger in one pass.
    const newRows = full
      ? `(SELECT t.*, d.currency AS wallet_currency,
                 COALESCE(LAG(t.balance_after_minor) OVER (PARTITION BY t.wallet_id ORDER BY t.seq), 0) AS expected_before
          FROM transactions t JOIN ledger_todo d ON d.wallet_id = t.wallet_id)`
      : `ledger_todo d CROSS JOIN LATERAL (
           SELECT t.*, d.currency AS wallet_currency,
                  COALESCE(LAG(t.balance_after_minor) OVER (ORDER BY t.seq), d.from_balance) AS expected_before
           FROM transactions t WHERE t.wallet_id = d.wallet_id AND t.seq > d.from_seq
         )`;
    const movement = `COALESCE(sum(CASE WHEN t.status <> 'SUCCESS' THEN 0 ELSE ${signedAmount('t')} END), 0)`;
    const totals = full
      ? `ledger_todo d LEFT JOIN (
           SELECT t.wallet_id, count(*) AS rows, max(t.seq) AS last_seq, ${movement} AS moved
           FROM transactions t GROUP BY t.wallet_id
         ) s ON s.wallet_id = d.wallet_id`
      : `ledger_todo d CROSS JOIN LATERAL (
           SELECT count(*) AS rows, max(t.seq) AS last_seq, ${movement} AS moved
           FROM transactions t WHERE t.wallet_id = d.wallet_id AND t.seq > d.from_seq
         ) s`;
    const rowProblems = await client.query<RowProblem>(
      `SELECT kind, wallet_id, id, detail FROM (
         SELECT r.wallet_id, r.id, r.seq,
           CASE
             WHEN r.balance_before_minor <> r.expected_before THEN 'CHAIN_BROKEN'
             WHEN r.status = 'FAILED' AND r.balance_after_minor <> r.balance_before_minor THEN 'FAILED_ROW_MOVED_MONEY'
             WHEN r.status = 'SUCCESS' AND r.balance_after_minor - r.balance_before_minor
                  <> ${signedAmount('r')} THEN 'ROW_ARITHMETIC'
             WHEN r.currency <> r.wallet_currency THEN 'CURRENCY_MISMATCH'
             WHEN r.type = 'ADJUSTMENT' AND r.status = 'SUCCESS' AND NOT ${approvedAdjustment('r')}
               THEN 'ADJUSTMENT_UNAPPROVED'
           END AS kind,
           CASE
             WHEN r.balance_before_minor <> r.expected_before THEN
               format('starts at %s but the row before it ends at %s', r.balance_before_minor, r.expected_before)
             WHEN r.status = 'FAILED' AND r.balance_after_minor <> r.balance_before_minor THEN
               format('is FAILED but goes from %s to %s', r.balance_before_minor, r.balance_after_minor)
             WHEN r.status = 'SUCCESS' AND r.balance_after_minor - r.balance_before_minor
                  <> ${signedAmount('r')} THEN
               format('is a %s of %s but goes from %s to %s', r.type, r.amount_minor, r.balance_before_minor, r.balance_after_minor)
             WHEN r.currency <> r.wallet_currency THEN format('is in %s on a %s wallet', r.currency, r.wallet_currency)
             ELSE format('is an ADJUSTMENT of %s that no approved adjustment of this wallet, amount and direction names', r.amount_minor)
           END AS detail
         FROM ${newRows} r
       ) x
       WHERE kind IS NOT NULL ORDER BY seq LIMIT $1`,
      [max],
    );

    const wallets = await client.query<WalletTotals>(
      `SELECT d.wallet_id, d.balance_minor::text AS balance, d.from_seq::text AS from_seq,
              d.from_balance::text AS from_balance, COALESCE(s.rows, 0)::text AS rows,
              s.last_seq::text AS last_seq, COALESCE(s.moved, 0)::text AS moved,
              h.balance_after_minor::text AS last_after, encode(h.hash, 'hex') AS last_hash
       FROM ${totals}
       LEFT JOIN LATERAL (SELECT t.balance_after_minor, t.hash FROM transactions t WHERE t.wallet_id = d.wallet_id
                          ORDER BY t.seq DESC LIMIT 1) h ON true`,
    );

    // The transfers to check: in a full check every one, grouped in one pass over the ledger; else only
    // those with a leg past a checkpoint, each looked up by its id (so the ledger is never read whole).
    // min/max rather than count(DISTINCT ...): a full check groups millions of transfers, and DISTINCT
    // would sort the whole ledger by transfer where a hash aggregate reads it once.
    const legsSummary = `format('has %s rows: %s TRANSFER_OUT from its source, %s TRANSFER_IN to its destination, amounts %s to %s, currencies %s to %s',
        count(*), count(*) FILTER (WHERE type = 'TRANSFER_OUT' AND status = 'SUCCESS' AND wallet_id = source_wallet_id),
        count(*) FILTER (WHERE type = 'TRANSFER_IN' AND status = 'SUCCESS' AND wallet_id = destination_wallet_id),
        min(amount_minor), max(amount_minor), min(currency), max(currency))`;
    const unpaired = `count(*) <> 2
        OR count(*) FILTER (WHERE type = 'TRANSFER_OUT' AND status = 'SUCCESS' AND wallet_id = source_wallet_id) <> 1
        OR count(*) FILTER (WHERE type = 'TRANSFER_IN' AND status = 'SUCCESS' AND wallet_id = destination_wallet_id) <> 1
        OR min(amount_minor) <> max(amount_minor) OR min(currency) <> max(currency)
        OR min(source_wallet_id::text) <> max(source_wallet_id::text)
        OR min(destination_wallet_id::text) <> max(destination_wallet_id::text)`;
    const transfers = await client.query<TransferProblem>(
      full
        ? `SELECT transfer_id, ${legsSummary} AS detail FROM transactions WHERE transfer_id IS NOT NULL
           GROUP BY transfer_id HAVING ${unpaired} LIMIT $1`
        : `SELECT ids.transfer_id, legs.detail FROM (
             SELECT DISTINCT n.transfer_id FROM ledger_todo d CROSS JOIN LATERAL (
               SELECT transfer_id FROM transactions n
               WHERE n.wallet_id = d.wallet_id AND n.seq > d.from_seq AND n.transfer_id IS NOT NULL
             ) n
           ) ids CROSS JOIN LATERAL (
             SELECT ${legsSummary} AS detail, ${unpaired} AS bad FROM transactions WHERE transfer_id = ids.transfer_id
           ) legs
           WHERE legs.bad LIMIT $1`,
      [max],
    );

    // The chain, over every row in both modes: an old row can be edited as well as a new one appended,
    // and the saved state that lets the detailed checks above skip old rows is itself checked here.
    const hashes = await verifyHashes(client, max);
    const walletProblems = await verifyWallets(client, max);
    const digestProblems = await verifyDigests(client, options.expectDigests ?? []);
    const reservationProblems = await verifyReservations(client, max);
    const digest = digestAt === null ? null : await ledgerDigest(client, digestAt);

    const found: Discrepancy[] = [...hashes.found, ...walletProblems];
    const troubled = new Set<string>(found.flatMap((f) => (f.walletId ? [f.walletId] : [])));
    for (const row of rowProblems.rows) {
      troubled.add(row.wallet_id);
      found.push({
        kind: row.kind,
        walletId: row.wallet_id,
        transactionId: row.id,
        detail: `ledger row ${row.id} on wallet ${row.wallet_id} ${row.detail}`,
      });
    }
    for (const wallet of wallets.rows) {
      for (const problem of walletDiscrepancies(wallet)) {
        troubled.add(wallet.wallet_id);
        found.push(problem);
      }
    }
    for (const transfer of transfers.rows) {
      found.push({
        kind: 'TRANSFER_UNPAIRED',
        transferId: transfer.transfer_id,
        detail: `transfer ${transfer.transfer_id} ${transfer.detail}`,
      });
    }
    if (transfers.rows.length > 0) {
      // The wallets on both sides of a broken transfer keep their checkpoints, so it is reported again.
      const legs = await client.query<{ wallet_id: string }>(
        'SELECT DISTINCT wallet_id FROM transactions WHERE transfer_id = ANY($1::uuid[])',
        [transfers.rows.map((t) => t.transfer_id)],
      );
      for (const leg of legs.rows) troubled.add(leg.wallet_id);
    }
    found.push(...digestProblems);
    // The audit trail's chain too (it is small next to the ledger: security and staff actions only).
    const audit = await verifyAuditChain(client, max);
    for (const entry of audit.broken) {
      found.push({
        kind: 'AUDIT_HASH_MISMATCH',
        detail: `audit entry ${entry.seq} (${entry.action}, id ${entry.id}) does not hash to what is stored: it, or the entry before it, was changed, added or removed`,
      });
    }
    // Reserved money is not the ledger's: a wallet's checkpoint (its ledger rows) still advances.
    found.push(...reservationProblems);

    await client.query('COMMIT');
    await client.query('BEGIN');
    // Advance the checkpoint of every wallet whose books are right, to the end of what this check read
    // (none when a list was cut short: a wallet with an unlisted problem must not be passed over).
    // A digest that no longer matches says rows were rewritten somewhere: nothing is proven then.
    const truncated =
      rowProblems.rows.length >= max ||
      transfers.rows.length >= max ||
      hashes.found.length >= max ||
      reservationProblems.length >= max ||
      walletProblems.length >= max;
    const proven =
      truncated || digestProblems.length > 0 ? [] : wallets.rows.filter((w) => !troubled.has(w.wallet_id));
    await client.query(
      `INSERT INTO ledger_check_wallets (wallet_id, last_seq, balance_minor, last_hash)
       SELECT id, seq, balance, decode(hash, 'hex') FROM unnest($1::uuid[], $2::bigint[], $3::bigint[], $4::text[])
         AS p(id, seq, balance, hash)
       ON CONFLICT (wallet_id) DO UPDATE SET last_seq = EXCLUDED.last_seq, balance_minor = EXCLUDED.balance_minor,
                                              last_hash = EXCLUDED.last_hash, checked_at = clock_timestamp()`,
      [
        proven.map((w) => w.wallet_id),
        proven.map((w) => w.last_seq ?? w.from_seq),
        proven.map((w) => w.balance),
        proven.map((w) => w.last_hash),
      ],
    );
    if (full && troubled.size > 0) {
      // A full check found these wrong: their next incremental check starts over from the first row.
      await client.query('DELETE FROM ledger_check_wallets WHERE wallet_id = ANY($1::uuid[])', [
        [...troubled],
      ]);
    }

    const rowsChecked = wallets.rows.reduce((sum, w) => sum + Number(w.rows), 0);
    const report: BooksReport = {
      truncated,
      mode: options.mode,
      startedAt,
      durationMs: Math.round(performance.now() - began),
      walletsChecked: wallets.rows.length,
      rowsChecked,
      discrepancies: found.length,
      found,
      ok: found.length === 0,
      rowsHashed: hashes.rows,
      digest,
    };
    await client.query(
      `INSERT INTO ledger_checks (mode, started_at, wallets_checked, rows_checked, discrepancies, report, digest)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        report.mode,
        startedAt,
        report.walletsChecked,
        rowsChecked,
        report.discrepancies,
        JSON.stringify(found),
        digest,
      ],
    );
    await client.query('COMMIT');
    return report;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/**
 * What a SUCCESS row does to its wallet's balance: a TRANSFER_OUT, and an ADJUSTMENT naming its own
 * wallet as the source (a debit), take the amount off; every other type (FUND, TRANSFER_IN, a credit
 * ADJUSTMENT, which names its wallet as the destination) adds it.
 */
export function signedAmount(t: string): string {
  return `CASE WHEN ${t}.type = 'TRANSFER_OUT' OR (${t}.type = 'ADJUSTMENT' AND ${t}.source_wallet_id = ${t}.wallet_id)
               THEN -${t}.amount_minor ELSE ${t}.amount_minor END`;
}

/** Whether ADJUSTMENT row `t` is the one an approved adjustment names, with the same wallet, amount and direction. */
function approvedAdjustment(t: string): string {
  return `EXISTS (SELECT 1 FROM adjustments a WHERE a.transaction_id = ${t}.id AND a.status = 'APPROVED'
                    AND a.wallet_id = ${t}.wallet_id AND a.amount_minor = ${t}.amount_minor
                    AND a.currency = ${t}.currency
                    AND (a.direction = 'DEBIT') = (${t}.source_wallet_id IS NOT DISTINCT FROM ${t}.wallet_id))`;
}

interface RowProblem {
  kind: DiscrepancyKind;
  wallet_id: string;
  id: string;
  detail: string;
}

interface TransferProblem {
  transfer_id: string;
  detail: string;
}

/** One wallet's totals over the rows since its checkpoint (bigints as text). */
export interface WalletTotals {
  wallet_id: string;
  balance: string;
  from_seq: string;
  from_balance: string;
  rows: string;
  last_seq: string | null;
  moved: string;
  last_after: string | null;
  /** The hash (hex) of the wallet's newest row, which the checkpoint keeps. */
  last_hash: string | null;
}

/**
 * A wallet's own promises: its balance is its chain's end (the newest row's balance-after, or where the
 * checkpoint left it when no row is newer), and the checkpoint's balance plus every movement since.
 */
export function walletDiscrepancies(w: Omit<WalletTotals, 'last_hash'>): Discrepancy[] {
  const balance = BigInt(w.balance);
  const problems: Discrepancy[] = [];
  const chainEnd = w.last_after === null ? 0n : BigInt(w.last_after);
  if (balance !== chainEnd) {
    problems.push({
      kind: 'BALANCE_NOT_LAST_ROW',
      walletId: w.wallet_id,
      detail: `wallet ${w.wallet_id} holds ${balance} but its newest ledger row ends at ${chainEnd}`,
    });
  }
  const sum = BigInt(w.from_balance) + BigInt(w.moved);
  if (balance !== sum) {
    problems.push({
      kind: 'BALANCE_NOT_SUM',
      walletId: w.wallet_id,
      detail: `wallet ${w.wallet_id} holds ${balance} but its movements add up to ${sum}`,
    });
  }
  return problems;
}

export interface LatestBooksCheck {
  finishedAt: Date;
  mode: 'full' | 'incremental';
  walletsChecked: number;
  rowsChecked: number;
  discrepancies: number;
  /** The ledger digest it took ('<seq>:<sha256 hex>'), null when it could not take one. */
  digest: string | null;
}

/** The latest finished check as kept in ledger_checks, or null before the first one (a record dated in
 * the future, added before the database clamped them, is not the latest). */
export async function latestBooksCheck(client: ClientBase): Promise<LatestBooksCheck | null> {
  const { rows } = await client.query(
    `SELECT finished_at, mode, wallets_checked, rows_checked::text, discrepancies, digest
     FROM ledger_checks WHERE finished_at <= clock_timestamp() ORDER BY id DESC LIMIT 1`,
  );
  const row = rows[0];
  if (!row) return null;
  return {
    finishedAt: row.finished_at,
    mode: row.mode,
    walletsChecked: row.wallets_checked,
    rowsChecked: Number(row.rows_checked),
    discrepancies: row.discrepancies,
    digest: row.digest ?? null,
  };
}
