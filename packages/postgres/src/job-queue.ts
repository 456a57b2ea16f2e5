import PgBoss from 'pg-boss';

/**
 * The job queues the API uses (pg-boss, in its own schema "pgboss"): the webhook deliveries
 * (apps/api/src/webhooks/webhook-queue.ts, DELIVERY_QUEUE) and the durable jobs at a time
 * (apps/api/src/jobs/job-queue.ts): a hold's expiry, a payment request's expiry, a scheduled transfer's
 * occurrence. A queue the API sends to must be listed here: the runtime role cannot create one.
 */
export const JOB_QUEUES = [
  'webhook-delivery',
  'hold-expiry',
  'payment-request-expiry',
  'scheduled-transfer',
] as const;
export type JobQueueName = (typeof JOB_QUEUES)[number];

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
