import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '@wallet/postgres';
import { deployedAs } from './test-database';

/** The built product as `pnpm start` runs it: the cluster primary and its workers. */
export interface Product {
  base: string;
  /** Every JSON line it wrote to stdout so far. */
  logLines: Record<string, unknown>[];
  /** SIGTERM, and the exit code once it has stopped. */
  stop(): Promise<number | null>;
}

export const MAIN_JS = path.join(__dirname, '..', '..', 'dist', 'main.js');

/**
 * Spawns dist/main.js on `databaseUrl` with `env` on top of test defaults; resolves once it is ready. On
 * the run's own server it is deployed as in production: DATABASE_URL logs in as the runtime role and
 * DATABASE_OWNER_URL (for its boot migrations) as the owner.
 */
export async function startProduct(databaseUrl: string, env: Record<string, string>): Promise<Product> {
  const port = await freePort();
  const roles = deployedAs(databaseUrl);
  const child: ChildProcess = spawn(process.execPath, [MAIN_JS], {
    env: {
      ...process.env,
      ...roles,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      // Several products at once on one machine: none takes the default metrics port unless asked.
      METRICS_PORT: '0',
      LEDGER_CHECK_INTERVAL_SECONDS: '0',
      // Tests make many calls from one address, most without a credential; the tiers' own numbers are
      // tested where they are the subject (tiers.spec).
      ANONYMOUS_RATE_LIMIT_PER_ADDRESS: '1000000',
      RATE_LIMIT_PER_MINUTE: '1000000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const logLines: Record<string, unknown>[] = [];
  let pending = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (line.startsWith('{')) logLines.push(JSON.parse(line));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    return exited;
  };
  try {
    await waitFor(
      async () => (await fetch(`${base}/api/health/ready`)).ok,
      () => child.exitCode !== null,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, logLines, stop };
}

/**
 * Polls `check` every 50 ms for up to 90 s (a loaded 2-core machine boots a cluster slowly); a thrown
 * check counts as "not yet".
 */
export async function waitFor(check: () => Promise<boolean>, gaveUp: () => boolean = () => false) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (gaveUp()) throw new Error('the process exited while it was awaited');
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('timed out waiting');
}

export { freePort };

/** Waits until the API at `base` answers its readiness check (up to 90 s, or until `gaveUp`). */
export async function waitForReady(base: string, gaveUp: () => boolean = () => false): Promise<void> {
  await waitFor(async () => (await fetch(`${base}/api/health/ready`)).ok, gaveUp);
}
