import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { createTestDatabase } from '../support/app';
import { freePort, waitForReady } from '../support/product';

/**
 * A client that sends half a request and then nothing must not hold its connection for Node's default
 * 300 s: on the built product as `pnpm start` runs it, the server closes such a connection once the
 * request or header deadline has passed. Node's own defaults would keep it open for a minute at least,
 * so a close within BOUND_MS can only come from the configured deadlines.
 */

const BOUND_MS = 15_000;

let api: ChildProcess;
let base: { host: string; port: number };
let dropDatabase: () => Promise<void>;

beforeAll(async () => {
  const database = await createTestDatabase();
  dropDatabase = database.drop;
  const port = await freePort();
  base = { host: '127.0.0.1', port };
  api = spawn(process.execPath, [path.join(__dirname, '..', '..', 'dist', 'main.js')], {
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      WEB_CONCURRENCY: '1',
      LOG_LEVEL: 'warn',
      METRICS_PORT: '0',
      REQUEST_TIMEOUT_MS: '3000',
      HEADERS_TIMEOUT_MS: '2000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForReady(`http://127.0.0.1:${port}`, () => api.exitCode !== null);
});

afterAll(async () => {
  if (api.exitCode === null) {
    const exited = new Promise((resolve) => api.once('exit', resolve));
    api.kill('SIGTERM');
    await exited;
  }
  await dropDatabase();
});

/** Sends `text` and then nothing; resolves with what the server wrote once it closes the connection. */
function sendAndWait(text: string): Promise<{ closed: boolean; answer: string }> {
  return new Promise((resolve) => {
    const socket = net.connect(base.port, base.host, () => socket.write(text));
    let answer = '';
    const giveUp = setTimeout(() => {
      socket.destroy();
      resolve({ closed: false, answer });
    }, BOUND_MS);
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1');
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(giveUp);
      resolve({ closed: true, answer });
    });
  });
}

it('closes a connection whose request headers never finish, with 408', async () => {
  const result = await sendAndWait('GET /api/v1/currencies HTTP/1.1\r\nHost: localhost\r\nX-Slow: ');
  expect(result.closed).toBe(true);
  expect(result.answer).toMatch(/^HTTP\/1\.1 408 /);
});

it('closes a connection whose body never finishes, with 408', async () => {
  const body = '{"email":"slow@example.com",';
  const result = await sendAndWait(
    `POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n${body}`,
  );
  expect(result.closed).toBe(true);
  expect(result.answer).toMatch(/^HTTP\/1\.1 408 /);
});

it('still answers a whole request sent at once', async () => {
  const res = await fetch(`http://${base.host}:${base.port}/api/v1/currencies`);
  expect(res.status).toBe(200);
});
