import type { ClientBase } from 'pg';
import type { Discrepancy } from './books-check';

/**
 * The books of holds (migration 20261208020000_holds), read in the check's snapshot:
 * - every event of hold_events hashes to what is stored (format 1 below: the check's own copy, so an
 *   owner who replaced the trigger's function would not change what the check expects), chained per
 *   wallet: an edited event fails itself, one inserted or removed between others fails the next
 *   (HOLD_HASH_MISMATCH);
 * - every hold is what its events say: its first event is it as made (ACTIVE), its newest is it as it
 *   is now, and an ended hold has exactly those two (HOLD_UNRECORDED: a hold changed or added behind
 *   the trigger's back);
 * - a CAPTURED hold names its TRANSFER_OUT leg, of the captured amount (at most the held amount), to
 *   its destination, under transfer_id = the hold's id; no other hold has a leg under its id
 *   (HOLD_CAPTURE_UNMATCHED). That the legs pair, and that active holds are the wallet's reserved money,
 *   the ledger's and the reservations' checks prove.
 */
const field = (sql: string) => `COALESCE(length(${sql}) || ':' || ${sql}, '~')`;
const time = (sql: string) => `to_char(${sql} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Format 1 of hold event `e`, after the event whose hash is `previous`. */
export function holdEventHashSql(e: string, previous: string): string {
  const fields = [
    `'wallet-holds-v1'`,
    `encode(${previous}, 'hex')`,
    ...[
      'seq',
      'hold_id',
      'wallet_id',
      'owner_id',
      'status',
      'amount_minor',
      'currency',
      'captured_minor',
      'destination_wallet_id',
      'transaction_id',
    ].map((column) => `${e}.${column}::text`),
    time(`${e}.expires_at`),
    `${e}.description::text`,
    `${e}.reference::text`,
    time(`${e}.created_at`),
    time(`${e}.finished_at`),
  ];
  return `sha256(convert_to(${fields.map(field).join(' || ')}, 'UTF8'))`;
}

const COLUMNS = [
  'owner_id',
  'wallet_id',
  'status',
  'amount_minor',
  'currency',
  'captured_minor',
  'destination_wallet_id',
  'transaction_id',
  'expires_at',
  'description',
  'reference',
  'created_at',
  'finished_at',
];
const row = (t: string) => `(${COLUMNS.map((c) => `${t}.${c}`).join(', ')})`;

export async function verifyHolds(client: ClientBase, max: number): Promise<Discrepancy[]> {
  const hashes = await client.query<{ wallet_id: string; n: string; seq: string }>(
    `SELECT wallet_id, count(*)::text AS n, min(seq)::text AS seq FROM (
       SELECT e.wallet_id, e.seq, e.hash = ${holdEventHashSql('e', 'lead(e.hash) OVER chain')} AS ok
       FROM hold_events e WINDOW chain AS (PARTITION BY e.wallet_id ORDER BY e.seq DESC)
     ) v WHERE NOT ok GROUP BY wallet_id ORDER BY min(seq) LIMIT $1`,
    [max],
  );
  const unrecorded = await client.query<{ id: string; wallet_id: string }>(
    `SELECT h.id, h.wallet_id FROM holds h
     LEFT JOIN LATERAL (SELECT count(*) AS n FROM hold_events e WHERE e.hold_id = h.id) c ON true
     LEFT JOIN LATERAL (SELECT * FROM hold_events e WHERE e.hold_id = h.id ORDER BY e.seq LIMIT 1) f ON true
     LEFT JOIN LATERAL (SELECT * FROM hold_events e WHERE e.hold_id = h.id ORDER BY e.seq DESC LIMIT 1) l ON true
     WHERE f.seq IS NULL
        OR ${row('h')} IS DISTINCT FROM ${row('l')}
        OR f.status <> 'ACTIVE' OR f.captured_minor <> 0 OR f.finished_at IS NOT NULL
        OR (f.owner_id, f.wallet_id, f.amount_minor, f.currency, f.expires_at, f.description, f.reference, f.created_at)
           IS DISTINCT FROM (h.owner_id, h.wallet_id, h.amount_minor, h.currency, h.expires_at, h.description, h.reference, h.created_at)
        OR c.n <> CASE WHEN h.status = 'ACTIVE' THEN 1 ELSE 2 END
     ORDER BY h.seq LIMIT $1`,
    [max],
  );
  const captures = await client.query<{ id: string; status: string; transaction_id: string | null }>(
    `SELECT h.id, h.status, h.transaction_id FROM holds h
     LEFT JOIN transactions t ON t.id = h.transaction_id
     WHERE (h.status = 'CAPTURED' AND NOT (
              t.id IS NOT NULL AND t.wallet_id = h.wallet_id AND t.type = 'TRANSFER_OUT' AND t.status = 'SUCCESS'
              AND t.transfer_id = h.id AND t.amount_minor = h.captured_minor
              AND t.destination_wallet_id = h.destination_wallet_id
              AND h.captured_minor > 0 AND h.captured_minor <= h.amount_minor))
        OR (h.status <> 'CAPTURED' AND EXISTS (SELECT 1 FROM transactions x WHERE x.transfer_id = h.id))
     ORDER BY h.seq LIMIT $1`,
    [max],
  );
  return [
    ...hashes.rows.map(
      (w): Discrepancy => ({
        kind: 'HOLD_HASH_MISMATCH',
        walletId: w.wallet_id,
        detail: `wallet ${w.wallet_id}: ${w.n} of its hold events do not match their hash, the first at seq ${w.seq}: an event was edited, inserted or removed there`,
      }),
    ),
    ...unrecorded.rows.map(
      (h): Discrepancy => ({
        kind: 'HOLD_UNRECORDED',
        walletId: h.wallet_id,
        detail: `hold ${h.id} is not what its events record (made ACTIVE, then ended once)`,
      }),
    ),
    ...captures.rows.map(
      (h): Discrepancy => ({
        kind: 'HOLD_CAPTURE_UNMATCHED',
        ...(h.transaction_id ? { transactionId: h.transaction_id } : {}),
        detail:
          h.status === 'CAPTURED'
            ? `hold ${h.id} is CAPTURED, but the ledger has no matching TRANSFER_OUT ${h.transaction_id} of its captured amount under its id`
            : `hold ${h.id} is ${h.status}, but ledger rows carry its id as their transfer`,
      }),
    ),
  ];
}
