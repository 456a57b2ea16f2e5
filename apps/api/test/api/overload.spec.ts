import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import pg from 'pg';
import { DatabaseAvailability } from '../../src/database/availability';
import { databaseTrouble, isDatabaseUnavailable } from '../../src/database/db';
import { startTestApp, type TestApp } from '../support/app';
import { expectLedgerConsistent } from '../support/ledger';
import { expectProblem } from '../support/problems';
import { balanceMinor, newWallet } from '../support/wallets';

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
    ['no answer within query_timeout', new Error('Query read timeout')],
    ['a connect timeout', new Error('Connection terminated due to connection timeout')],
    ['a server shutting down', { code: 'P2010', meta: { code: '57P01' } }],
    ['a dead connection, wrapped', { code: 'P2028', cause: new Error('Connection terminated unexpectedly') }],
  ])('%s is', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a lock timeout', { code: 'P2010', meta: { code: '55P03' } }, 'busy'],
    ['a statement timeout', { cause: { originalCode: '57014' } }, 'busy'],
    ['a deadlock PostgreSQL broke', { code: 'P2010', meta: { code: '40P01' } }, 'busy'],
    ['a serialization failure', { cause: { originalCode: '40001' } }, 'busy'],
    ['no pooled connection in time', new Error('timeout exceeded when trying to connect'), 'busy'],
    [
      'no transaction in time',
      { code: 'P2028', message: 'Unable to start a transaction in the given time' },
      'busy',
    ],
    ['a refused connection', { cause: { code: 'ECONNREFUSED' } }, 'unreachable'],
    ['no answer within query_timeout', new Error('Query read timeout'), 'unreachable'],
    ['a server starting up', { cause: { originalCode: '57P03' } }, 'unreachable'],
    ['the adapter: not reachable', { cause: { kind: 'DatabaseNotReachable' } }, 'unreachable'],
    [
      'PgBouncer with no server to hand out',
      {
        code: 'P2010',
        message:
          'Database error. Code: `08P01`. Message: `server login has been failing, try again later (server_login_retry)`',
        meta: { code: '08P01' },
      },
      'unreachable',
    ],
  ])('%s is a database that is %s', (_label, error, trouble) => {
    expect(databaseTrouble(error)).toBe(trouble);
  });

  it.each([
    ['a unique violation', { code: 'P2002', meta: { code: '23505' } }],
    ['a check violation', { cause: { originalCode: '23514' } }],
    ['a plain bug', new TypeError('x is undefined')],
  ])('%s is not', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe('DatabaseAvailability', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('logs an outage once when it starts and once when it ends, whatever fails in between', () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => {});
    const info = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => {});
    const availability = new DatabaseAvailability();
    availability.answered();
    for (let i = 0; i < 50; i++) availability.failed(new Error('Query read timeout'));
    availability.failed({ code: 'ECONNREFUSED' });
    expect(availability.available).toBe(false);
    for (let i = 0; i < 5; i++) availability.answered();
    availability.failed({ cause: { originalCode: '57P01' } });
    availability.answered();

    expect(warn.mock.calls.map((call) => call[1])).toEqual(['database unavailable', 'database unavailable']);
    expect(info.mock.calls.map((call) => call[1])).toEqual([
      'database available again',
      'database available again',
    ]);
    expect(info.mock.calls[0]?.[0]).toMatchObject({ failures: 51 });
    expect(availability.available).toBe(true);
  });

  it('does not log an outage again when a connection from before the recovery dies afterwards', () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => {});
    jest.spyOn(Logger.prototype, 'log').mockImplementation(() => {});
    const availability = new DatabaseAvailability();
    const openedBefore = Date.now() - 60_000;
    availability.failed({ code: 'ECONNREFUSED' });
    availability.answered();
    // An idle pooled connection the restart killed fails once when next used: the outage is over.
    availability.failed(new Error('Connection terminated unexpectedly'), openedBefore);
    expect(availability.available).toBe(true);
    // A connection opened since, or a new connect, failing is a new outage.
    availability.failed(new Error('Connection terminated unexpectedly'), Date.now() + 1);
    expect(availability.available).toBe(false);
    expect(warn.mock.calls.map((call) => call[1])).toEqual(['database unavailable', 'database unavailable']);
  });

  it('does not call a busy database down: it answered', () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => {});
    const availability = new DatabaseAvailability();
    availability.failed({ code: 'P2010', meta: { code: '55P03' } });
    availability.failed(new Error('timeout exceeded when trying to connect'));
    availability.failed(new TypeError('a bug'));
    expect(availability.available).toBe(true);
    expect(warn).not.toHaveBeenCalled();
  });
});
