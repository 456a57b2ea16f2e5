import type { TestApp } from '../support/app';
import { expectProblem } from '../support/problems';
import { useTestApp } from '../support/suite';
import { newWallet } from '../support/wallets';

const testApp = useTestApp();
let t: TestApp;
beforeAll(() => {
  t = testApp();
});

const fund = (id: string, body: object, key?: string) => {
  const req = t.http.post(`/api/v1/wallets/${id}/fund`);
  if (key) req.set('Idempotency-Key', key);
  return req.send(body);
};

describe('description and reference', () => {
  it('stores a trimmed memo and the reference on a FUND and shows them in every view', async () => {
    const wallet = await newWallet(t);
    const res = await fund(wallet.id, {
      amount: 10,
      description: '  Top-up for rent ',
      reference: 'inv:2026.11_A-7',
    });
    expect(res.status).toBe(201);
    expect(res.body.transaction).toMatchObject({
      description: 'Top-up for rent',
      reference: 'inv:2026.11_A-7',
    });
    const one = await t.http.get(`/api/v1/transactions/${res.body.transaction.id}`);
    expect(one.body).toMatchObject({ description: 'Top-up for rent', reference: 'inv:2026.11_A-7' });
    const detail = await t.http.get(`/api/v1/wallets/${wallet.id}`);
    expect(detail.body.transactions[0]).toMatchObject({ description: 'Top-up for rent' });
    const { rows } = await t.db.query('SELECT description, reference FROM transactions WHERE id = $1', [
      res.body.transaction.id,
    ]);
    expect(rows[0]).toEqual({ description: 'Top-up for rent', reference: 'inv:2026.11_A-7' });
  });

  it('leaves both null when not given', async () => {
    const wallet = await newWallet(t);
    const res = await fund(wallet.id, { amount: 1 });
    expect(res.body.transaction).toMatchObject({ description: null, reference: null });
  });

  it("puts the memo on both legs of a transfer and the reference only on the sender's", async () => {
    const a = await newWallet(t, 'USD', 50);
    const other = await t.newUser();
    const b = (await t.asUser(other).post('/api/v1/wallets').send({})).body;
    const res = await t.http.post('/api/v1/wallets/transfer').send({
      sourceWalletId: a.id,
      destinationWalletId: b.id,
      amount: 5,
      description: 'Pizza',
      reference: 'p-1',
    });
    expect(res.status).toBe(201);
    expect(res.body.transactions[0]).toMatchObject({
      type: 'TRANSFER_OUT',
      description: 'Pizza',
      reference: 'p-1',
    });
    const theirs = await t.asUser(other).get(`/api/v1/wallets/${b.id}/transactions`);
    expect(theirs.body.data[0]).toMatchObject({ type: 'TRANSFER_IN', description: 'Pizza', reference: null });
  });

  it('records the memo on a declined attempt', async () => {
    const a = await newWallet(t);
    const b = await newWallet(t);
    const res = await t.http
      .post('/api/v1/wallets/transfer')
      .send({ sourceWalletId: a.id, destinationWalletId: b.id, amount: 5, description: 'Too much' });
    expectProblem(res, 422, 'INSUFFICIENT_FUNDS');
    const failed = await t.http.get(`/api/v1/transactions/${res.body.transactionId}`);
    expect(failed.body).toMatchObject({ status: 'FAILED', description: 'Too much' });
  });

  it.each([
    ['empty description', { description: '' }, 'description'],
    ['blank description', { description: '   ' }, 'description'],
    ['long description', { description: 'x'.repeat(141) }, 'description'],
    ['control character', { description: 'a\u0007b' }, 'description'],
    ['numeric description', { description: 5 }, 'description'],
    ['null description', { description: null }, 'description'],
    ['empty reference', { reference: '' }, 'reference'],
    ['long reference', { reference: 'r'.repeat(65) }, 'reference'],
    ['reference with a space', { reference: 'a b' }, 'reference'],
    ['reference with a slash', { reference: 'a/b' }, 'reference'],
  ])('refuses a %s (400) and moves nothing', async (_label, extra, field) => {
    const wallet = await newWallet(t);
    const res = await fund(wallet.id, { amount: 1, ...extra });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
    expect((await t.http.get(`/api/v1/wallets/${wallet.id}`)).body.balance).toBe(0);
  });

  it('accepts the limits: 140 characters of memo and 64 of reference', async () => {
    const wallet = await newWallet(t);
    const res = await fund(wallet.id, { amount: 1, description: 'é'.repeat(140), reference: 'R'.repeat(64) });
    expect(res.status).toBe(201);
  });

  it('makes the memo and reference part of what an Idempotency-Key covers', async () => {
    const wallet = await newWallet(t);
    const first = await fund(wallet.id, { amount: 2, description: 'one' }, 'memo-key-1');
    expect(first.status).toBe(201);
    const replay = await fund(wallet.id, { amount: '2.00', description: ' one ' }, 'memo-key-1');
    expect(replay.status).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body.transaction.id).toBe(first.body.transaction.id);
    expectProblem(
      await fund(wallet.id, { amount: 2, description: 'two' }, 'memo-key-1'),
      422,
      'IDEMPOTENCY_KEY_REUSED',
    );
    expectProblem(await fund(wallet.id, { amount: 2 }, 'memo-key-1'), 422, 'IDEMPOTENCY_KEY_REUSED');
    expectProblem(
      await fund(wallet.id, { amount: 2, description: 'one', reference: 'x' }, 'memo-key-1'),
      422,
      'IDEMPOTENCY_KEY_REUSED',
    );
    expect((await t.http.get(`/api/v1/wallets/${wallet.id}`)).body.balance).toBe(2);
  });
});

describe('GET /api/v1/wallets/:id/transactions?q=', () => {
  let walletId: string;
  beforeAll(async () => {
    walletId = (await newWallet(t)).id;
    for (const [description, reference] of [
      ['Rent for March', 'r-1'],
      ['Coffee', 'INV-9'],
      ['50% off dinner', null],
      ['Reference lookalike inv-9', null],
      [null, 'rent'],
    ]) {
      const body = {
        amount: 1,
        ...(description ? { description } : {}),
        ...(reference ? { reference } : {}),
      };
      expect((await fund(walletId, body)).status).toBe(201);
    }
  });

  const search = (q: string, extra = '') =>
    t.http.get(`/api/v1/wallets/${walletId}/transactions?q=${encodeURIComponent(q)}${extra}`);
  const found = async (q: string) =>
    (await search(q)).body.data.map((row: { description: string | null; reference: string | null }) => [
      row.description,
      row.reference,
    ]);

  it('matches a substring of the description in any case, or the exact reference, newest first', async () => {
    expect(await found('rent')).toEqual([
      [null, 'rent'],
      ['Rent for March', 'r-1'],
    ]);
    // The reference is matched exactly, case and all; the description in any case.
    expect(await found('RENT')).toEqual([['Rent for March', 'r-1']]);
    expect(await found('INV-9')).toEqual([
      ['Reference lookalike inv-9', null],
      ['Coffee', 'INV-9'],
    ]);
    expect(await found('inv')).toEqual([['Reference lookalike inv-9', null]]);
  });

  it('treats LIKE wildcards as plain text', async () => {
    expect(await found('%')).toEqual([['50% off dinner', null]]);
    expect(await found('_')).toEqual([]);
  });

  it('pages through the matches', async () => {
    const first = await search('e', '&limit=2');
    expect(first.body.data).toHaveLength(2);
    const second = await search('e', `&limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.data.length).toBeGreaterThan(0);
    const ids = [...first.body.data, ...second.body.data].map((row: { id: string }) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses an empty or overlong query', async () => {
    expectProblem(await search(''), 400, 'VALIDATION_FAILED');
    expectProblem(await search('x'.repeat(141)), 400, 'VALIDATION_FAILED');
  });
});
