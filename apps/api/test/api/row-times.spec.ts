import { useTestApp } from '../support/suite';

/**
 * Wallet times come from the database's clock alone, so they agree with each other and with the ledger
 * even when the API process's clock does not agree with the database's.
 */

const t = useTestApp();

async function times(id: string): Promise<{ created: Date; updated: Date }> {
  const { rows } = await t().db.query('SELECT created_at, updated_at FROM wallets WHERE id = $1', [id]);
  return { created: rows[0].created_at, updated: rows[0].updated_at };
}

/** Jest's fake timers with only Date faked: the database driver's own timers keep running. */
function fakeDateOnly(now: number): void {
  jest.useFakeTimers({
    now,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}

afterEach(() => {
  jest.useRealTimers();
});

it('gives a new wallet updated_at equal to created_at, even when the API process clock is an hour behind', async () => {
  fakeDateOnly(Date.now() - 3_600_000);
  const created = await t().http.post('/api/v1/wallets').send({ currency: 'USD' });
  jest.useRealTimers();
  expect(created.status).toBe(201);
  expect(created.body.updatedAt).toBe(created.body.createdAt);
  const row = await times(created.body.id);
  expect(row.updated.getTime()).toBe(row.created.getTime());
  // The database's clock, not the process's hour-old one.
  expect(Math.abs(row.created.getTime() - Date.now())).toBeLessThan(600_000);
});

it('advances updated_at with a movement, to the time its ledger rows carry', async () => {
  const created = await t().http.post('/api/v1/wallets').send({ currency: 'USD' });
  const id: string = created.body.id;
  await t().db.query('SELECT pg_sleep(0.01)');
  const funded = await t().http.post(`/api/v1/wallets/${id}/fund`).send({ amount: 5 });
  expect(funded.status).toBe(201);
  const row = await times(id);
  expect(row.updated.getTime()).toBeGreaterThan(row.created.getTime());
  expect(funded.body.wallet.updatedAt).toBe(row.updated.toISOString());
  const { rows } = await t().db.query('SELECT created_at FROM transactions WHERE wallet_id = $1', [id]);
  expect(rows.map((r: { created_at: Date }) => r.created_at.getTime())).toEqual([row.updated.getTime()]);
  const read = await t().http.get(`/api/v1/wallets/${id}`);
  expect(read.body.updatedAt).toBe(row.updated.toISOString());
  expect(read.body.createdAt).toBe(created.body.createdAt);
});

it('stamps rows written by any statement with the database clock', async () => {
  const { rows } = await t().db.query(
    `INSERT INTO wallets (owner_id, name, currency, updated_at)
     VALUES ($1, 'from SQL', 'EUR', '2000-01-01T00:00:00Z') RETURNING id, created_at, updated_at`,
    [t().user.id],
  );
  const inserted = rows[0];
  expect(inserted.updated_at.getTime()).toBe(inserted.created_at.getTime());
  await t().db.query('SELECT pg_sleep(0.01)');
  await t().db.query(`UPDATE wallets SET name = 'renamed' WHERE id = $1`, [inserted.id]);
  const row = await times(inserted.id);
  expect(row.updated.getTime()).toBeGreaterThan(row.created.getTime());
});
