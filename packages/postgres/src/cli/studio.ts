/**
 * `pnpm db:studio`: Prisma Studio on the product's database (DATABASE_URL, or the embedded one, started
 * for the occasion when no API is running and stopped when Studio exits). A developer's tool for
 * looking at and fixing data by hand: it connects as the owner, not as the API's runtime role.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { ensureDatabase, freePort } from '../embedded.js';
import { migrate } from '../migrate.js';
import { loadDotEnv, repoRoot } from '../paths.js';

const log = (message: string) => console.log(`[db] ${message}`);
loadDotEnv();
const database = await ensureDatabase({ log });
await migrate(database.ownerUrl, { log, runtimeRole: database.runtimeRole });
const port = process.env.STUDIO_PORT ?? '5555';
const inner = await freePort();
// No telemetry. CHECKPOINT_DISABLE=1 turns off what the Prisma CLI sends itself, including Studio's
// server-side "/telemetry" relay. Studio's page also reports its launch straight to Prisma's checkpoint
// host from the browser, unless the page's globals say CHECKPOINT_DISABLE="1" (or CI, or VS Code): no
// environment variable reaches the page, so the page is served through the proxy below, which sets
// that global before Studio's script runs.
const studio = spawn(
  'prisma',
  [
    'studio',
    '--config',
    path.join(repoRoot(), 'prisma.config.ts'),
    '--port',
    String(inner),
    '--browser',
    'none',
  ],
  { stdio: 'inherit', env: { ...process.env, DATABASE_URL: database.ownerUrl, CHECKPOINT_DISABLE: '1' } },
);
const proxy = http.createServer((request, response) => {
  // Studio refuses a request whose Origin is not its own port: this proxy's port stands for it.
  const headers = { ...request.headers, host: `localhost:${inner}` };
  if (headers.origin) headers.origin = `http://localhost:${inner}`;
  const upstream = http.request(
    { host: '127.0.0.1', port: inner, method: request.method, path: request.url, headers },
    (answer) => {
      const isPage = (answer.headers['content-type'] ?? '').startsWith('text/html');
      if (!isPage) {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
        return;
      }
      let html = '';
      answer.setEncoding('utf8');
      answer.on('data', (chunk: string) => {
        html += chunk;
      });
      answer.on('end', () => {
        const page = html.replace('<head>', '<head><script>window.CHECKPOINT_DISABLE = "1";</script>');
        const { 'content-length': _length, ...rest } = answer.headers;
        response.writeHead(answer.statusCode ?? 200, rest);
        response.end(page);
      });
    },
  );
  upstream.on('error', () => {
    response.writeHead(502);
    response.end('Prisma Studio is not answering yet; reload in a moment.');
  });
  request.pipe(upstream);
});
proxy.listen(Number(port), '127.0.0.1');
log(`Prisma Studio: http://localhost:${port}`);
const shutdown = (signal: NodeJS.Signals) => studio.kill(signal);
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
studio.on('exit', async (code) => {
  proxy.close();
  await database.stop();
  process.exit(code ?? 0);
});
