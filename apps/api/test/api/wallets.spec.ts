import { startTestApp, type TestApp } from '../support/app';
import { expectLedgerConsistent } from '../support/ledger';
import { expectProblem, MISSING_ID } from '../support/problems';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function walletCount(): Promise<number> {
  const { rows } = await t.db.query('SELECT COUNT(*)::int AS n FROM wallets');
  return rows[0].n;
}

describe('POST /api/v1/wallets', () => {
  it('creates a USD wallet with a zero balance by default', async () => {
    const res = await t.http.post('/api/v1/wallets').send({});
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.stringMatching(UUID),
      name: 'USD wallet',
      currency: 'USD',
      balance: 0,
      frozen: false,
      availableBalance: 0,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect(new Date(res.body.createdAt).toISOString()).toBe(res.body.createdAt);
  });

  it('accepts an empty body with no content type', async () => {
    const res = await t.http.post('/api/v1/wallets');
    expect(res.status).toBe(201);
    expect(res.body.currency).toBe('USD');
  });

  it('creates wallets in every listed currency, with a trimmed name', async () => {
    const currencies = (await t.http.get('/api/v1/currencies')).body as { code: string }[];
    for (const { code } of currencies) {
      const res = await t.http.post('/api/v1/wallets').send({ currency: code, name: `  ${code} pot ` });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ currency: code, name: `${code} pot`, balance: 0 });
    }
  });

  it.each([
    [{ currency: 'usd' }, 'currency'],
    [{ currency: 'XXX' }, 'currency'],
    [{ currency: 5 }, 'currency'],
    [{ name: '' }, 'name'],
    [{ name: '   ' }, 'name'],
    [{ name: 'x'.repeat(61) }, 'name'],
    [{ name: 'tab\there' }, 'name'],
    [{ name: 7 }, 'name'],
    [{ owner: 'me' }, 'owner'],
    [{ balance: 100 }, 'balance'],
  ])('rejects %j with 400 naming %s, creating nothing', async (body, field) => {
    const before = await walletCount();
    const res = await t.http.post('/api/v1/wallets').send(body);
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(await walletCount()).toBe(before);
  });

  it.each([
    ['malformed JSON', '{"currency": "USD"', 'application/json'],
    ['a JSON array', '[1,2]', 'application/json'],
    ['a JSON string', '"USD"', 'application/json'],
    ['JSON null', 'null', 'application/json'],
    ['a form body', 'currency=USD', 'application/x-www-form-urlencoded'],
    ['plain text', 'hello', 'text/plain'],
    ['duplicate keys', '{"name":"a","name":"b"}', 'application/json'],
  ])('rejects %s with 400', async (_label, payload, type) => {
    const before = await walletCount();
    const res = await t.http.post('/api/v1/wallets').set('Content-Type', type).send(payload);
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(await walletCount()).toBe(before);
  });

  it('answers 413 for a body over 100 kB', async () => {
    const res = await t.http
      .post('/api/v1/wallets')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ name: 'x'.repeat(101_000) }));
    expectProblem(res, 413, 'PAYLOAD_TOO_LARGE');
  });
});

describe('GET /api/v1/wallets', () => {
  it('pages through every wallet exactly once, oldest first', async () => {
    for (let i = 0; i < 5; i++) await t.http.post('/api/v1/wallets').send({ name: `page ${i}` });
    const total = await walletCount();
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: { status: number; body: { data: { id: string }[]; nextCursor: string | null } } =
        await t.http.get('/api/v1/wallets').query({ limit: 2, ...(cursor ? { cursor } : {}) });
      expect(res.status).toBe(200);
      expect(res.body.data.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.data.map((w) => w.id));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 100);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const { rows } = await t.db.query('SELECT id FROM wallets ORDER BY seq');
    expect(seen).toEqual(rows.map((r: { id: string }) => r.id));
  });

  it('defaults to 20 per page', async () => {
    for (let i = 0; i < 22; i++) await t.http.post('/api/v1/wallets').send({});
    const res = await t.http.get('/api/v1/wallets');
    expect(res.body.data).toHaveLength(20);
    expect(res.body.nextCursor).toEqual(expect.any(String));
  });

  it.each([
    [{ limit: '0' }],
    [{ limit: '101' }],
    [{ limit: 'ten' }],
    [{ limit: '-1' }],
    [{ limit: '1.5' }],
    [{ cursor: 'not a cursor!' }],
    [{ cursor: 'AAAA' }],
    [{ sort: 'name' }],
  ])('rejects the query %j with 400', async (query) => {
    expectProblem(await t.http.get('/api/v1/wallets').query(query), 400, 'VALIDATION_FAILED');
  });
});

describe('GET /api/v1/wallets/:id', () => {
  it('returns the wallet with its newest 20 transactions, newest first', async () => {
    const id = (await t.http.post('/api/v1/wallets').send({ name: 'history' })).body.id;
    for (let i = 1; i <= 23; i++) {
      expect((await t.http.post(`/api/v1/wallets/${id}/fund`).send({ amount: i })).status).toBe(201);
    }
    const res = await t.http.get(`/api/v1/wallets/${id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, name: 'history', currency: 'USD', balance: (23 * 24) / 2 });
    expect(res.body.transactions).toHaveLength(20);
    expect(res.body.transactions.map((x: { amount: number }) => x.amount)).toEqual(
      Array.from({ length: 20 }, (_, i) => 23 - i),
    );
    await expectLedgerConsistent(t.db);
  });

  it('accepts an upper-case UUID', async () => {
    const id = (await t.http.post('/api/v1/wallets').send({})).body.id as string;
    const res = await t.http.get(`/api/v1/wallets/${id.toUpperCase()}`);
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(id);
  });

  it('answers 404 WALLET_NOT_FOUND for an unknown id and 400 for a malformed one', async () => {
    expectProblem(await t.http.get(`/api/v1/wallets/${MISSING_ID}`), 404, 'WALLET_NOT_FOUND');
    expectProblem(await t.http.get('/api/v1/wallets/12345'), 400, 'VALIDATION_FAILED');
    expectProblem(await t.http.get("/api/v1/wallets/' OR 1=1 --"), 400, 'VALIDATION_FAILED');
  });
});

describe('the rest of the surface', () => {
  it('lists the currencies with exponents and exact limits', async () => {
    const res = await t.http.get('/api/v1/currencies');
    expect(res.status).toBe(200);
    const byCode = Object.fromEntries((res.body as { code: string }[]).map((c) => [c.code, c]));
    expect(Object.keys(byCode)).toEqual(expect.arrayContaining(['USD', 'EUR', 'GBP', 'NGN', 'JPY', 'KWD']));
    expect(byCode.USD).toEqual({
      code: 'USD',
      exponent: 2,
      maxAmount: 1000000,
      maxBalance: 9999999999999.99,
    });
    expect(byCode.JPY).toMatchObject({ exponent: 0 });
    expect(byCode.KWD).toMatchObject({ exponent: 3, maxBalance: 999999999999.999 });
  });

  it('answers health checks', async () => {
    expect((await t.http.get('/api/health/live')).body).toEqual({ status: 'ok' });
    const ready = await t.http.get('/api/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ok' });
  });

  it('answers unknown routes and methods with 404 problem+json', async () => {
    expectProblem(await t.http.get('/nope'), 404, 'NOT_FOUND');
    expectProblem(await t.http.delete('/api/v1/wallets'), 404, 'NOT_FOUND');
    expectProblem(await t.http.get('/api/v2/wallets'), 404, 'NOT_FOUND');
  });

  it('echoes a request id, or makes one', async () => {
    const given = await t.http.get('/api/health/live').set('X-Request-Id', 'trace-123');
    expect(given.headers['x-request-id']).toBe('trace-123');
    const made = await t.http.get('/api/health/live');
    expect(made.headers['x-request-id']).toMatch(UUID);
  });

  it('serves the OpenAPI document with schemas and error codes, and Swagger UI', async () => {
    const res = await t.http.get('/api/docs-json');
    expect(res.status).toBe(200);
    const doc = res.body;
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/v1/wallets',
      '/api/v1/wallets/{id}',
      '/api/v1/wallets/{id}/fund',
      '/api/v1/wallets/transfer',
      '/api/v1/wallets/{id}/transactions',
      '/api/v1/transactions/{id}',
      '/api/v1/currencies',
    ]) {
      expect(doc.paths[path]).toBeDefined();
    }
    for (const name of [
      'Wallet',
      'Transaction',
      'TransferRequest',
      'FundRequest',
      'Problem',
      'TransferResult',
    ]) {
      expect(doc.components.schemas[name]).toBeDefined();
    }
    expect(doc.components.schemas.TransferRequest.required).toEqual(
      expect.arrayContaining(['sourceWalletId', 'destinationWalletId', 'amount']),
    );
    const transfer = doc.paths['/api/v1/wallets/transfer'].post;
    expect(Object.keys(transfer.responses)).toEqual(expect.arrayContaining(['201', '400', '404', '422']));
    expect(transfer.responses['422'].description).toContain('INSUFFICIENT_FUNDS');
    expect(transfer.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Idempotency-Key' })]),
    );
    const ui = await t.http.get('/api/docs');
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger');
  });
});
