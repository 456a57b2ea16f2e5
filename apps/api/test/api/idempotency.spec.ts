import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { fingerprint } from '../../src/common/idempotency/idempotency.service';
import { startTestApp, type TestApp } from '../support/app';
import { expectProblem } from '../support/problems';
import { useTestApp } from '../support/suite';
import { balanceMinor, ledgerCount, newWallet } from '../support/wallets';

const testApp = useTestApp();
let t: TestApp;
beforeAll(() => {
  t = testApp();
});

const fund = (id: string, amount: unknown, key?: string) => {
  const req = t.http.post(`/api/v1/wallets/${id}/fund`);
  if (key !== undefined) req.set('Idempotency-Key', key);
  return req.send({ amount });
};
const transfer = (body: object, key: string) =>
  t.http.post('/api/v1/wallets/transfer').set('Idempotency-Key', key).send(body);

describe('Idempotency-Key', () => {
  it('replays a fund: same status and body, the replay header, one effect', async () => {
    const w = await newWallet(t);
    const key = randomUUID();
    const first = await fund(w.id, 25, key);
    expect(first.status).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await fund(w.id, 25, key);
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.text).toBe(first.text);
    expect(await balanceMinor(t, w.id)).toBe(2500n);
    expect(await ledgerCount(t, w.id)).toBe(1);
  });

  it('treats 10, "10" and "10.00" as the same request', async () => {
    const w = await newWallet(t);
    const key = randomUUID();
    expect((await fund(w.id, 10, key)).status).toBe(201);
    for (const amount of ['10', '10.00', 10.0, '010.0']) {
      const res = await fund(w.id, amount, key);
      expect(res.status).toBe(201);
      expect(res.headers['idempotent-replayed']).toBe('true');
    }
    expect(await balanceMinor(t, w.id)).toBe(1000n);
  });

  it('answers 422 IDEMPOTENCY_KEY_REUSED for the same key with another body, path or wallet', async () => {
    const w = await newWallet(t);
    const other = await newWallet(t);
    const key = randomUUID();
    expect((await fund(w.id, 10, key)).status).toBe(201);
    expectProblem(await fund(w.id, 11, key), 422, 'IDEMPOTENCY_KEY_REUSED');
    expectProblem(await fund(other.id, 10, key), 422, 'IDEMPOTENCY_KEY_REUSED');
    expectProblem(
      await transfer({ sourceWalletId: w.id, destinationWalletId: other.id, amount: 10 }, key),
      422,
      'IDEMPOTENCY_KEY_REUSED',
    );
    expect(await balanceMinor(t, w.id)).toBe(1000n);
    expect(await balanceMinor(t, other.id)).toBe(0n);
  });

  it('lets 20 parallel requests with one key move money once', async () => {
    const a = await newWallet(t, 'USD', 100);
    const b = await newWallet(t);
    const key = randomUUID();
    const body = { sourceWalletId: a.id, destinationWalletId: b.id, amount: '7.25' };
    const results = await Promise.all(Array.from({ length: 20 }, () => transfer(body, key)));
    for (const res of results) {
      // Either the caller waited and got the replay, or was told the key is still in flight.
      expect([201, 409]).toContain(res.status);
      if (res.status === 409) expectProblem(res, 409, 'IDEMPOTENCY_KEY_IN_PROGRESS');
    }
    const created = results.filter((r) => r.status === 201);
    expect(created.filter((r) => r.headers['idempotent-replayed'] === undefined)).toHaveLength(1);
    const bodies = new Set(created.map((r) => r.text));
    expect(bodies.size).toBe(1);
    expect(await balanceMinor(t, a.id)).toBe(10000n - 725n);
    expect(await balanceMinor(t, b.id)).toBe(725n);
    const { rows } = await t.db.query(
      "SELECT COUNT(*)::int AS n FROM transactions WHERE type = 'TRANSFER_OUT' AND wallet_id = $1",
      [a.id],
    );
    expect(rows[0].n).toBe(1);
  });

  it('lets 10 parallel fund requests with one key credit once', async () => {
    const w = await newWallet(t);
    const key = randomUUID();
    const results = await Promise.all(Array.from({ length: 10 }, () => fund(w.id, '1.10', key)));
    expect(results.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    expect(await balanceMinor(t, w.id)).toBe(110n);
    expect(await ledgerCount(t, w.id)).toBe(1);
  });

  it('replays a recorded rejection instead of trying again, even once it would succeed', async () => {
    const a = await newWallet(t, 'USD', 5);
    const b = await newWallet(t);
    const key = randomUUID();
    const body = { sourceWalletId: a.id, destinationWalletId: b.id, amount: 8 };
    const first = await transfer(body, key);
    expectProblem(first, 422, 'INSUFFICIENT_FUNDS');
    await t.http.post(`/api/v1/wallets/${a.id}/fund`).send({ amount: 10 });
    const again = await transfer(body, key);
    expectProblem(again, 422, 'INSUFFICIENT_FUNDS');
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await balanceMinor(t, a.id)).toBe(1500n);
    const failed = await t.db.query(
      "SELECT COUNT(*)::int AS n FROM transactions WHERE wallet_id = $1 AND status = 'FAILED'",
      [a.id],
    );
    expect(failed.rows[0].n).toBe(1);
    // A new key is a new attempt, which now succeeds.
    expect((await transfer(body, randomUUID())).status).toBe(201);
  });

  it('does not store a 400: the corrected request may reuse the key', async () => {
    const w = await newWallet(t);
    const key = randomUUID();
    expectProblem(await fund(w.id, '1.001', key), 400, 'VALIDATION_FAILED');
    const res = await fund(w.id, '1.01', key);
    expect(res.status).toBe(201);
    expect(res.headers['idempotent-replayed']).toBeUndefined();
    expect(await balanceMinor(t, w.id)).toBe(101n);
  });

  it('makes wallet creation idempotent too', async () => {
    const key = randomUUID();
    const first = await t.http
      .post('/api/v1/wallets')
      .set('Idempotency-Key', key)
      .send({ currency: 'EUR', name: 'Trip' });
    const again = await t.http
      .post('/api/v1/wallets')
      .set('Idempotency-Key', key)
      .send({ name: 'Trip', currency: 'EUR' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const { rows } = await t.db.query("SELECT COUNT(*)::int AS n FROM wallets WHERE name = 'Trip'");
    expect(rows[0].n).toBe(1);
    expectProblem(
      await t.http
        .post('/api/v1/wallets')
        .set('Idempotency-Key', key)
        .send({ currency: 'GBP', name: 'Trip' }),
      422,
      'IDEMPOTENCY_KEY_REUSED',
    );
  });

  it.each([['has space'], ['x'.repeat(256)], ['tab\tkey'], ['ünïcode']])(
    'rejects the key %j with 400',
    async (key) => {
      const w = await newWallet(t);
      const res = await t.http
        .post(`/api/v1/wallets/${w.id}/fund`)
        .set('Idempotency-Key', Buffer.from(key, 'utf8').toString('latin1'))
        .send({ amount: 1 });
      expectProblem(res, 400, 'VALIDATION_FAILED');
      expect(await balanceMinor(t, w.id)).toBe(0n);
    },
  );

  it('accepts a 255-character key', async () => {
    const w = await newWallet(t);
    expect((await fund(w.id, 1, 'k'.repeat(255))).status).toBe(201);
  });

  describe('while the first request with a key is still in flight', () => {
    /** Holds the key the way an unfinished first request does: an uncommitted claim row. */
    async function holdKey(key: string, hash: string, body: object): Promise<pg.Client> {
      const holder = new pg.Client({ connectionString: t.databaseUrl });
      await holder.connect();
      await holder.query('BEGIN');
      await holder.query(
        `INSERT INTO idempotency_keys (scope, key, request_hash, response_status, response_body)
         VALUES ($1, $2, $3, 201, $4::json)`,
        [`user:${t.user.id}`, key, hash, JSON.stringify(body)],
      );
      return holder;
    }

    async function waitForLockWaiter(): Promise<void> {
      for (let i = 0; i < 200; i++) {
        const { rows } = await t.db.query(
          "SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()",
        );
        if (rows[0].n > 0) return;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error('the duplicate never waited on the key');
    }

    it('makes the duplicate wait, then replays the first answer without a second effect', async () => {
      const w = await newWallet(t);
      const key = randomUUID();
      const hash = fingerprint({
        scope: `user:${t.user.id}`,
        operation: 'fundWallet',
        input: { walletId: w.id, amount: '5' },
      });
      const holder = await holdKey(key, hash, { answer: 'the first request' });
      const duplicate = fund(w.id, '5.00', key).then((res) => res);
      await waitForLockWaiter();
      await holder.query('COMMIT');
      await holder.end();
      const res = await duplicate;
      expect(res.status).toBe(201);
      expect(res.headers['idempotent-replayed']).toBe('true');
      expect(res.body).toEqual({ answer: 'the first request' });
      expect(await balanceMinor(t, w.id)).toBe(0n);
    });

    it('answers 409 IDEMPOTENCY_KEY_IN_PROGRESS past the lock timeout, and frees the key if the first fails', async () => {
      const impatient = await startTestApp({ DB_LOCK_TIMEOUT_MS: '300' }, { databaseUrl: t.databaseUrl });
      try {
        const w = await newWallet(t);
        const key = randomUUID();
        const holder = await holdKey(key, 'x'.repeat(64), {});
        const res = await impatient
          .asUser(t.user)
          .post(`/api/v1/wallets/${w.id}/fund`)
          .set('Idempotency-Key', key)
          .send({ amount: 2 });
        expectProblem(res, 409, 'IDEMPOTENCY_KEY_IN_PROGRESS');
        expect(await balanceMinor(t, w.id)).toBe(0n);
        // The first request died (rolled back): its key was never stored, so a retry goes through.
        await holder.query('ROLLBACK');
        await holder.end();
        const retry = await impatient
          .asUser(t.user)
          .post(`/api/v1/wallets/${w.id}/fund`)
          .set('Idempotency-Key', key)
          .send({ amount: 2 });
        expect(retry.status).toBe(201);
        expect(await balanceMinor(t, w.id)).toBe(200n);
      } finally {
        await impatient.close();
      }
    });
  });
});
