import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type DatabaseHandle, ensureDatabase, freePort } from '@wallet/postgres';
import pg from 'pg';
import { loadConfig } from '../../src/config/config';
import { DELIVERY_QUEUE, WebhookQueue } from '../../src/webhooks/webhook-queue';

/**
 * An API process that starts while PostgreSQL is away (restarting, an outage) waits for it instead of
 * dying at start-up: the webhook queue, the one part that needs the database to start, tries again
 * until the database answers. The chaos suite met this when a process restarted during PostgreSQL's
 * restart. Here the queue starts against a port nobody listens on yet; PostgreSQL comes up there later.
 */
it('starts the webhook queue once PostgreSQL comes up, when it was away at start-up', async () => {
  const port = await freePort();
  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`;
  const queue = new WebhookQueue({
    ...loadConfig({ LOG_LEVEL: 'silent' }),
    databaseUrl: url,
    databaseDirectUrl: '',
  });
  let settled: 'started' | 'failed' | undefined;
  const started = queue.start().then(
    () => {
      settled = 'started';
    },
    (error: unknown) => {
      settled = 'failed';
      throw error;
    },
  );
  let database: DatabaseHandle | undefined;
  try {
    // Long enough for a few tries against nothing: it must neither fail nor claim to have started.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(settled).toBeUndefined();
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'wallet-queue-start-'));
    database = await ensureDatabase({
      databaseUrl: undefined,
      dataDir,
      port,
      ephemeral: true,
      databaseName: 'postgres',
    });
    // The queue was given the owner's URL (as the migrations would be): pg-boss installs itself there.
    expect(database.ownerUrl).toBe(url);
    await started;
    expect(settled).toBe('started');
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    const { rows } = await db.query('SELECT name FROM pgboss.queue');
    await db.end();
    expect(rows).toEqual([{ name: DELIVERY_QUEUE }]);
  } finally {
    await queue.stop();
    await database?.stop();
  }
});
