import type { ClientBase } from 'pg';
import type { Discrepancy } from './books-check';

/**
 * The hash chain, as the books check recomputes it. The database writes each row's hash with its own
 * trigger (migration 20261207050000_ledger_hash_chain); the check does not call that trigger's function
 * but carries its own copy of format 1 here, so an owner who replaced the database's function (to hash
 * less than every field) would not change what the check expects.
 *
 * Format 1: sha256 of the UTF-8 text of these fields, each `<length in characters>:<text>` or `~` for
 * NULL, back to back: 'wallet-ledger-v1', the previous row's hash (hex), id, wallet_id, seq, type,
 * status, amount_minor, currency, balance_before_minor, balance_after_minor, source_wallet_id,
 * destination_wallet_id, transfer_id, failure_code, description, reference, refund_of, created_at (UTC,
 * microseconds), the wallet's owner_id and currency.
 */
export const HASH_VERSION = 1;

const field = (sql: string) => `COALESCE(length(${sql}) || ':' || ${sql}, '~')`;

/** Format 1 of row `t` (a transactions row) of wallet `w`, after the row whose hash is `previous`. */
export function rowHashSql(t: string, w: string, previous: string): string {
  const fields = [
    `'wallet-ledger-v1'`,
    `encode(${previous}, 'hex')`,
    ...[
      'id',
      'wallet_id',
      'seq',
      'type',
      'status',
      'amount_minor',
      'currency',
      'balance_before_minor',
      'balance_after_minor',
      'source_wallet_id',
      'destination_wallet_id',
      'transfer_id',
      'failure_code',
      'description',
      'reference',
      'refund_of',
    ].map((column) => `${t}.${column}::text`),
    `to_char(${t}.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    `${w}.owner_id::text`,
    `${w}.currency::text`,
  ];
  return `sha256(convert_to(${fields.map(field).join(' || ')}, 'UTF8'))`;
}

/**
 * Every row of the ledger against its stored hash, in one pass (each wallet's rows in seq order, read
 * along the (wallet_id, seq DESC) index, so nothing is sorted): its content, its wallet's owner and
 * currency, and the stored hash of the row before it. An edited row fails itself; a row inserted or
 * removed, or rows renumbered, fail the row after; a wallet's new owner or currency fails every row.
 */
export async function verifyHashes(
  client: ClientBase,
  max: number,
): Promise<{ rows: number; found: Discrepancy[] }> {
  const verified = `SELECT t.wallet_id, t.seq,
         t.hash_version = ${HASH_VERSION} AND t.hash = ${rowHashSql('t', 'w', 'lead(t.hash) OVER chain')} AS ok
       FROM transactions t JOIN wallets w ON w.id = t.wallet_id
       WINDOW chain AS (PARTITION BY t.wallet_id ORDER BY t.seq DESC)`;
  const { rows } = await client.query<{ rows: string; bad: string }>(
    `SELECT count(*)::text AS rows, count(*) FILTER (WHERE NOT ok)::text AS bad FROM (${verified}) v`,
  );
  const total = Number(rows[0]?.rows ?? 0);
  if (Number(rows[0]?.bad ?? 0) === 0) return { rows: total, found: [] };
  // Tampered: a second pass names, per wallet, how many rows fail and the first of them.
  const bad = await client.query<{ wallet_id: string; n: string; id: string; seq: string; total: string }>(
    `SELECT b.wallet_id, b.n::text, f.id, b.first_seq::text AS seq,
            (SELECT count(*) FROM transactions c WHERE c.wallet_id = b.wallet_id)::text AS total
     FROM (SELECT wallet_id, count(*) AS n, min(seq) AS first_seq FROM (${verified}) v
           WHERE NOT ok GROUP BY wallet_id ORDER BY min(seq) LIMIT $1) b
     JOIN transactions f ON f.seq = b.first_seq
     ORDER BY b.first_seq`,
    [max],
  );
  return {
    rows: total,
    found: bad.rows.map((b) => ({
      kind: 'HASH_MISMATCH',
      walletId: b.wallet_id,
      transactionId: b.id,
      detail:
        `wallet ${b.wallet_id}: ${b.n} of its ${b.total} ledger rows do not match their hash, the first is ` +
        `row ${b.id} (seq ${b.seq}): a row was edited, inserted or removed there, or the wallet's owner or currency changed`,
    })),
  };
}

/**
 * Each wallet against the check's saved state and its newest row, for every wallet (one index probe or
 * two each), so an incremental check cannot be steered past a wallet by editing that state: the
 * balance must be the newest row's balance-after (reported here only for wallets the detailed check does
 * not read), and a checkpoint must still name a row with the balance and hash it was proven with.
 */
export async function verifyWallets(client: ClientBase, max: number): Promise<Discrepancy[]> {
  const { rows } = await client.query<{
    wallet_id: string;
    balance: string;
    head_after: string | null;
    unread: boolean;
    last_seq: string | null;
    saved_balance: string | null;
    row_after: string | null;
    hash_differs: boolean;
  }>(
    `SELECT w.id AS wallet_id, w.balance_minor::text AS balance, h.balance_after_minor::text AS head_after,
            NOT EXISTS (SELECT 1 FROM ledger_todo d WHERE d.wallet_id = w.id) AS unread,
            c.last_seq::text, c.balance_minor::text AS saved_balance, r.balance_after_minor::text AS row_after,
            COALESCE(c.last_hash <> r.hash, false) AS hash_differs
     FROM wallets w
     LEFT JOIN LATERAL (SELECT t.balance_after_minor FROM transactions t WHERE t.wallet_id = w.id
                        ORDER BY t.seq DESC LIMIT 1) h ON true
     LEFT JOIN ledger_check_wallets c ON c.wallet_id = w.id
     LEFT JOIN transactions r ON r.seq = c.last_seq AND r.wallet_id = c.wallet_id
     WHERE w.balance_minor <> COALESCE(h.balance_after_minor, 0)
        OR (c.last_seq > 0 AND (r.id IS NULL OR r.balance_after_minor <> c.balance_minor OR c.last_hash <> r.hash))
        OR (c.last_seq = 0 AND c.balance_minor <> 0)
     ORDER BY w.seq LIMIT $1`,
    [max],
  );
  const found: Discrepancy[] = [];
  for (const w of rows) {
    const headAfter = w.head_after ?? '0';
    if (w.unread && w.balance !== headAfter) {
      found.push({
        kind: 'BALANCE_NOT_LAST_ROW',
        walletId: w.wallet_id,
        detail: `wallet ${w.wallet_id} holds ${w.balance} but its newest ledger row ends at ${headAfter}`,
      });
    }
    const savedRow = w.last_seq === null || w.last_seq === '0' ? '0' : w.row_after;
    if (w.last_seq !== null && (savedRow !== w.saved_balance || w.hash_differs)) {
      const what =
        savedRow === null
          ? 'that row is gone'
          : w.hash_differs
            ? 'that row has another hash now (the ledger was rewritten)'
            : `that row ends at ${savedRow}`;
      found.push({
        kind: 'CHECKPOINT_MISMATCH',
        walletId: w.wallet_id,
        detail: `wallet ${w.wallet_id} was proven up to seq ${w.last_seq} at ${w.saved_balance}, but ${what}`,
      });
    }
  }
  return found;
}

/**
 * The ledger digest at seq `upTo` (a settled one, see settledSeq): sha256 over every wallet's newest row at or before `upTo` (its id
 * and hash, wallets in id order), written '<upTo>:<hex>'. Through the chain, each of those hashes
 * vouches for every earlier row of its wallet, so the same digest computed again later proves that no
 * row up to `upTo` changed, even if someone recomputed every hash since: kept outside the database (a
 * log, a ticket, another system), it is what an owner of the database cannot rewrite.
 */
export async function ledgerDigest(client: ClientBase, upTo: string): Promise<string> {
  const { rows } = await client.query<{ digest: string }>(
    `SELECT encode(sha256(convert_to(COALESCE(string_agg(w.id::text || ':' || encode(h.hash, 'hex'), ',' ORDER BY w.id), ''),
                                     'UTF8')), 'hex') AS digest
     FROM wallets w
     CROSS JOIN LATERAL (SELECT t.hash FROM transactions t WHERE t.wallet_id = w.id AND t.seq <= $1::bigint
                         ORDER BY t.seq DESC LIMIT 1) h`,
    [upTo],
  );
  return `${upTo}:${rows[0]?.digest ?? ''}`;
}

/** How long a check waits for the transactions open when it began to end before it gives no digest. */
export const DIGEST_WAIT_MS = 10_000;

/**
 * The seq the digest can be taken at: the highest seq handed out when the check began, once every
 * transaction then open has ended; null when one is still open after `waitMs`.
 *
 * Not simply the newest seq the check's snapshot sees: seq values are handed out when rows are inserted,
 * but transactions commit in any order. A posting on wallet A holding seq 100 and still committing while
 * one on wallet B took 101 and committed would give a digest at 101 without row 100, and row 100
 * committing afterwards would make that digest a DIGEST_MISMATCH forever. A transaction holds its
 * virtual transaction id lock from its first statement to its end, and a row's seq is taken inside its
 * INSERT (before it has a transaction id, so xid snapshots cannot tell): once every client backend that
 * held such a lock when the sequence was read has moved on, every seq up to that value is committed or
 * gone for good. (Prepared transactions are not waited for: the product does not use them, and
 * max_prepared_transactions is 0 by default.)
 */
export async function settledSeq(client: ClientBase, waitMs = DIGEST_WAIT_MS): Promise<string | null> {
  const { rows } = await client.query<{ upto: string }>(
    `SELECT COALESCE(pg_sequence_last_value('public.transactions_seq_seq'::regclass), 0)::text AS upto`,
  );
  const upTo = rows[0]?.upto ?? '0';
  // Read after the sequence: a transaction that took a seq up to upTo is still open here, or has ended.
  const open = await client.query<{ vxids: string[] }>(
    `SELECT COALESCE(array_agg(l.virtualxid), '{}') AS vxids
     FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
     WHERE l.locktype = 'virtualxid' AND l.granted AND l.pid <> pg_backend_pid()
       AND a.backend_type = 'client backend'`,
  );
  const vxids = open.rows[0]?.vxids ?? [];
  const deadline = performance.now() + waitMs;
  for (let pauseMs = 5; vxids.length > 0; pauseMs = Math.min(pauseMs * 2, 100)) {
    const { rows: still } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_locks
       WHERE locktype = 'virtualxid' AND granted AND virtualxid = ANY($1::text[])`,
      [vxids],
    );
    if (still[0]?.n === 0) break;
    if (performance.now() >= deadline) return null;
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  return upTo;
}

/** Each digest kept from an earlier check, computed again: a difference means rows up to its seq changed. */
export async function verifyDigests(client: ClientBase, digests: string[]): Promise<Discrepancy[]> {
  const found: Discrepancy[] = [];
  for (const digest of digests) {
    const match = /^(\d{1,19}):([0-9a-f]{64})$/.exec(digest);
    if (!match?.[1]) throw new Error(`not a ledger digest: ${digest} (expected <seq>:<64 hex digits>)`);
    const now = await ledgerDigest(client, match[1]);
    if (now !== digest) {
      found.push({
        kind: 'DIGEST_MISMATCH',
        detail: `the ledger up to seq ${match[1]} gives digest ${now}, not ${digest}: rows up to there were changed, removed or added`,
      });
    }
  }
  return found;
}
