import type { TestApp } from './app';

export interface WalletBody {
  id: string;
  name: string;
  currency: string;
  balance: number;
}

/** Creates a wallet over HTTP and optionally funds it; fails the test on any surprise. */
export async function newWallet(t: TestApp, currency = 'USD', fund?: number | string): Promise<WalletBody> {
  const created = await t.http.post('/api/v1/wallets').send({ currency });
  expect(created.status).toBe(201);
  if (fund === undefined) return created.body;
  const funded = await t.http.post(`/api/v1/wallets/${created.body.id}/fund`).send({ amount: fund });
  expect(funded.status).toBe(201);
  return funded.body.wallet;
}

export async function balanceMinor(t: TestApp, id: string): Promise<bigint> {
  const { rows } = await t.db.query('SELECT balance_minor::text AS b FROM wallets WHERE id = $1', [id]);
  return BigInt(rows[0].b);
}

export async function ledgerCount(t: TestApp, walletId?: string): Promise<number> {
  const { rows } = walletId
    ? await t.db.query('SELECT COUNT(*)::int AS n FROM transactions WHERE wallet_id = $1', [walletId])
    : await t.db.query('SELECT COUNT(*)::int AS n FROM transactions');
  return rows[0].n;
}

/**
 * Puts a wallet at a balance no API call could reach quickly (near a limit), with the FUND entry that
 * keeps the ledger's promises true, straight in the database.
 */
export async function seedBalance(t: TestApp, walletId: string, balanceMinor: bigint): Promise<void> {
  // One statement, so the balance and its ledger row commit together (the database refuses one without the other).
  await t.db.query(
    `WITH w AS (
       UPDATE wallets SET balance_minor = balance_minor + $2::bigint WHERE id = $1 RETURNING id, currency, balance_minor
     )
     INSERT INTO transactions (wallet_id, type, status, amount_minor, currency, balance_before_minor, balance_after_minor)
     SELECT id, 'FUND', 'SUCCESS', $2::bigint, currency, balance_minor - $2::bigint, balance_minor FROM w`,
    [walletId, balanceMinor.toString()],
  );
}

/** Appends `count` FUNDs of one minor unit each to a wallet, with the balance they lead to, in one statement. */
export async function seedFunds(t: TestApp, walletId: string, count: number): Promise<void> {
  await t.db.query(
    `WITH w AS (
       UPDATE wallets SET balance_minor = balance_minor + $2::bigint WHERE id = $1 RETURNING id, currency, balance_minor
     )
     INSERT INTO transactions (wallet_id, type, status, amount_minor, currency, balance_before_minor, balance_after_minor, description)
     SELECT id, 'FUND', 'SUCCESS', 1, currency, balance_minor - $2::bigint + i - 1, balance_minor - $2::bigint + i, 'seed ' || i
     FROM w, generate_series(1, $2::int) AS i ORDER BY i`,
    [walletId, count],
  );
}
