import type { JobQueueName } from '@wallet/postgres';
import PgBoss from 'pg-boss';
import { PrismaService } from '../../src/database/prisma.service';
import { JobQueue } from '../../src/jobs/job-queue';
import { within } from '../support/poll';
import { useTestApp } from '../support/suite';

/**
 * The durable jobs (JobQueue, on pg-boss) as the API's features use them: a job sent on a transaction
 * exists only if that transaction commits, runs once it is due and not before, and runs again after its
 * handler threw. The queues here are the test's own, created as the owner creates the product's
 * (@wallet/postgres installJobQueues): the runtime role the app runs as may not.
 */
const QUEUES = ['test-now', 'test-later', 'test-retry'] as unknown as JobQueueName[];

describe('durable jobs', () => {
  const app = useTestApp({ checkLedger: false });
  const runs: { queue: string; data: { n: number }; at: number }[] = [];
  let failFirstOf: number | null = null;

  beforeAll(async () => {
    const owner = new PgBoss({ connectionString: app().ownerUrl, max: 1, supervise: false, schedule: false });
    await owner.start();
    for (const queue of QUEUES) await owner.createQueue(queue);
    await owner.stop({ graceful: false, wait: true });
    const jobs = app().app.get(JobQueue);
    for (const queue of QUEUES) {
      await jobs.work<{ n: number }>(queue, async (data) => {
        if (queue === QUEUES[2] && failFirstOf === data.n) {
          failFirstOf = null;
          throw new Error('the first run fails');
        }
        runs.push({ queue, data, at: Date.now() });
      });
    }
  });

  const send = (queue: JobQueueName, n: number, startAfter?: Date, rollback = false) =>
    app()
      .app.get(PrismaService)
      .$transaction(async (tx) => {
        await app()
          .app.get(JobQueue)
          .send(tx, queue, [{ data: { n }, ...(startAfter ? { startAfter } : {}) }]);
        if (rollback) throw new Error('rolled back');
      })
      .catch((error: unknown) => {
        if (!rollback) throw error;
      });

  it('runs a committed job once, and never a job whose transaction rolled back', async () => {
    await send(QUEUES[0] as JobQueueName, 1, undefined, true);
    await send(QUEUES[0] as JobQueueName, 2);
    await within(10_000, () => runs.some((r) => r.queue === 'test-now' && r.data.n === 2), 'job 2 ran');
    // Another poll or two: the rolled-back job would have run by now too, had it been written.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(runs.filter((r) => r.queue === 'test-now').map((r) => r.data.n)).toEqual([2]);
  });

  it('runs a job no sooner than it is due', async () => {
    const due = new Date(Date.now() + 2_000);
    await send(QUEUES[1] as JobQueueName, 3, due);
    await within(15_000, () => runs.some((r) => r.queue === 'test-later'), 'the later job ran');
    const run = runs.find((r) => r.queue === 'test-later');
    expect(run?.at).toBeGreaterThanOrEqual(due.getTime());
  });

  it('runs a job again after its handler threw', async () => {
    failFirstOf = 4;
    await send(QUEUES[2] as JobQueueName, 4);
    // pg-boss's first retry waits about its retry delay (5 s) with backoff.
    await within(30_000, () => runs.some((r) => r.queue === 'test-retry' && r.data.n === 4), 'the retry ran');
    expect(failFirstOf).toBeNull();
    expect(runs.filter((r) => r.queue === 'test-retry')).toHaveLength(1);
  });
});
