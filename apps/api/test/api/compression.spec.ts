import http, { type IncomingHttpHeaders } from 'node:http';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from '../support/app';
import { standInDashboard } from '../support/dashboard-build';
import { newWallet } from '../support/wallets';

/** The dashboard's assets leave precompressed; JSON over 1 kB is compressed on the way out. */
const SCRIPT = `console.log(${JSON.stringify('wallet '.repeat(400))});`;
let t: TestApp;
beforeAll(async () => {
  const dir = await standInDashboard({
    'app-abc123.js': SCRIPT,
    'app-abc123.js.br': brotliCompressSync(SCRIPT),
    'app-abc123.js.gz': gzipSync(SCRIPT),
  });
  t = await startTestApp({}, { dashboardDir: dir });
});
afterAll(async () => {
  await t.close();
});

/** The raw bytes and headers (node:http, which, unlike supertest, does not undo the compression). */
function fetchRaw(
  url: string,
  encoding: string,
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${t.baseUrl}${url}`, { headers: { 'accept-encoding': encoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on('error', reject);
  });
}

it.each([
  ['br', 'br, gzip', (b: Buffer) => brotliDecompressSync(b).toString() === SCRIPT],
  ['gzip', 'gzip', (b: Buffer) => gunzipSync(b).toString() === SCRIPT],
])('sends a hashed asset as its prebuilt %s file, cached for a year', async (encoding, accept, same) => {
  const res = await fetchRaw('/assets/app-abc123.js', accept);
  expect(res.status).toBe(200);
  expect(res.headers['content-encoding']).toBe(encoding);
  expect(res.headers.vary).toMatch(/Accept-Encoding/i);
  expect(res.headers['content-type']).toMatch(/javascript/);
  expect(res.headers['cache-control']).toMatch(/max-age=31536000.*immutable|immutable.*max-age=31536000/);
  expect(res.body.length).toBeLessThan(SCRIPT.length / 4);
  expect(same(res.body)).toBe(true);
});

it('sends the asset as it is to a client that accepts no encoding', async () => {
  const res = await fetchRaw('/assets/app-abc123.js', 'identity');
  expect(res.headers['content-encoding']).toBeUndefined();
  expect(res.body.toString()).toBe(SCRIPT);
});

it('compresses JSON over 1 kB, and leaves small answers alone', async () => {
  for (let i = 0; i < 8; i++) await newWallet(t);
  const big = await t.http.get('/api/v1/wallets?limit=50').set('Accept-Encoding', 'gzip');
  expect(big.headers['content-encoding']).toBe('gzip');
  expect(big.body.data.length).toBeGreaterThanOrEqual(8);
  const small = await t.http.get('/api/health/live').set('Accept-Encoding', 'gzip');
  expect(small.headers['content-encoding']).toBeUndefined();
});
