import { randomUUID } from 'node:crypto';
import { PATIENT_DATABASE, startTestApp, type TestApp } from '../support/app';
import { expectLedgerConsistent } from '../support/ledger';
import { balanceMinor, newWallet } from '../support/wallets';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ ...PATIENT_DATABASE, DB_POOL_SIZE: '20' });
});
afterAll(async () => {
  await t.close();
});

describe('under concurrency', () => {
  it('lets exactly the affordable debits through when many race for one balance', async () => {
    const source = await newWallet(t, 'USD', 100);
    const sinks = await Promise.all(Array.from({ length: 4 }, () => newWallet(t)));
    // 60 parallel transfers of 7.00 against 100.00: exactly 14 fit (98.00), 46 are declined.
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        t.http
          .post('/api/v1/wallets/transfer')
          .send({ sourceWalletId: source.id, destinationWalletId: sinks[i % 4]?.id, amount: 7 }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(14);
    expect(statuses.filter((s) => s === 422)).toHaveLength(46);
    expect(results.filter((r) => r.status === 422).every((r) => r.body.code === 'INSUFFICIENT_FUNDS')).toBe(
      true,
    );
    expect(await balanceMinor(t, source.id)).toBe(200n);
    await expectLedgerConsistent(t.db);
  });

  it('does not deadlock on transfers in opposite directions', async () => {
    const a = await newWallet(t, 'USD', 1000);
    const b = await newWallet(t, 'USD', 1000);
    const results = await Promise.all(
      Array.from({ length: 80 }, (_, i) =>
        t.http
          .post('/api/v1/wallets/transfer')
          .send(
            i % 2
              ? { sourceWalletId: a.id, destinationWalletId: b.id, amount: 3 }
              : { sourceWalletId: b.id, destinationWalletId: a.id, amount: 5 },
          ),
      ),
    );
    expect(results.map((r) => r.status).every((s) => s === 201)).toBe(true);
    expect(await balanceMinor(t, a.id)).toBe(100000n + 40n * 200n);
    expect(await balanceMinor(t, b.id)).toBe(100000n - 40n * 200n);
    await expectLedgerConsistent(t.db);
  });

  it('keeps the bank balanced: hundreds of random parallel transfers among a dozen wallets', async () => {
    const wallets = await Promise.all(Array.from({ length: 12 }, (_, i) => newWallet(t, 'USD', 50 + i)));
    const ids = wallets.map((w) => w.id);
    const totalBefore = wallets.reduce((sum, w) => sum + BigInt(Math.round(w.balance * 100)), 0n);
    // A seeded generator keeps the run reproducible.
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const transfers = Array.from({ length: 400 }, () => {
      const from = Math.floor(random() * 12);
      const to = (from + 1 + Math.floor(random() * 11)) % 12;
      const cents = 1 + Math.floor(random() * 2500);
      return { sourceWalletId: ids[from], destinationWalletId: ids[to], amount: (cents / 100).toFixed(2) };
    });
    const results = await Promise.all(
      transfers.map((body) => t.http.post('/api/v1/wallets/transfer').send(body)),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.every((s) => s === 201 || s === 422)).toBe(true);
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThan(100);
    const { rows } = await t.db.query(
      'SELECT SUM(balance_minor)::text AS total, MIN(balance_minor)::text AS lowest FROM wallets WHERE id = ANY($1::uuid[])',
      [ids],
    );
    expect(BigInt(rows[0].total)).toBe(totalBefore);
    expect(BigInt(rows[0].lowest)).toBeGreaterThanOrEqual(0n);
    await expectLedgerConsistent(t.db);
  });

  it('stays correct with two API processes on one database', async () => {
    const second = await startTestApp(
      { ...PATIENT_DATABASE, DB_POOL_SIZE: '10' },
      { databaseUrl: t.databaseUrl },
    );
    try {
      const source = await newWallet(t, 'USD', 50);
      const sink = await newWallet(t);
      const viaSecond = second.asUser(t.user);
      const server = (i: number) => (i % 2 === 0 ? t.http : viaSecond);
      // 40 debits of 2.00 against 50.00, spread over both processes: exactly 25 fit.
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          server(i)
            .post('/api/v1/wallets/transfer')
            .send({ sourceWalletId: source.id, destinationWalletId: sink.id, amount: 2 }),
        ),
      );
      expect(results.filter((r) => r.status !== 201 && r.status !== 422).map((r) => r.text)).toEqual([]);
      expect(results.filter((r) => r?.status === 201)).toHaveLength(25);
      // One Idempotency-Key sent to both processes at once still moves money once.
      await t.http.post(`/api/v1/wallets/${sink.id}/fund`).send({ amount: 1 });
      const key = randomUUID();
      const keyed = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          server(i).post(`/api/v1/wallets/${sink.id}/fund`).set('Idempotency-Key', key).send({ amount: 3 }),
        ),
      );
      expect(keyed.every((r) => r?.status === 201 || r?.status === 409)).toBe(true);
      expect(await balanceMinor(t, sink.id)).toBe(5000n + 100n + 300n);
      await expectLedgerConsistent(t.db);
    } finally {
      await second.close();
    }
  });
});
