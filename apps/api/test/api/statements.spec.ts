import { setTimeout as sleep } from 'node:timers/promises';
import type { TestApp } from '../support/app';
import { expectProblem, MISSING_ID } from '../support/problems';
import { useTestApp } from '../support/suite';
import { newWallet, seedFunds } from '../support/wallets';

const testApp = useTestApp();
let t: TestApp;
beforeAll(() => {
  t = testApp();
});

const fund = async (id: string, body: object) => {
  const res = await t.http.post(`/api/v1/wallets/${id}/fund`).send(body);
  expect(res.status).toBe(201);
  return res.body.transaction as { id: string; createdAt: string };
};
const before = (iso: string) => new Date(new Date(iso).getTime() - 1).toISOString();

describe('GET /api/v1/wallets/:id/balance?at=', () => {
  it('answers the balance after the newest entry at or before the moment, from the ledger', async () => {
    const wallet = await newWallet(t);
    const first = await fund(wallet.id, { amount: 10 });
    await sleep(5); // two distinct milliseconds, so "just before the second" is a moment of its own
    const second = await fund(wallet.id, { amount: '2.50' });
    const at = (q: string) => t.http.get(`/api/v1/wallets/${wallet.id}/balance?at=${encodeURIComponent(q)}`);

    expect((await at(before(first.createdAt))).body.balance).toBe(0);
    expect((await at(first.createdAt)).body).toEqual({
      walletId: wallet.id,
      currency: 'USD',
      at: first.createdAt,
      balance: 10,
    });
    expect((await at(before(second.createdAt))).body.balance).toBe(10);
    expect((await at(second.createdAt)).body.balance).toBe(12.5);
    // Before the wallet existed there is no entry: 0.
    expect((await at('2020-01-01')).body).toMatchObject({ balance: 0, at: '2020-01-01T23:59:59.999Z' });
    expect((await t.http.get(`/api/v1/wallets/${wallet.id}/balance`)).body.balance).toBe(12.5);
  });

  it('takes a date-time with an offset, and refuses what is not ISO 8601', async () => {
    const wallet = await newWallet(t, 'USD', 1);
    const res = await t.http.get(`/api/v1/wallets/${wallet.id}/balance?at=2999-01-01T10:00:00%2B02:00`);
    expect(res.body).toMatchObject({ at: '2999-01-01T08:00:00.000Z', balance: 1 });
    for (const bad of ['yesterday', '2026-02-30', '2026-13-01', '1700000000', '2026-11-27T25:00:00Z']) {
      expectProblem(
        await t.http.get(`/api/v1/wallets/${wallet.id}/balance?at=${bad}`),
        400,
        'VALIDATION_FAILED',
      );
    }
  });

  it("answers 404 for another user's wallet", async () => {
    const other = await t.newUser();
    const theirs = (await t.asUser(other).post('/api/v1/wallets').send({})).body.id;
    expectProblem(await t.http.get(`/api/v1/wallets/${theirs}/balance`), 404, 'WALLET_NOT_FOUND');
    expectProblem(await t.http.get(`/api/v1/wallets/${MISSING_ID}/balance`), 404, 'WALLET_NOT_FOUND');
  });
});

describe('GET /api/v1/wallets/:id/statement', () => {
  it('streams JSON: opening balance, the entries in the window oldest first, closing balance', async () => {
    const wallet = await newWallet(t);
    const first = await fund(wallet.id, { amount: 10 });
    await sleep(5);
    const second = await fund(wallet.id, { amount: 5, description: 'Second' });
    const other = await t.newUser();
    const theirs = await newWalletOf(other);
    await t.asUser(other).post(`/api/v1/wallets/${theirs}/fund`).send({ amount: 3 });
    await t
      .asUser(other)
      .post('/api/v1/wallets/transfer')
      .send({ sourceWalletId: theirs, destinationWalletId: wallet.id, amount: 3 });

    const res = await t.http.get(
      `/api/v1/wallets/${wallet.id}/statement?format=json&from=${encodeURIComponent(second.createdAt)}`,
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toMatchObject({
      walletId: wallet.id,
      currency: 'USD',
      from: second.createdAt,
      openingBalance: 10,
      closingBalance: 18,
    });
    expect(res.body.transactions.map((x: { amount: number }) => x.amount)).toEqual([5, 3]);
    expect(res.body.transactions[0]).toMatchObject({ id: second.id, description: 'Second' });
    // Money from another user's wallet never shows where it came from.
    expect(res.body.transactions[1]).toMatchObject({ type: 'TRANSFER_IN', sourceWalletId: null });
    expect(res.body.transactions.some((x: { id: string }) => x.id === first.id)).toBe(false);

    const whole = await t.http.get(`/api/v1/wallets/${wallet.id}/statement`);
    expect(whole.body).toMatchObject({ openingBalance: 0, closingBalance: 18 });
    expect(whole.body.transactions).toHaveLength(3);
  });

  it('streams CSV as a download, with opening and closing rows and safe text', async () => {
    const wallet = await newWallet(t, 'USD', 20);
    const to = await newWallet(t);
    await fund(wallet.id, { amount: '1.05', description: 'Rent, "March"', reference: 'r-1' });
    await fund(wallet.id, { amount: 1, description: '=HYPERLINK("x")' });
    await t.http
      .post('/api/v1/wallets/transfer')
      .send({ sourceWalletId: wallet.id, destinationWalletId: to.id, amount: '0.50' });

    const res = await t.http
      .get(`/api/v1/wallets/${wallet.id}/statement`)
      .set('Accept', 'text/csv')
      .buffer(true);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      new RegExp(
        `^attachment; filename="statement-${wallet.id}-\\d{4}-\\d{2}-\\d{2}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`,
      ),
    );
    const lines = res.text.split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe(
      'date,type,status,description,reference,amount,balance_after,transaction_id,refund_of',
    );
    expect(lines[1]).toMatch(/^[^,]+,OPENING_BALANCE,,,,,0\.00,,$/);
    // Each entry without its date (first) and id (next to last, before an empty refund_of), which differ per run.
    const middle = (line: string) => line.replace(/^[^,]+,/, '').replace(/,[0-9a-f-]{36},$/, '');
    expect(lines.slice(2, 6).map(middle)).toEqual([
      'FUND,SUCCESS,,,20.00,20.00',
      'FUND,SUCCESS,"Rent, ""March""",r-1,1.05,21.05',
      `FUND,SUCCESS,"'=HYPERLINK(""x"")",,1.00,22.05`,
      'TRANSFER_OUT,SUCCESS,,,-0.50,21.55',
    ]);
    expect(lines[6]).toMatch(/^[^,]+,CLOSING_BALANCE,,,,,21\.55,,$/);
    expect(lines).toHaveLength(7);
  });

  it('shows a refund as a refund on both sides: refund_of names the transfer it sends back', async () => {
    const payer = await newWallet(t, 'USD', 30);
    const bob = await t.newUser();
    const payee = (await t.asUser(bob).post('/api/v1/wallets').send({ currency: 'USD' })).body.id as string;
    const sent = await t.http
      .post('/api/v1/wallets/transfer')
      .send({ sourceWalletId: payer.id, destinationWalletId: payee, amount: '12.00' });
    expect(sent.status).toBe(201);
    const incoming = (await t.asUser(bob).get(`/api/v1/wallets/${payee}/transactions`)).body.data[0] as {
      id: string;
      transferId: string;
    };
    const refunded = await t
      .asUser(bob)
      .post(`/api/v1/transactions/${incoming.id}/refund`)
      .send({ amount: '5.00', description: 'Part back' });
    expect(refunded.status).toBe(201);

    const rows = async (as: typeof t.http, walletId: string) =>
      (await as.get(`/api/v1/wallets/${walletId}/statement?format=csv`).buffer(true)).text
        .split('\r\n')
        .slice(2, -2)
        .map((line) => line.split(','));
    // type, amount, refund_of of each entry; the original transfer itself is no refund.
    const pick = (fields: string[]) => [fields[1], fields[5], fields[8]];
    expect((await rows(t.asUser(bob), payee)).map(pick)).toEqual([
      ['TRANSFER_IN', '12.00', ''],
      ['TRANSFER_OUT', '-5.00', incoming.transferId],
    ]);
    expect((await rows(t.http, payer.id)).map(pick)).toEqual([
      ['FUND', '30.00', ''],
      ['TRANSFER_OUT', '-12.00', ''],
      ['TRANSFER_IN', '5.00', incoming.transferId],
    ]);
  });

  it('reads a long ledger page by page and lists every entry once', async () => {
    const wallet = await newWallet(t);
    await seedFunds(t, wallet.id, 1_234);
    const json = await t.http.get(`/api/v1/wallets/${wallet.id}/statement?format=json`);
    expect(json.body.transactions).toHaveLength(1_234);
    expect(new Set(json.body.transactions.map((x: { id: string }) => x.id)).size).toBe(1_234);
    expect(json.body).toMatchObject({ openingBalance: 0, closingBalance: 12.34 });
    const csv = await t.http.get(`/api/v1/wallets/${wallet.id}/statement?format=csv`).buffer(true);
    expect(csv.text.split('\r\n')).toHaveLength(1_234 + 4);
  });

  it('refuses a reversed or too long window, a bad format, and a wallet not yours', async () => {
    const wallet = await newWallet(t);
    const url = `/api/v1/wallets/${wallet.id}/statement`;
    expectProblem(await t.http.get(`${url}?from=2026-11-02&to=2026-11-01`), 400, 'VALIDATION_FAILED');
    expectProblem(await t.http.get(`${url}?from=2024-01-01&to=2026-01-01`), 400, 'VALIDATION_FAILED');
    expectProblem(await t.http.get(`${url}?format=pdf`), 400, 'VALIDATION_FAILED');
    expectProblem(await t.http.get(`${url}?from=soon`), 400, 'VALIDATION_FAILED');
    const res = await t.http.get(`/api/v1/wallets/${MISSING_ID}/statement`).set('Accept', 'text/csv');
    expectProblem(res, 404, 'WALLET_NOT_FOUND');
  });
});

async function newWalletOf(user: Awaited<ReturnType<TestApp['newUser']>>): Promise<string> {
  return (await t.asUser(user).post('/api/v1/wallets').send({})).body.id;
}
