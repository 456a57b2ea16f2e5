import PgBoss from 'pg-boss';
import { WebhookDeliverer } from '../../src/webhooks/webhook-deliverer';
import { BREAKER_FAILURES } from '../../src/webhooks/webhook-fairness';
import { DELIVERY_QUEUE, type DeliveryJob, WebhookQueue } from '../../src/webhooks/webhook-queue';
import type { TestApp } from '../support/app';
import { within } from '../support/poll';
import { type Receiver, startReceiver } from '../support/receiver';
import { useTestApp } from '../support/suite';

/**
 * A delivery past its retry window (webhook-schedule.ts retryDeadline) ends, against the real database
 * and real receivers: deferred then (its endpoint's breaker open), it fails with a last error saying why,
 * uses no attempt, leaves no job behind and can be re-sent; and an attempt it gets then is its last. The
 * test plays the workers' part itself (the app's own are stopped), with a job whose series began long
 * ago, as a job handed back (WebhookQueue.handBack) carries it. Three attempts with a 2 s delay make a
 * retry window of the minimum, one hour; the breaker opens for 2 s.
 */
const app = useTestApp({
  env: {
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    WEBHOOK_RETRY_DELAY_SECONDS: '2',
    WEBHOOK_MAX_ATTEMPTS: '3',
  },
});

type Job = PgBoss.JobWithMetadata<DeliveryJob>;
type Agent = TestApp['http'];

let boss: PgBoss | undefined;
const receivers: Receiver[] = [];
afterAll(async () => {
  await boss?.stop({ graceful: false, wait: true });
  await Promise.all(receivers.map((r) => r.close()));
});

/** The test's own pg-boss, the app's workers stopped: jobs are fetched and settled only by the test. */
async function ownQueue(t: TestApp): Promise<PgBoss> {
  if (boss) return boss;
  await t.app.get(WebhookQueue).stop();
  const pgboss = new PgBoss({
    connectionString: t.databaseUrl,
    max: 2,
    supervise: false,
    schedule: false,
    migrate: false,
  });
  pgboss.on('error', () => {});
  await pgboss.start();
  boss = pgboss;
  return pgboss;
}

async function receiver(): Promise<Receiver> {
  const r = await startReceiver();
  receivers.push(r);
  return r;
}

async function subscribe(agent: Agent, url: string): Promise<string> {
  const created = await agent
    .post('/api/v1/webhook-endpoints')
    .send({ url, events: ['transaction.succeeded'] });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

async function newWallet(agent: Agent): Promise<string> {
  const wallet = await agent.post('/api/v1/wallets').send({ currency: 'USD' });
  expect(wallet.status).toBe(201);
  return wallet.body.id as string;
}

async function fund(agent: Agent, walletId: string): Promise<void> {
  const funded = await agent.post(`/api/v1/wallets/${walletId}/fund`).send({ amount: 5 });
  expect(funded.status).toBe(201);
}

/** The delivery ids of the queue's jobs not yet fetched, oldest first. */
async function queuedDeliveries(t: TestApp): Promise<string[]> {
  const jobs = await t.db.query<{ delivery_id: string }>(
    `SELECT data->>'deliveryId' AS delivery_id FROM pgboss.job
      WHERE name = $1 AND state = 'created' ORDER BY created_on, id`,
    [DELIVERY_QUEUE],
  );
  return jobs.rows.map((row) => row.delivery_id);
}

/** Makes a delivery's queued job the rest of a series that began `hoursAgo` hours ago (as handBack writes it). */
async function beganHoursAgo(t: TestApp, deliveryId: string, hoursAgo: number): Promise<void> {
  const since = new Date(Date.now() - hoursAgo * 3_600_000).toISOString();
  const updated = await t.db.query(
    `UPDATE pgboss.job SET data = data || jsonb_build_object('since', $3::text, 'attempted', 0)
      WHERE name = $1 AND state = 'created' AND data->>'deliveryId' = $2`,
    [DELIVERY_QUEUE, deliveryId, since],
  );
  expect(updated.rowCount).toBe(1);
}

/** Fetches every due job (up to `count`). */
async function fetchJobs(queue: PgBoss, count: number): Promise<Job[]> {
  return queue.fetch<DeliveryJob>(DELIVERY_QUEUE, { includeMetadata: true, batchSize: count });
}

async function deliveryRow(t: TestApp, deliveryId: string) {
  const row = await t.db.query<{
    status: string;
    attempts: number;
    last_error: string | null;
    last_status_code: number | null;
    next_attempt_at: Date | null;
  }>(
    `SELECT status, attempts, last_error, last_status_code, next_attempt_at
       FROM webhook_deliveries WHERE id = $1`,
    [deliveryId],
  );
  return row.rows[0];
}

async function jobsOf(t: TestApp, deliveryId: string): Promise<{ id: string; state: string }[]> {
  const jobs = await t.db.query<{ id: string; state: string }>(
    `SELECT id, state FROM pgboss.job WHERE name = $1 AND data->>'deliveryId' = $2 ORDER BY created_on, id`,
    [DELIVERY_QUEUE, deliveryId],
  );
  return jobs.rows;
}

describe('webhook retry window', () => {
  it('a delivery deferred past its retry window ends failed, saying why, and can be re-sent', async () => {
    const t = app();
    const queue = await ownQueue(t);
    const deliverer = t.app.get(WebhookDeliverer);
    const r = await receiver();
    // Every attempt fails until the re-send below.
    r.answer = () => 503;
    const endpointId = await subscribe(t.http, r.url);
    const walletId = await newWallet(t.http);
    for (let i = 0; i <= BREAKER_FAILURES; i++) await fund(t.http, walletId);
    const queued = await queuedDeliveries(t);
    expect(queued).toHaveLength(BREAKER_FAILURES + 1);
    // The last one began two days ago: its retry window (one hour) is over.
    const deliveryId = queued[BREAKER_FAILURES] as string;
    await beganHoursAgo(t, deliveryId, 48);
    const jobs = await fetchJobs(queue, BREAKER_FAILURES + 1);
    expect(jobs).toHaveLength(BREAKER_FAILURES + 1);
    const job = jobs.find((j) => j.data.deliveryId === deliveryId);
    if (!job) throw new Error('expected the late delivery job');

    // The others fail, one by one, and open the endpoint's breaker. (pg-boss would fail their jobs for
    // a retry; they are completed here so that no retry of theirs comes back during this test.)
    for (const other of jobs.filter((j) => j !== job)) {
      await expect(deliverer.attempt(other)).rejects.toThrow('HTTP 503');
      await queue.complete(DELIVERY_QUEUE, other.id);
    }
    expect(r.received).toHaveLength(BREAKER_FAILURES);

    // Deferred now (its breaker is open), and past its window: it is not handed back but ends failed.
    const expectedError =
      'retry window over (1 h) while its endpoint kept failing (its breaker was open); re-send it once the endpoint answers';
    await expect(deliverer.attempt(job)).resolves.toBeUndefined();
    await queue.complete(DELIVERY_QUEUE, job.id);
    expect(await deliveryRow(t, deliveryId)).toEqual({
      status: 'failed',
      attempts: 0,
      last_error: expectedError,
      last_status_code: null,
      next_attempt_at: null,
    });
    // Nothing was sent for it, and nothing of it is left in the queue: no successor job.
    expect(r.received).toHaveLength(BREAKER_FAILURES);
    expect(await jobsOf(t, deliveryId)).toEqual([{ id: job.id, state: 'completed' }]);
    const listed = await t.http.get(`/api/v1/webhook-endpoints/${endpointId}/deliveries`);
    expect(listed.status).toBe(200);
    expect(listed.body.data).toContainEqual(
      expect.objectContaining({ id: deliveryId, status: 'failed', attempts: 0, lastError: expectedError }),
    );

    // The endpoint answers again; the delivery is re-sent, as a new series with a window of its own.
    r.answer = () => 200;
    const resent = await t.http.post(
      `/api/v1/webhook-endpoints/${endpointId}/deliveries/${deliveryId}/retry`,
    );
    expect(resent.status).toBe(202);
    expect(resent.body.status).toBe('pending');
    // Work it as a worker would: deferred while the breaker is still open (handed back, due later),
    // then sent as the breaker's probe once it half-opens.
    await within(
      15_000,
      async () => {
        const [due] = await fetchJobs(queue, 1);
        if (due) {
          expect(due.data.deliveryId).toBe(deliveryId);
          await deliverer.attempt(due);
          await queue.complete(DELIVERY_QUEUE, due.id);
        }
        return (await deliveryRow(t, deliveryId))?.status === 'succeeded';
      },
      'the re-sent delivery delivered',
    );
    expect(r.received).toHaveLength(BREAKER_FAILURES + 1);
    const delivered = r.received[BREAKER_FAILURES];
    const eventId = JSON.parse(delivered?.body ?? '{}').id;
    expect(delivered?.headers['webhook-id']).toBe(eventId);
    expect(await deliveryRow(t, deliveryId)).toMatchObject({
      status: 'succeeded',
      attempts: 1,
      last_error: null,
    });
    const left = await t.db.query(
      `SELECT id FROM pgboss.job WHERE name = $1 AND data->>'deliveryId' = $2 AND state <> 'completed'`,
      [DELIVERY_QUEUE, deliveryId],
    );
    expect(left.rows).toEqual([]);
  });

  it('an attempt made after its retry window that fails is its last: no retry', async () => {
    const t = app();
    const queue = await ownQueue(t);
    const deliverer = t.app.get(WebhookDeliverer);
    // Another owner: a fresh endpoint, its breaker closed, and no deliveries of the test above.
    const user = await t.newUser();
    const agent = t.asUser(user);
    const r = await receiver();
    r.answer = () => 503;
    await subscribe(agent, r.url);
    await fund(agent, await newWallet(agent));
    const [deliveryId] = await queuedDeliveries(t);
    if (!deliveryId) throw new Error('expected the delivery job');
    await beganHoursAgo(t, deliveryId, 2);
    const [job] = await fetchJobs(queue, 1);
    if (!job) throw new Error('expected the delivery job');
    expect(job.data.deliveryId).toBe(deliveryId);
    // Its job has retries left: only the window makes this attempt the last.
    expect(job.retryCount).toBeLessThan(job.retryLimit);

    // It fails, but the job is not failed for a retry: the delivery is failed for good.
    await expect(deliverer.attempt(job)).resolves.toBeUndefined();
    await queue.complete(DELIVERY_QUEUE, job.id);
    expect(r.received).toHaveLength(1);
    expect(await deliveryRow(t, deliveryId)).toEqual({
      status: 'failed',
      attempts: 1,
      last_error: 'HTTP 503',
      last_status_code: 503,
      next_attempt_at: null,
    });
    expect(await jobsOf(t, deliveryId)).toEqual([{ id: job.id, state: 'completed' }]);
  });
});
