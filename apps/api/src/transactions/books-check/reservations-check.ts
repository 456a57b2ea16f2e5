import type { ClientBase } from 'pg';
import type { Discrepancy } from './books-check';
import { verifyHolds } from './holds-check';

/**
 * The books of reserved money (a transfer held for review; holds add theirs to the view
 * wallet_reservations): every wallet reserves exactly what its reservations add up to, never more than
 * its balance; and every decided review names the ledger row its decision wrote (a release: its
 * TRANSFER_OUT leg under the review's id, of its amount; a rejection: a FAILED REVIEW_REJECTED row).
 * Then the holds' own books (holds-check.ts). Run inside the check's snapshot; the reservations are few,
 * so both modes read them all.
 */
export async function verifyReservations(client: ClientBase, max: number): Promise<Discrepancy[]> {
  const wallets = await client.query<{
    wallet_id: string;
    reserved: string;
    reservations: string;
    balance: string;
  }>(
    `SELECT w.id AS wallet_id, w.reserved_minor::text AS reserved, COALESCE(r.total, 0)::text AS reservations,
            w.balance_minor::text AS balance
     FROM wallets w
     LEFT JOIN (SELECT wallet_id, sum(amount_minor) AS total FROM wallet_reservations GROUP BY wallet_id) r
       ON r.wallet_id = w.id
     WHERE (w.reserved_minor <> 0 OR r.total IS NOT NULL)
       AND (w.reserved_minor <> COALESCE(r.total, 0) OR w.reserved_minor > w.balance_minor)
     LIMIT $1`,
    [max],
  );
  const decisions = await client.query<{ id: string; status: string; transaction_id: string }>(
    `SELECT r.id, r.status, r.transaction_id FROM transfer_reviews r
     LEFT JOIN transactions t ON t.id = r.transaction_id
     WHERE r.status <> 'PENDING' AND NOT (
       t.id IS NOT NULL AND t.wallet_id = r.source_wallet_id AND t.type = 'TRANSFER_OUT'
       AND t.amount_minor = r.amount_minor AND t.destination_wallet_id = r.destination_wallet_id
       AND CASE WHEN r.status = 'RELEASED' THEN t.status = 'SUCCESS' AND t.transfer_id = r.id
                ELSE t.status = 'FAILED' AND t.failure_code = 'REVIEW_REJECTED' END)
     LIMIT $1`,
    [max],
  );
  const holds = await verifyHolds(client, max);
  return [
    ...wallets.rows.map(
      (w): Discrepancy => ({
        kind: 'RESERVED_MISMATCH',
        walletId: w.wallet_id,
        detail: `wallet ${w.wallet_id} reserves ${w.reserved} of its balance ${w.balance}, but its reservations add up to ${w.reservations}`,
      }),
    ),
    ...decisions.rows.map(
      (r): Discrepancy => ({
        kind: 'REVIEW_DECISION_UNMATCHED',
        transactionId: r.transaction_id,
        detail: `held transfer ${r.id} is ${r.status}, but the ledger has no matching row ${r.transaction_id}`,
      }),
    ),
    ...holds,
  ];
}
