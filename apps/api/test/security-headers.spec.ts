import { startTestApp, type TestApp } from './support/app';
import { standInDashboard } from './support/dashboard-build';

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
