import PgBoss from 'pg-boss';

/**
 * The job queues the API uses (pg-boss, in its own schema "pgboss"); the API's webhook queue names the
 * same one (apps/api/src/webhooks/webhook-queue.ts, DELIVERY_QUEUE).
 */
export const JOB_QUEUES = ['webhook-delivery'] as const;

/**
 * Installs (or upgrades) pg-boss's schema and creates the API's queues, as the owner. That is DDL (a
 * queue is a partition table of its own), which the runtime role may not run: the API then finds the
 * schema at its version and its queues there, and only reads and writes jobs. Called under the
 * migration lock, so processes never race to create a queue.
 */
export async function installJobQueues(ownerUrl: string): Promise<void> {
  const boss = new PgBoss({
    connectionString: ownerUrl,
    max: 1,
    supervise: false,
    schedule: false,
    migrate: true,
    application_name: 'wallet-migrate',
  });
  let failure: Error | undefined;
  boss.on('error', (error: Error) => {
    failure ??= error;
  });
  await boss.start();
  try {
    for (const name of JOB_QUEUES) {
      if (!(await boss.getQueue(name))) await boss.createQueue(name);
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  if (failure) throw failure;
}
