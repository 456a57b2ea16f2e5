// The product's transfer as ONE SQL statement on its own tables, for rungs a-e: an idempotency_keys row
// under the request's key, the guarded debit, the credit, and the two ledger rows in `transactions` (see
// transactions/posting/posting.repository.ts for the product's own posting). Bind parameters: $1 source
// wallet, $2 destination wallet, $3 amount in minor units, $4 the key's scope, $5 the Idempotency-Key.
// A failed guard (funds, same wallet, unknown wallet) moves nothing and writes no ledger row: 422.
// Both wallets are locked first, in ascending id order, as the product's posting does
// (PostingRepository.lockWallets): two transfers in opposite directions then queue instead of deadlocking
// (a deadlock aborts one of them, and the load counts it as a failed transfer).
export const TRANSFER_SQL = `
WITH lk AS (
  SELECT id FROM wallets WHERE id IN ($1::uuid, $2::uuid) ORDER BY id FOR NO KEY UPDATE
), n AS (SELECT count(*) AS locked FROM lk), k AS (
  INSERT INTO idempotency_keys (scope, key, request_hash, outcome, response_body)
  VALUES ($4, $5, repeat('0', 64), 'done', '{}')
  RETURNING id
), d AS (
  UPDATE wallets SET balance_minor = balance_minor - $3::bigint
  WHERE id = $1::uuid AND $1::uuid <> $2::uuid AND balance_minor >= $3::bigint AND EXISTS (SELECT 1 FROM k)
    AND (SELECT locked FROM n) = 2
  RETURNING id, balance_minor
), c AS (
  UPDATE wallets SET balance_minor = balance_minor + $3::bigint
  WHERE id = $2::uuid AND EXISTS (SELECT 1 FROM d)
  RETURNING id, balance_minor
), t AS (SELECT gen_random_uuid() AS transfer_id), l AS (
  INSERT INTO transactions (wallet_id, type, status, amount_minor, currency, balance_before_minor,
                            balance_after_minor, source_wallet_id, destination_wallet_id, transfer_id)
  SELECT d.id, 'TRANSFER_OUT'::"TransactionType", 'SUCCESS'::"TransactionStatus", $3::bigint, 'USD',
         d.balance_minor + $3::bigint, d.balance_minor, d.id, c.id, t.transfer_id FROM d, c, t
  UNION ALL
  SELECT c.id, 'TRANSFER_IN'::"TransactionType", 'SUCCESS'::"TransactionStatus", $3::bigint, 'USD',
         c.balance_minor - $3::bigint, c.balance_minor, d.id, c.id, t.transfer_id FROM d, c, t
  RETURNING id
)
SELECT (SELECT balance_minor::text FROM d) AS "sourceBalanceMinor",
       (SELECT balance_minor::text FROM c) AS "destinationBalanceMinor"`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const AMOUNT = /^(\d{1,13})(?:\.(\d{1,2}))?$/;

/**
 * The bind parameters of TRANSFER_SQL from a parsed body and its Idempotency-Key, or null when the
 * request is malformed (400). The amount is a USD decimal string, parsed exactly into cents.
 */
export function transferParams(body, key, scope) {
  const { sourceWalletId, destinationWalletId, amount } = body ?? {};
  const match = typeof amount === 'string' ? AMOUNT.exec(amount) : null;
  if (!match || !UUID.test(sourceWalletId ?? '') || !UUID.test(destinationWalletId ?? '')) return null;
  if (typeof key !== 'string' || key.length === 0 || key.length > 255) return null;
  const minor = BigInt(match[1]) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
  if (minor <= 0n) return null;
  return [sourceWalletId, destinationWalletId, minor.toString(), scope, key];
}

/** The answer to one statement's row: 201 with both new balances, or 422 when the guard held. */
export function transferAnswer(row) {
  if (!row?.sourceBalanceMinor) return { status: 422, body: { code: 'INSUFFICIENT_FUNDS' } };
  return {
    status: 201,
    body: {
      sourceBalanceMinor: row.sourceBalanceMinor,
      destinationBalanceMinor: row.destinationBalanceMinor,
    },
  };
}
