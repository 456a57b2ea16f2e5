import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startTestApp, type TestApp } from '../support/app';
import { standInDashboard } from '../support/dashboard-build';

/** The dashboard's pages carry the API's security headers; account data and secrets are never cached. */
let t: TestApp;
beforeAll(async () => {
  const dir = await standInDashboard({ 'app-abc123.js': 'console.log("dashboard")' });
  t = await startTestApp({}, { dashboardDir: dir });
});
afterAll(async () => {
  await t.close();
});

it.each(['/', '/wallets/123', '/assets/app-abc123.js'])(
  'sends security headers with the dashboard at %s',
  async (page) => {
    const res = await t.anonymous.get(page);
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  },
);

it('never lets balances, ledgers or a key secret be cached', async () => {
  const wallet = await t.http.post('/api/v1/wallets').send({});
  const key = await t.user.browser
    .post('/api/v1/api-keys')
    .send({ name: 'cache test', scopes: ['wallets:read'] });
  for (const res of [
    wallet,
    await t.http.get('/api/v1/wallets'),
    await t.http.get(`/api/v1/wallets/${wallet.body.id}/transactions`),
    key,
    await t.anonymous.get('/api/v1/wallets'),
  ]) {
    expect(res.headers['cache-control']).toBe('no-store');
  }
  expect(key.status).toBe(201);
  // The dashboard's hashed files still cache for a year.
  expect((await t.anonymous.get('/assets/app-abc123.js')).headers['cache-control']).toMatch(/immutable/);
});

/** What helmet adds to every answer of the API (HSTS too, in production). */
const SECURITY_HEADERS = [
  'content-security-policy',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
  'origin-agent-cluster',
  'referrer-policy',
  'x-content-type-options',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-frame-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
];

it('has the same security headers on Vercel, where the dashboard is served as static files', async () => {
  const vercel = JSON.parse(
    readFileSync(path.join(__dirname, '..', '..', '..', '..', 'vercel.json'), 'utf8'),
  ) as {
    headers: { source: string; headers: { key: string; value: string }[] }[];
  };
  // Every static file (the function's own answers get helmet's headers from the API itself).
  const everyPage = vercel.headers.find((rule) => rule.source === '/((?!api/|api$).*)');
  const declared = Object.fromEntries((everyPage?.headers ?? []).map((h) => [h.key.toLowerCase(), h.value]));
  const served = await t.anonymous.get('/');
  expect(declared).toEqual({
    ...Object.fromEntries(SECURITY_HEADERS.map((name) => [name, served.headers[name]])),
    // Vercel serves only HTTPS: what helmet sends in production.
    'strict-transport-security': 'max-age=31536000; includeSubDomains',
  });
});
