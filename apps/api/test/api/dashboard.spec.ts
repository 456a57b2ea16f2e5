import { startTestApp, type TestApp } from '../support/app';
import { standInDashboard } from '../support/dashboard-build';
import { expectProblem } from '../support/problems';

let t: TestApp;
beforeAll(async () => {
  // A stand-in build of the dashboard: what matters here is how the API serves whatever is built.
  const dir = await standInDashboard(
    { 'index-abc123.js': 'console.log("dashboard")' },
    '<!doctype html><title>Wallet</title><div id="root"></div>',
  );
  t = await startTestApp({}, { dashboardDir: dir });
});
afterAll(async () => {
  await t.close();
});

describe('serving the dashboard from the API port', () => {
  it('serves index.html at / and for any other page, so the SPA can route', async () => {
    for (const page of ['/', '/wallets/123', '/settings']) {
      const res = await t.http.get(page);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.text).toContain('<div id="root">');
    }
  });

  it('serves hashed assets with a long cache life', async () => {
    const res = await t.http.get('/assets/index-abc123.js');
    expect(res.status).toBe(200);
    expect(res.text).toContain('dashboard');
    expect(res.headers['cache-control']).toMatch(/immutable/);
  });

  it('keeps /api for the API: unknown API routes still answer problem+json', async () => {
    expectProblem(await t.http.get('/api/v1/nope'), 404, 'NOT_FOUND');
    expect((await t.http.get('/api/v1/currencies')).status).toBe(200);
    expectProblem(await t.http.post('/somewhere').send({}), 404, 'NOT_FOUND');
  });

  it('answers 404 problem+json, not the dashboard, for /metrics, /api and a missing asset', async () => {
    for (const path of ['/metrics', '/metrics/', '/api', '/api/v1', '/assets/missing-123.js']) {
      const res = await t.http.get(path);
      expectProblem(res, 404, 'NOT_FOUND');
      expect(res.text).not.toContain('<div id="root">');
    }
    // A page whose name only starts like one of those is still the dashboard's.
    expect((await t.http.get('/metrics-overview')).text).toContain('<div id="root">');
  });
});
