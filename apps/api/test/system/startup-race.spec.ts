import { spawn } from 'node:child_process';
import path from 'node:path';
import PgBoss from 'pg-boss';
import { createTestDatabase } from '../support/app';

/**
 * Several API processes starting together on a new database must all become ready. pg-boss 10 creates
 * its delivery queue on first start; two processes doing that at once deadlocked in PostgreSQL, and the
 * loser died at start-up (seen in `pnpm start` with two workers, and in the cluster's nodes). Each round
 * starts, on a database the queue has never been created in, four processes that each run what every
 * API process runs first: the webhook queue's start.
 */
const QUEUE_JS = path.join(__dirname, '..', '..', 'dist', 'webhooks', 'webhook-queue.js');
const CONFIG_JS = path.join(__dirname, '..', '..', 'dist', 'config', 'config.js');
const PROCESSES = 4;
const ROUNDS = 10;
const READY_WITHIN_MS = 30_000;

/**
 * A process that loads what the API loads, says "loaded", waits for "go" on its input (sent to all four
 * at once, so they ask for the queue within milliseconds of each other: the race the product met by
 * chance), starts the queue as the API does, says "ready" and exits.
 */
const STARTER = `
const { WebhookQueue } = require(${JSON.stringify(QUEUE_JS)});
const { loadConfig } = require(${JSON.stringify(CONFIG_JS)});
const config = { ...loadConfig({ LOG_LEVEL: 'silent' }), databaseUrl: process.env.DATABASE_URL, databaseDirectUrl: '' };
const queue = new WebhookQueue(config);
process.stdin.once('data', () => queue.start().then(
  () => { console.log('ready'); process.exit(0); },
  (error) => { console.error(error.message); process.exitCode = 1; },
));
console.log('loaded');`;

/** pg-boss's own schema, as the first start of any process leaves it, without the delivery queue yet. */
async function withQueueSchema(databaseUrl: string): Promise<void> {
  const boss = new PgBoss({ connectionString: databaseUrl, supervise: false, schedule: false });
  await boss.start();
  await boss.stop({ graceful: false, wait: true });
}

interface Starter {
  loaded: Promise<void>;
  go(): void;
  exited: Promise<{ code: number | null; output: string }>;
}

function spawnStarter(databaseUrl: string): Starter {
  const child = spawn(process.execPath, ['-e', STARTER], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  let markLoaded = () => {};
  const loaded = new Promise<void>((resolve) => {
    markLoaded = resolve;
  });
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (output.includes('loaded')) markLoaded();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  // A process stuck at start-up (a lock it never gets) counts as one that did not become ready.
  const stuck = setTimeout(() => child.kill('SIGKILL'), READY_WITHIN_MS);
  const exited = new Promise<{ code: number | null; output: string }>((resolve) => {
    child.on('exit', (code) => {
      clearTimeout(stuck);
      markLoaded();
      const said = output.replace('loaded', '').trim();
      resolve({ code, output: said || `not ready within ${READY_WITHIN_MS} ms` });
    });
  });
  return { loaded, go: () => child.stdin.end('go\n'), exited };
}

it(`starts ${PROCESSES} processes at once on a new database, ${ROUNDS} times, and every one becomes ready`, async () => {
  const failures: string[] = [];
  for (let round = 1; round <= ROUNDS && failures.length === 0; round++) {
    const database = await createTestDatabase();
    try {
      await withQueueSchema(database.url);
      const starters = Array.from({ length: PROCESSES }, () => spawnStarter(database.url));
      await Promise.all(starters.map((starter) => starter.loaded));
      for (const starter of starters) starter.go();
      const runs = await Promise.all(starters.map((starter) => starter.exited));
      for (const run of runs)
        if (run.code !== 0 || run.output !== 'ready')
          failures.push(`round ${round}: ${run.code} ${run.output}`);
    } finally {
      await database.drop();
    }
  }
  expect(failures).toEqual([]);
});
