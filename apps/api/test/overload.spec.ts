import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { isDatabaseUnavailable } from '../src/database/db';
import { startTestApp, type TestApp } from './support/app';
import { expectLedgerConsistent } from './support/ledger';
import { expectProblem } from './support/problems';
import { balanceMinor, newWallet } from './support/wallets';

/** Overload is not a bug: 503 SERVICE_UNAVAILABLE with Retry-After, nothing changed, never a 500. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ DB_LOCK_TIMEOUT_MS: '300' });
});
afterAll(async () => {
  await t?.close();
});

/** Another transaction holding a wallet's row lock, as a long transfer on it would. */
async function holdWallet(id: string): Promise<pg.Client> {
  const holder = new pg.Client({ connectionString: t.databaseUrl });
  await holder.connect();
  await holder.query('BEGIN');
  await holder.query('SELECT id FROM wallets WHERE id = $1 FOR UPDATE', [id]);
  return holder;
}

describe('a lock wait past DB_LOCK_TIMEOUT_MS', () => {
  it.each([
    ['without an Idempotency-Key', undefined],
    ['with an Idempotency-Key', randomUUID()],
  ])('answers 503 with Retry-After %s, and moves nothing', async (_label, key) => {
    const from = await newWallet(t, 'USD', 50);
    const to = await newWallet(t);
    const holder = await holdWallet(from.id);
    try {
      let req = t.http.post('/api/v1/wallets/transfer');
      if (key) req = req.set('Idempotency-Key', key);
      const res = await req.send({ sourceWalletId: from.id, destinationWalletId: to.id, amount: 5 });
      expectProblem(res, 503, 'SERVICE_UNAVAILABLE');
      expect(res.headers['retry-after']).toBe('1');
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    expect(await balanceMinor(t, from.id)).toBe(5000n);
    expect(await balanceMinor(t, to.id)).toBe(0n);
    // The key was not used up: the same request goes through once the lock is free.
    if (key) {
      const retry = await t.http
        .post('/api/v1/wallets/transfer')
        .set('Idempotency-Key', key)
        .send({ sourceWalletId: from.id, destinationWalletId: to.id, amount: 5 });
      expect(retry.status).toBe(201);
    }
    await expectLedgerConsistent(t.db);
  });
});

describe('which errors mean "the database cannot serve this now"', () => {
  it.each([
    ['a lock timeout', { code: 'P2010', meta: { code: '55P03' } }],
    ['a statement timeout', { cause: { originalCode: '57014' } }],
    ['no transaction in time (pool exhausted)', { code: 'P2028', message: 'Transaction API error' }],
    ['no pooled connection in time', { code: 'P2024' }],
    ['a refused connection', { cause: { code: 'ECONNREFUSED' } }],
  ])('%s is', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', { code: 'P2002', meta: { code: '23505' } }],
    ['a check violation', { cause: { originalCode: '23514' } }],
    ['a plain bug', new TypeError('x is undefined')],
  ])('%s is not', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
