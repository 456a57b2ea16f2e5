import pg from 'pg';
import type { TestApp } from '../support/app';
import { expectProblem, MISSING_ID } from '../support/problems';
import { useTestApp } from '../support/suite';
import { balanceMinor, ledgerCount, newWallet, seedBalance } from '../support/wallets';

const testApp = useTestApp();
let t: TestApp;
beforeAll(() => {
  t = testApp();
});

const fund = (id: string, amount: unknown) => t.http.post(`/api/v1/wallets/${id}/fund`).send({ amount });
const transfer = (sourceWalletId: string, destinationWalletId: string, amount: unknown) =>
  t.http.post('/api/v1/wallets/transfer').send({ sourceWalletId, destinationWalletId, amount });

describe('POST /api/v1/wallets/:id/fund', () => {
  it('credits exactly, records a FUND entry, and returns both', async () => {
    const w = await newWallet(t);
    const res = await fund(w.id, 100.5);
    expect(res.status).toBe(201);
    expect(res.body.wallet).toMatchObject({ id: w.id, balance: 100.5 });
    expect(res.body.transaction).toMatchObject({
      walletId: w.id,
      type: 'FUND',
      status: 'SUCCESS',
      amount: 100.5,
      currency: 'USD',
      balanceBefore: 0,
      balanceAfter: 100.5,
      sourceWalletId: null,
      destinationWalletId: null,
      transferId: null,
      failureCode: null,
    });
    expect(await balanceMinor(t, w.id)).toBe(10050n);
  });

  it('adds 0.1 and 0.2 to exactly 0.3', async () => {
    const w = await newWallet(t);
    await fund(w.id, 0.1);
    const res = await fund(w.id, '0.2');
    expect(res.body.wallet.balance).toBe(0.3);
    expect(await balanceMinor(t, w.id)).toBe(30n);
  });

  it('follows the currency exponent: whole yen, three-decimal dinars', async () => {
    const yen = await newWallet(t, 'JPY');
    expect((await fund(yen.id, 1500)).body.wallet.balance).toBe(1500);
    expectProblem(await fund(yen.id, 1.5), 400, 'VALIDATION_FAILED');
    const dinar = await newWallet(t, 'KWD');
    expect((await fund(dinar.id, '1.234')).body.wallet.balance).toBe(1.234);
    expectProblem(await fund(dinar.id, '1.2345'), 400, 'VALIDATION_FAILED');
    expect(await balanceMinor(t, dinar.id)).toBe(1234n);
  });

  it.each([
    [0],
    [-5],
    ['-5'],
    ['0'],
    [1.005],
    ['10.001'],
    ['1e3'],
    ['0x10'],
    [' 5'],
    ['+5'],
    ['abc'],
    [''],
    [null],
    [true],
    [[5]],
    [{ value: 5 }],
    ['1000000.01'],
    [1000001],
  ])('rejects the amount %j with 400 and moves nothing', async (amount) => {
    const w = await newWallet(t, 'USD', 10);
    const res = await fund(w.id, amount);
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'amount' })]);
    expect(await balanceMinor(t, w.id)).toBe(1000n);
    expect(await ledgerCount(t, w.id)).toBe(1);
  });

  it('rejects a JSON number in exponent notation, which a float parser could not tell from 1000', async () => {
    const w = await newWallet(t);
    const res = await t.http
      .post(`/api/v1/wallets/${w.id}/fund`)
      .set('Content-Type', 'application/json')
      .send('{"amount": 1e3}');
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(await balanceMinor(t, w.id)).toBe(0n);
  });

  it('rejects a missing amount and unknown fields', async () => {
    const w = await newWallet(t);
    expectProblem(await t.http.post(`/api/v1/wallets/${w.id}/fund`).send({}), 400, 'VALIDATION_FAILED');
    expectProblem(await t.http.post(`/api/v1/wallets/${w.id}/fund`), 400, 'VALIDATION_FAILED');
    expectProblem(
      await t.http.post(`/api/v1/wallets/${w.id}/fund`).send({ amount: 5, currency: 'USD' }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('accepts the maximum amount and declines a credit past maxBalance as a recorded FAILED entry', async () => {
    const w = await newWallet(t, 'JPY');
    // JPY: maxAmount 100,000,000; maxBalance 999,999,999,999,999. Seed near the limit directly.
    await seedBalance(t, w.id, 999999999999000n);
    const res = await fund(w.id, 1000);
    expectProblem(res, 422, 'BALANCE_LIMIT_EXCEEDED');
    expect(res.body.transactionId).toEqual(expect.any(String));
    const failed = await t.http.get(`/api/v1/transactions/${res.body.transactionId}`);
    expect(failed.body).toMatchObject({
      type: 'FUND',
      status: 'FAILED',
      failureCode: 'BALANCE_LIMIT_EXCEEDED',
      amount: 1000,
      balanceBefore: 999999999999000,
      balanceAfter: 999999999999000,
    });
    const ok = await fund(w.id, 999);
    expect(ok.status).toBe(201);
    expect(ok.body.wallet.balance).toBe(999999999999999);
  });

  it('answers 404 for an unknown wallet and 400 for a malformed id', async () => {
    expectProblem(await fund(MISSING_ID, 5), 404, 'WALLET_NOT_FOUND');
    expectProblem(await fund('not-a-uuid', 5), 400, 'VALIDATION_FAILED');
  });
});

describe('POST /api/v1/wallets/transfer', () => {
  it('moves money atomically and returns both wallets and both legs', async () => {
    const a = await newWallet(t, 'USD', 100);
    const b = await newWallet(t, 'USD', 5);
    const res = await transfer(a.id, b.id, '30.25');
    expect(res.status).toBe(201);
    expect(res.body.sourceWallet).toMatchObject({ id: a.id, balance: 69.75 });
    expect(res.body.destinationWallet).toMatchObject({ id: b.id, balance: 35.25 });
    const [out, into] = res.body.transactions;
    expect(out).toMatchObject({
      walletId: a.id,
      type: 'TRANSFER_OUT',
      status: 'SUCCESS',
      amount: 30.25,
      balanceBefore: 100,
      balanceAfter: 69.75,
      sourceWalletId: a.id,
      destinationWalletId: b.id,
    });
    expect(into).toMatchObject({
      walletId: b.id,
      type: 'TRANSFER_IN',
      status: 'SUCCESS',
      amount: 30.25,
      balanceBefore: 5,
      balanceAfter: 35.25,
      sourceWalletId: a.id,
      destinationWalletId: b.id,
    });
    expect(out.transferId).toEqual(expect.any(String));
    expect(into.transferId).toBe(out.transferId);
  });

  it('can empty a wallet to exactly zero', async () => {
    const a = await newWallet(t, 'USD', '0.01');
    const b = await newWallet(t);
    expect((await transfer(a.id, b.id, 0.01)).status).toBe(201);
    expect(await balanceMinor(t, a.id)).toBe(0n);
  });

  it('declines an overdraft with 422, records a FAILED TRANSFER_OUT and changes no balance', async () => {
    const a = await newWallet(t, 'USD', 10);
    const b = await newWallet(t);
    const res = await transfer(a.id, b.id, '10.01');
    expectProblem(res, 422, 'INSUFFICIENT_FUNDS');
    expect(res.body.detail).toContain('10.00 USD');
    expect(await balanceMinor(t, a.id)).toBe(1000n);
    expect(await balanceMinor(t, b.id)).toBe(0n);
    const history = await t.http.get(`/api/v1/wallets/${a.id}/transactions`);
    expect(history.body.data[0]).toMatchObject({
      id: res.body.transactionId,
      type: 'TRANSFER_OUT',
      status: 'FAILED',
      failureCode: 'INSUFFICIENT_FUNDS',
      amount: 10.01,
      balanceBefore: 10,
      balanceAfter: 10,
      destinationWalletId: b.id,
      transferId: null,
    });
    expect(await ledgerCount(t, b.id)).toBe(0);
  });

  it('declines transfers between currencies', async () => {
    const usd = await newWallet(t, 'USD', 10);
    const eur = await newWallet(t, 'EUR');
    const res = await transfer(usd.id, eur.id, 1);
    expectProblem(res, 422, 'CURRENCY_MISMATCH');
    expect(await balanceMinor(t, usd.id)).toBe(1000n);
    expect(await ledgerCount(t, eur.id)).toBe(0);
  });

  it('declines a credit that would pass the destination maxBalance', async () => {
    const a = await newWallet(t, 'JPY', 100);
    const b = await newWallet(t, 'JPY');
    await seedBalance(t, b.id, 999999999999950n);
    expectProblem(await transfer(a.id, b.id, 100), 422, 'BALANCE_LIMIT_EXCEEDED');
    expect(await balanceMinor(t, a.id)).toBe(100n);
    expect((await transfer(a.id, b.id, 49)).status).toBe(201);
  });

  it('refuses a transfer to the same wallet with 400, recording nothing', async () => {
    const a = await newWallet(t, 'USD', 10);
    expectProblem(await transfer(a.id, a.id, 1), 400, 'SAME_WALLET_TRANSFER');
    expectProblem(await transfer(a.id, a.id.toUpperCase(), 1), 400, 'SAME_WALLET_TRANSFER');
    expect(await ledgerCount(t, a.id)).toBe(1);
  });

  it('answers 404 when either wallet is missing, and moves nothing', async () => {
    const a = await newWallet(t, 'USD', 10);
    expectProblem(await transfer(a.id, MISSING_ID, 1), 404, 'WALLET_NOT_FOUND');
    expectProblem(await transfer(MISSING_ID, a.id, 1), 404, 'WALLET_NOT_FOUND');
    expect(await balanceMinor(t, a.id)).toBe(1000n);
  });

  it.each([
    [{ destinationWalletId: MISSING_ID, amount: 1 }],
    [{ sourceWalletId: 'abc', destinationWalletId: MISSING_ID, amount: 1 }],
    [{ sourceWalletId: MISSING_ID, destinationWalletId: MISSING_ID.replace('0000-4', '0000-5'), amount: -1 }],
    [
      {
        sourceWalletId: MISSING_ID,
        destinationWalletId: MISSING_ID.replace('0000-4', '0000-5'),
        amount: 1,
        note: 'x',
      },
    ],
  ])('rejects the malformed body %j with 400', async (body) => {
    expectProblem(await t.http.post('/api/v1/wallets/transfer').send(body), 400, 'VALIDATION_FAILED');
  });

  it('rejects an amount with more decimals than the source currency allows', async () => {
    const a = await newWallet(t, 'JPY', 100);
    const b = await newWallet(t, 'JPY');
    expectProblem(await transfer(a.id, b.id, '1.5'), 400, 'VALIDATION_FAILED');
    expect(await ledgerCount(t, a.id)).toBe(1);
  });
});

describe('history', () => {
  it('pages a long history newest first without gaps, and filters by type', async () => {
    const a = await newWallet(t, 'USD', 1000);
    const b = await newWallet(t);
    for (let i = 1; i <= 12; i++) expect((await transfer(a.id, b.id, i)).status).toBe(201);
    await fund(a.id, 1);
    const all: { type: string; amount: number }[] = [];
    let cursor: string | null = null;
    do {
      const res: {
        status: number;
        body: { data: { type: string; amount: number }[]; nextCursor: string | null };
      } = await t.http
        .get(`/api/v1/wallets/${a.id}/transactions`)
        .query({ limit: 5, ...(cursor ? { cursor } : {}) });
      expect(res.status).toBe(200);
      all.push(...res.body.data);
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(all).toHaveLength(14);
    expect(all[0]).toMatchObject({ type: 'FUND', amount: 1 });
    expect(all.slice(1, 13).map((x) => x.amount)).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(all[13]).toMatchObject({ type: 'FUND', amount: 1000 });

    const ins = await t.http
      .get(`/api/v1/wallets/${b.id}/transactions`)
      .query({ type: 'TRANSFER_IN', limit: 100 });
    expect(ins.body.data).toHaveLength(12);
    expect(ins.body.nextCursor).toBeNull();
    const funds = await t.http.get(`/api/v1/wallets/${b.id}/transactions`).query({ type: 'FUND' });
    expect(funds.body.data).toEqual([]);
  });

  it('rejects bad history queries and unknown wallets', async () => {
    const a = await newWallet(t);
    expectProblem(
      await t.http.get(`/api/v1/wallets/${a.id}/transactions`).query({ type: 'REFUND' }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await t.http.get(`/api/v1/wallets/${a.id}/transactions`).query({ limit: 1000 }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(await t.http.get(`/api/v1/wallets/${MISSING_ID}/transactions`), 404, 'WALLET_NOT_FOUND');
  });

  it('finds one transaction by id', async () => {
    const a = await newWallet(t);
    const funded = await fund(a.id, 3);
    const res = await t.http.get(`/api/v1/transactions/${funded.body.transaction.id}`);
    expect(res.status).toBe(200);
    // The movement's own answer, and the other side named (a funding has none).
    const { counterparty, ...entry } = res.body;
    expect(entry).toEqual(funded.body.transaction);
    expect(counterparty).toBeNull();
    expectProblem(await t.http.get(`/api/v1/transactions/${MISSING_ID}`), 404, 'TRANSACTION_NOT_FOUND');
    expectProblem(await t.http.get('/api/v1/transactions/xyz'), 400, 'VALIDATION_FAILED');
  });
});

describe('the database itself', () => {
  it('refuses to edit or delete ledger entries', async () => {
    const a = await newWallet(t, 'USD', 5);
    await expect(
      t.db.query('UPDATE transactions SET amount_minor = 1 WHERE wallet_id = $1', [a.id]),
    ).rejects.toThrow(/append-only/);
    await expect(t.db.query('DELETE FROM transactions WHERE wallet_id = $1', [a.id])).rejects.toThrow(
      /append-only/,
    );
  });

  it('refuses a negative balance and a ledger row whose arithmetic is wrong', async () => {
    const a = await newWallet(t);
    await expect(t.db.query('UPDATE wallets SET balance_minor = -1 WHERE id = $1', [a.id])).rejects.toThrow(
      /wallets_balance_not_negative/,
    );
    await expect(
      t.db.query(
        `INSERT INTO transactions (wallet_id, type, status, amount_minor, currency, balance_before_minor, balance_after_minor)
         VALUES ($1, 'FUND', 'SUCCESS', 5, 'USD', 0, 6)`,
        [a.id],
      ),
    ).rejects.toThrow(/transactions_balance_arithmetic/);
  });
});

describe('time and order', () => {
  it('stamps a movement when it is written, after any lock it waited for, so time follows the ledger', async () => {
    const w = await newWallet(t, 'USD', 1);
    const holder = new pg.Client({ connectionString: t.databaseUrl });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM wallets WHERE id = $1 FOR UPDATE', [w.id]);
    const pending = fund(w.id, 2).then((res) => res);
    // Wait until the fund is queued behind the lock, then note the time and let it through.
    for (let i = 0; i < 200; i++) {
      const { rows } = await t.db.query(
        "SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()",
      );
      if (rows[0].n > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const released = (await holder.query('SELECT clock_timestamp() AS at')).rows[0].at as Date;
    await holder.query('COMMIT');
    await holder.end();
    const res = await pending;
    expect(res.status).toBe(201);
    expect(new Date(res.body.transaction.createdAt).getTime()).toBeGreaterThanOrEqual(released.getTime());
  });
});
