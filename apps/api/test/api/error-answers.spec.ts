import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TestApp } from '../support/app';
import { MISSING_ID } from '../support/problems';
import { useTestApp } from '../support/suite';
import { newWallet } from '../support/wallets';

/**
 * Every refused request's exact answer (status, code, detail, field errors), pinned in a fixture so a
 * change of validation library or layering cannot quietly change what integrators read. Ids that differ
 * per run are replaced by placeholders. Set UPDATE_ERROR_ANSWERS=1 to rewrite the fixture on purpose.
 */
const FIXTURE = path.join(__dirname, '..', 'fixtures', 'error-answers.json');

const testApp = useTestApp();
let t: TestApp;
let usd: string;
let eur: string;
let poor: string;
/** A transfer of 5 USD between two other wallets: its legs, for the refund refusals. */
let received: { id: string; outId: string };

type Call = [label: string, run: () => Promise<{ status: number; body: unknown }>];

const post = (url: string, body?: unknown) => () => t.http.post(url).send(body as object);
const raw =
  (url: string, text: string, type = 'application/json') =>
  () =>
    t.http.post(url).set('Content-Type', type).send(text);
const get = (url: string) => () => t.http.get(url);

function calls(): Call[] {
  const wallets = '/api/v1/wallets';
  const fund = (id: string) => `${wallets}/${id}/fund`;
  const transfer = `${wallets}/transfer`;
  const signup = '/api/v1/auth/signup';
  const amounts: unknown[] = [0, -5, '-5', '1.005', '10.001', '1e3', '0x10', ' 5', '+5', 'abc', '', null];
  return [
    ['create: lowercase currency', post(wallets, { currency: 'usd' })],
    ['create: unknown currency', post(wallets, { currency: 'XXX' })],
    ['create: numeric currency', post(wallets, { currency: 5 })],
    ['create: empty name', post(wallets, { name: '' })],
    ['create: blank name', post(wallets, { name: '   ' })],
    ['create: long name', post(wallets, { name: 'x'.repeat(61) })],
    ['create: control character', post(wallets, { name: 'tab\there' })],
    ['create: numeric name', post(wallets, { name: 7 })],
    ['create: unknown field', post(wallets, { owner: 'me' })],
    ['create: two unknown fields', post(wallets, { owner: 'me', balance: 5 })],
    ['create: array body', post(wallets, [1, 2])],
    ['create: string body', raw(wallets, '"USD"')],
    ['create: bad JSON', raw(wallets, '{"currency":')],
    ['create: not JSON', raw(wallets, 'currency=USD', 'application/x-www-form-urlencoded')],
    ...amounts.map((amount): Call => [`fund: amount ${JSON.stringify(amount)}`, post(fund(usd), { amount })]),
    ['fund: amount true', post(fund(usd), { amount: true })],
    ['fund: amount array', post(fund(usd), { amount: [5] })],
    ['fund: amount object', post(fund(usd), { amount: { value: 5 } })],
    ['fund: amount over max', post(fund(usd), { amount: '1000000.01' })],
    ['fund: yen decimals', post(fund(eur), { amount: '1.5' })],
    ['fund: no amount', post(fund(usd), {})],
    ['fund: no body', post(fund(usd))],
    ['fund: extra field', post(fund(usd), { amount: 5, note: 'x' })],
    ['fund: bad path id', post(`${wallets}/not-a-uuid/fund`, { amount: 5 })],
    ['fund: missing wallet', post(fund(MISSING_ID), { amount: 5 })],
    ['transfer: empty', post(transfer, {})],
    ['transfer: bad ids', post(transfer, { sourceWalletId: 'a', destinationWalletId: 'b', amount: 5 })],
    ['transfer: same wallet', post(transfer, { sourceWalletId: usd, destinationWalletId: usd, amount: 5 })],
    ['transfer: numeric id', post(transfer, { sourceWalletId: 5, destinationWalletId: usd, amount: 5 })],
    [
      'transfer: bad amount',
      post(transfer, { sourceWalletId: usd, destinationWalletId: poor, amount: '1e2' }),
    ],
    [
      'transfer: too many decimals',
      post(transfer, { sourceWalletId: usd, destinationWalletId: poor, amount: '0.001' }),
    ],
    [
      'transfer: insufficient',
      post(transfer, { sourceWalletId: poor, destinationWalletId: usd, amount: 50 }),
    ],
    ['transfer: currencies', post(transfer, { sourceWalletId: usd, destinationWalletId: eur, amount: 1 })],
    [
      'transfer: no source',
      post(transfer, { sourceWalletId: MISSING_ID, destinationWalletId: usd, amount: 1 }),
    ],
    [
      'transfer: no destination',
      post(transfer, { sourceWalletId: usd, destinationWalletId: MISSING_ID, amount: 1 }),
    ],
    ['fund: empty description', post(fund(usd), { amount: 1, description: ' ' })],
    ['fund: long description', post(fund(usd), { amount: 1, description: 'x'.repeat(141) })],
    ['fund: control character in description', post(fund(usd), { amount: 1, description: 'a\nb' })],
    ['fund: bad reference', post(fund(usd), { amount: 1, reference: 'order #1' })],
    ['fund: long reference', post(fund(usd), { amount: 1, reference: 'r'.repeat(65) })],
    [
      'transfer: numeric description',
      post(transfer, { sourceWalletId: usd, destinationWalletId: poor, amount: 1, description: 5 }),
    ],
    ['history: empty search', get(`${wallets}/${usd}/transactions?q=`)],
    ['history: long search', get(`${wallets}/${usd}/transactions?q=${'x'.repeat(141)}`)],
    ['refund: missing', post(`/api/v1/transactions/${MISSING_ID}/refund`, {})],
    ['refund: bad id', post('/api/v1/transactions/nope/refund', {})],
    ['refund: outgoing leg', post(`/api/v1/transactions/${received.outId}/refund`, {})],
    ['refund: too much', post(`/api/v1/transactions/${received.id}/refund`, { amount: '5.01' })],
    ['refund: too many decimals', post(`/api/v1/transactions/${received.id}/refund`, { amount: '0.001' })],
    ['refund: unknown field', post(`/api/v1/transactions/${received.id}/refund`, { to: usd })],
    ['balance: bad at', get(`${wallets}/${usd}/balance?at=2026-02-30`)],
    ['balance: missing wallet', get(`${wallets}/${MISSING_ID}/balance`)],
    ['statement: reversed window', get(`${wallets}/${usd}/statement?from=2026-11-02&to=2026-11-01`)],
    ['statement: window too long', get(`${wallets}/${usd}/statement?from=2024-01-01&to=2026-01-01`)],
    ['statement: bad format', get(`${wallets}/${usd}/statement?format=pdf`)],
    ['list: limit 0', get(`${wallets}?limit=0`)],
    ['list: limit 101', get(`${wallets}?limit=101`)],
    ['list: limit x', get(`${wallets}?limit=x`)],
    ['list: limit twice', get(`${wallets}?limit=1&limit=2`)],
    ['list: bad cursor', get(`${wallets}?cursor=!!`)],
    ['list: forged cursor', get(`${wallets}?cursor=YWJj`)],
    ['list: unknown query', get(`${wallets}?sort=name`)],
    ['get: bad id', get(`${wallets}/123`)],
    ['get: missing', get(`${wallets}/${MISSING_ID}`)],
    ['history: bad type', get(`${wallets}/${usd}/transactions?type=GIFT`)],
    ['history: bad limit', get(`${wallets}/${usd}/transactions?limit=-1`)],
    ['transaction: bad id', get('/api/v1/transactions/xyz')],
    ['transaction: missing', get(`/api/v1/transactions/${MISSING_ID}`)],
    ['route: unknown', get('/api/v1/nothing-here')],
    ['idempotency: key with space', () => t.http.post(wallets).set('Idempotency-Key', 'a b').send({})],
    [
      'idempotency: key too long',
      () => t.http.post(wallets).set('Idempotency-Key', 'k'.repeat(256)).send({}),
    ],
    ['signup: no body', () => t.anonymous.post(signup).send({})],
    ['signup: bad email', () => t.anonymous.post(signup).send({ email: 'nope', password: 'x'.repeat(12) })],
    [
      'signup: short password',
      () => t.anonymous.post(signup).send({ email: 'a@example.com', password: 'x' }),
    ],
    [
      'signup: long password',
      () => t.anonymous.post(signup).send({ email: 'a@example.com', password: 'x'.repeat(201) }),
    ],
    [
      'signup: extra field',
      () => t.anonymous.post(signup).send({ email: 'a@example.com', password: 'x'.repeat(12), admin: true }),
    ],
    ['signup: numeric email', () => t.anonymous.post(signup).send({ email: 5, password: 'x'.repeat(12) })],
    ['api key: no scopes', () => t.user.browser.post('/api/v1/api-keys').send({ name: 'k', scopes: [] })],
    [
      'api key: unknown scope',
      () => t.user.browser.post('/api/v1/api-keys').send({ name: 'k', scopes: ['root'] }),
    ],
    ['api key: no name', () => t.user.browser.post('/api/v1/api-keys').send({ scopes: ['wallets:read'] })],
    [
      'api key: scopes not a list',
      () => t.user.browser.post('/api/v1/api-keys').send({ name: 'k', scopes: 'wallets:read' }),
    ],
    ['api key: bad id', () => t.user.browser.delete('/api/v1/api-keys/nope')],
    ['api key: missing', () => t.user.browser.delete(`/api/v1/api-keys/${MISSING_ID}`)],
    ['auth: no credential', () => t.anonymous.get(wallets)],
    ['auth: malformed bearer', () => t.anonymous.get(wallets).set('Authorization', 'Bearer !')],
    ['auth: unknown key', () => t.anonymous.get(wallets).set('Authorization', `Bearer wk_${'a'.repeat(30)}`)],
    ['csrf: missing', () => t.user.browser.post(wallets).set('X-CSRF-Token', '').send({})],
  ];
}

/** The answer with per-run values (wallet ids, transaction ids, request ids) replaced by names. */
function normalise(body: unknown): unknown {
  const names = new Map<string, string>([
    [usd, '<usd wallet>'],
    [eur, '<jpy wallet>'],
    [poor, '<poor wallet>'],
  ]);
  const text = JSON.stringify(body).replace(
    /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
    (id) => names.get(id) ?? (id === MISSING_ID ? id : '<id>'),
  );
  return JSON.parse(text);
}

it('answers every refused request exactly as before', async () => {
  t = testApp();
  usd = (await newWallet(t, 'USD', 100)).id;
  eur = (await newWallet(t, 'JPY', 100)).id;
  poor = (await newWallet(t, 'USD', 10)).id;
  const [from, to] = [await newWallet(t, 'USD', 5), await newWallet(t, 'USD')];
  const sent = await t.http
    .post('/api/v1/wallets/transfer')
    .send({ sourceWalletId: from.id, destinationWalletId: to.id, amount: 5 });
  received = { outId: sent.body.transactions[0].id, id: sent.body.transactions[1].id };
  const answers: Record<string, unknown> = {};
  for (const [label, run] of calls()) {
    const res = await run();
    answers[label] = { status: res.status, body: normalise(res.body) };
  }
  if (process.env.UPDATE_ERROR_ANSWERS === '1') {
    writeFileSync(FIXTURE, `${JSON.stringify(answers, null, 2)}\n`);
  }
  const pinned = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;
  for (const label of Object.keys(answers)) {
    expect({ label, ...(answers[label] as object) }).toEqual({ label, ...(pinned[label] as object) });
  }
  expect(Object.keys(answers)).toEqual(Object.keys(pinned));
});
