import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase } from '../support/app';
import { freePort, waitForReady } from '../support/product';

/**
 * What `pnpm start` shows a person: JSON log lines only on stdout (a log shipper parses every line), and a
 * Ctrl-C that ends it with exit code 0. Ctrl-C in a terminal signals the whole process group: the
 * primary, its workers and the embedded PostgreSQL it started, all at once.
 */
const MAIN = path.join(__dirname, '..', '..', 'dist', 'main.js');

interface Run {
  child: ChildProcess;
  lines: () => string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The built API as `pnpm start` runs it, in a process group of its own (as a terminal's job is). */
function start(env: NodeJS.ProcessEnv): Run {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      WEB_CONCURRENCY: '1',
      LOG_LEVEL: 'info',
      METRICS_PORT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  let stdout = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, exited, lines: () => stdout.split('\n').filter((line) => line !== '') };
}

it('prints only JSON lines, and Ctrl-C (SIGINT to the group, embedded PostgreSQL included) exits 0', async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'wallet-start-pg-'));
  const port = await freePort();
  const run = start({ DATABASE_URL: undefined, DATA_DIR: dataDir, PORT: String(port) });
  try {
    await waitForReady(`http://127.0.0.1:${port}`, () => run.child.exitCode !== null);
    process.kill(-(run.child.pid as number), 'SIGINT');
    expect(await run.exited).toEqual({ code: 0, signal: null });

    const lines = run.lines();
    const notJson = lines.filter((line) => {
      try {
        return typeof JSON.parse(line) !== 'object';
      } catch {
        return true;
      }
    });
    expect(notJson).toEqual([]);
    const messages = lines.map((line) => JSON.parse(line).msg as string);
    expect(messages).toContain(`Wallet API on http://localhost:${port}`);
    expect(messages).toContain('shutting down: workers finish the requests in flight');

    // A clean stop is no warning and no stack: the embedded PostgreSQL stopping at the
    // same moment (it got the Ctrl-C too) is the stop, not an outage, so no warnings and no stacks.
    const entries = lines.map((line) => JSON.parse(line) as { level: number; pid: number; msg: string });
    const stop = entries.findIndex((entry) => entry.msg.startsWith('shutting down'));
    const afterStop = entries.slice(stop);
    expect(afterStop.filter((entry) => entry.level >= 40)).toEqual([]);
    expect(lines.filter((line) => line.includes('"stack"'))).toEqual([]);
    // And no process says the same thing twice (the old stop repeated its outage lines per connection).
    // Which lines a process writes while stopping depends on what the database's own stop reached
    // first, so the test holds the repetition, not a count.
    const said = afterStop.map((entry) => `${entry.pid}: ${entry.msg}`);
    expect(said.filter((line, i) => said.indexOf(line) !== i)).toEqual([]);
  } finally {
    if (run.child.exitCode === null && run.child.signalCode === null) {
      process.kill(-(run.child.pid as number), 'SIGKILL');
    }
    await rm(dataDir, { recursive: true, force: true });
  }
}, 90_000);

it('names the dashboard at DASHBOARD_URL (pnpm dev: Vite) and serves no build of its own', async () => {
  const database = await createTestDatabase();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const run = start({
    DATABASE_URL: database.url,
    PORT: String(port),
    DASHBOARD_URL: 'http://localhost:5173',
  });
  try {
    await waitForReady(base, () => run.child.exitCode !== null);
    const announced = run
      .lines()
      .map((line) => JSON.parse(line))
      .find((entry) => 'dashboard' in entry);
    expect(announced).toMatchObject({
      dashboard: 'http://localhost:5173',
      msg: 'Dashboard on http://localhost:5173',
    });
    expect((await fetch(`${base}/`)).status).toBe(404);
    expect((await fetch(`${base}/api/v1/currencies`)).status).toBe(200);
    run.child.kill('SIGTERM');
    expect((await run.exited).code).toBe(0);
  } finally {
    if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGKILL');
    await database.drop();
  }
}, 60_000);

it('says where it listens at LOG_LEVEL=warn too: one line on stderr, nothing on stdout', async () => {
  const database = await createTestDatabase();
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      WEB_CONCURRENCY: '1',
      METRICS_PORT: '0',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    await waitForReady(`http://127.0.0.1:${port}`, () => child.exitCode !== null);
    expect(stderr.split('\n').filter((line) => line !== '')).toEqual([
      `Wallet API on http://localhost:${port}`,
    ]);
    expect(stdout).toBe('');
    child.kill('SIGTERM');
    await exited;
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await database.drop();
  }
}, 60_000);
