import PgBoss from 'pg-boss';
import { UnitOfWork } from '../../src/database/unit-of-work';
import { WebhookDeliverer } from '../../src/webhooks/webhook-deliverer';
import { DELIVERY_QUEUE, type DeliveryJob, WebhookQueue } from '../../src/webhooks/webhook-queue';
import { within } from '../support/poll';
import { type Receiver, startReceiver } from '../support/receiver';
import { useTestApp } from '../support/suite';

/**
 * A deferred job handed back to the queue, against the real database, with the steps of two processes
 * played in a fixed order: the worker that deferred it, whose pg-boss completes its job late (its pool
 * busy), and another process that fetched the delivery meanwhile. The late completion must not take the
 * delivery from the process that holds it now: that one's failure must still lead to a retry, and the
 * delivery to being delivered.
 */
const app = useTestApp({
  env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', WEBHOOK_RETRY_DELAY_SECONDS: '1' },
});

let boss: PgBoss | undefined;
let r: Receiver | undefined;
afterAll(async () => {
  await boss?.stop({ graceful: false, wait: true });
  await r?.close();
});

type Job = PgBoss.JobWithMetadata<DeliveryJob>;

async function fetchOne(queue: PgBoss): Promise<Job | undefined> {
  const [job] = await queue.fetch<DeliveryJob>(DELIVERY_QUEUE, { includeMetadata: true });
  return job;
}

/** The next due job, polled for up to `withinMs`. */
async function fetchWithin(queue: PgBoss, withinMs: number, what: string): Promise<Job> {
  let job: Job | undefined;
  await within(
    withinMs,
    async () => {
      job = await fetchOne(queue);
      return job !== undefined;
    },
    what,
  );
  if (!job) throw new Error(`${what}: no job`);
  return job;
}

describe('webhook deferral', () => {
  it("a deferred job's late completion does not end the job another process took since", async () => {
    const t = app();
    // This process only enqueues from now on: the test plays every worker's part itself.
    const queue = t.app.get(WebhookQueue);
    await queue.stop();
    const deliverer = t.app.get(WebhookDeliverer);
    const unitOfWork = t.app.get(UnitOfWork);
    const pgboss = new PgBoss({
      connectionString: t.databaseUrl,
      max: 2,
      supervise: false,
      schedule: false,
      migrate: false,
    });
    boss = pgboss;
    pgboss.on('error', () => {});
    await pgboss.start();

    r = await startReceiver();
    r.answer = (n) => (n === 0 ? 503 : 200);
    const endpoint = await t.http
      .post('/api/v1/webhook-endpoints')
      .send({ url: r.url, events: ['transaction.succeeded'] });
    expect(endpoint.status).toBe(201);
    const wallet = await t.http.post('/api/v1/wallets').send({ currency: 'USD' });
    expect((await t.http.post(`/api/v1/wallets/${wallet.body.id}/fund`).send({ amount: 5 })).status).toBe(
      201,
    );

    // Worker A takes the job and defers it (its owner or endpoint was busy): due again at once.
    const first = await fetchOne(pgboss);
    if (!first) throw new Error('expected the delivery job');
    const deliveryId = first.data.deliveryId;
    expect(await unitOfWork.run((tx) => queue.handBack(tx, first, new Date()))).toBe(true);

    // Process B fetches the delivery again before A's pg-boss completes A's job.
    const held = await fetchWithin(pgboss, 5_000, 'the re-fetch');
    expect(held.data.deliveryId).toBe(deliveryId);
    // ... and now A's pg-boss completes A's job, late. B still holds the delivery's job.
    await pgboss.complete(DELIVERY_QUEUE, first.id);
    const heldState = await t.db.query<{ state: string }>('SELECT state FROM pgboss.job WHERE id = $1', [
      held.id,
    ]);
    expect(heldState.rows[0]?.state).toBe('active');

    // B's attempt fails (503): its pg-boss fails the job, which is retried.
    await expect(deliverer.attempt(held)).rejects.toThrow('HTTP 503');
    await pgboss.fail(DELIVERY_QUEUE, held.id, new Error('HTTP 503'));
    const retry = await fetchWithin(pgboss, 10_000, 'the retry');
    expect(retry.data.deliveryId).toBe(deliveryId);
    // The deferral was no attempt: this is the second, and the delivery is delivered by it.
    await deliverer.attempt(retry);
    await pgboss.complete(DELIVERY_QUEUE, retry.id);

    const row = await t.db.query<{ status: string; attempts: number }>(
      'SELECT status, attempts FROM webhook_deliveries WHERE id = $1',
      [deliveryId],
    );
    expect(row.rows[0]).toEqual({ status: 'succeeded', attempts: 2 });
    expect(r.received).toHaveLength(2);
    // Its jobs: the one deferred and the one that took over from it (retried once), both completed;
    // nothing of it is left waiting in the queue.
    const jobs = await t.db.query<{ id: string; state: string; retry_count: number }>(
      `SELECT id, state, retry_count FROM pgboss.job WHERE name = $1 AND data->>'deliveryId' = $2 ORDER BY created_on`,
      [DELIVERY_QUEUE, deliveryId],
    );
    expect(jobs.rows).toEqual([
      { id: first.id, state: 'completed', retry_count: 0 },
      { id: held.id, state: 'completed', retry_count: 1 },
    ]);
  });
});
