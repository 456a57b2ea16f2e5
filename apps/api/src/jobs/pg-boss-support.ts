import type { Logger } from '@nestjs/common';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { type AppConfig, sessionUrl } from '../config/config';
import { type Db, isDatabaseUnavailable } from '../database/db';
import { warnUnlessStopping } from '../database/stopping';

/** How long a start waits before trying again while the database is unavailable. */
const START_RETRY_MS = 1_000;
/** The advisory lock under which one process at a time creates a queue ('wallet-q' in ASCII). */
const QUEUE_SETUP_LOCK = '8602275976068738417';

/**
 * A pg-boss on the session URL (its schema migrations and maintenance take locks across statements:
 * never through a transaction pooler; jobs added with a money movement go in that movement's
 * transaction instead). Only the long-running API keeps the queue tidy (archiving, expiring) on a timer.
 */
export function newBoss(
  config: AppConfig,
  name: string,
  options: { max: number; supervise: boolean },
  logger: Logger,
): PgBoss {
  const boss = new PgBoss({
    connectionString: sessionUrl(config),
    max: options.max,
    application_name: name,
    supervise: options.supervise,
    schedule: false,
    migrate: true,
  });
  boss.on('error', (error: Error) =>
    warnUnlessStopping(
      error,
      () => logger.warn(`${name}: ${error.message}`),
      () => logger.debug(`${name}: ${error.message} (this process is stopping)`),
    ),
  );
  return boss;
}

/**
 * Starts a pg-boss made by `make`. A process that starts while PostgreSQL is away (a restart, an
 * outage) waits for it, trying every second, instead of dying at start-up; a pg-boss that failed to
 * start cannot be started again, so each try gets a new one. Answers the one that started.
 */
export async function startBoss(
  make: () => PgBoss,
  first: PgBoss,
  isStopped: () => boolean,
  logger: Logger,
  label: string,
): Promise<PgBoss> {
  let boss = first;
  for (let attempt = 1; ; attempt++) {
    try {
      await boss.start();
      return boss;
    } catch (error) {
      if (isStopped() || !isDatabaseUnavailable(error)) throw error;
      if (attempt === 1) logger.warn(`${label}: the database is unavailable; trying every second`);
      await boss.stop({ graceful: false, wait: true }).catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, START_RETRY_MS));
      boss = make();
    }
  }
}

/**
 * Creates queue `name` if this database has none yet. pg-boss 10's createQueue is not safe when
 * several processes run it at once on a new database: one inserts the queue row and then adds its
 * partition's foreign key to that table, while another waits on the same row, and PostgreSQL stops
 * one of them as a deadlock (the process then dies at start-up). So processes take turns under a
 * session advisory lock, held on a connection of its own; a queue already there costs one read.
 */
export async function createQueueOnce(
  boss: PgBoss,
  config: AppConfig,
  name: string,
  applicationName: string,
): Promise<void> {
  if (await boss.getQueue(name)) return;
  const lock = new pg.Client({ connectionString: sessionUrl(config), application_name: applicationName });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [QUEUE_SETUP_LOCK]);
    if (!(await boss.getQueue(name))) await boss.createQueue(name);
  } finally {
    // Ending the session releases the lock, also when createQueue failed.
    await lock.end();
  }
}

/** pg-boss's database interface on an open Prisma transaction. */
export function onTransaction(tx: Db): PgBoss.Db {
  return {
    executeSql: async (text: string, values: unknown[]) => ({
      rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values.map((value) => value ?? null)),
    }),
  };
}
