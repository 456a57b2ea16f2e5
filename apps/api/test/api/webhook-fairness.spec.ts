import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestApp } from '../support/app';
import { within } from '../support/poll';
import { type Receiver, startReceiver } from '../support/receiver';
import { useTestApp } from '../support/suite';

/**
 * Fairness between owners, over real HTTP: one owner's endpoints that never answer must not delay
 * another owner's deliveries, and an endpoint that keeps failing is spaced out by its breaker. The
 * receiver timeout is the default 10 s, as in the attack this replays: fairness must not depend on it.
 */
const app = useTestApp({
  env: {
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    WEBHOOK_RETRY_DELAY_SECONDS: '1',
  },
});

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
});

async function receiver(): Promise<Receiver> {
  const r = await startReceiver();
  closers.push(() => r.close());
  return r;
}

/** An HTTP server that takes each request and never answers it: it holds the socket until closed. */
async function silentServer(): Promise<{ url: string; requests: () => number; close(): Promise<void> }> {
  let count = 0;
  const server = http.createServer((request) => {
    request.resume();
    count++;
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const close = async () => {
    server.closeAllConnections();
    server.close();
  };
  closers.push(close);
  return { url: `http://127.0.0.1:${port}`, requests: () => count, close };
}

async function subscribe(agent: TestApp['http'], url: string): Promise<string> {
  const created = await agent
    .post('/api/v1/webhook-endpoints')
    .send({ url, events: ['transaction.succeeded'] });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

interface Listed {
  id: string;
  status: string;
  attempts: number;
  lastError: string | null;
}

async function deliveriesOf(agent: TestApp['http'], endpointId: string): Promise<Listed[]> {
  const listed = await agent.get(`/api/v1/webhook-endpoints/${endpointId}/deliveries`);
  expect(listed.status).toBe(200);
  return listed.body.data as Listed[];
}

async function fund(agent: TestApp['http'], walletId: string): Promise<void> {
  const funded = await agent.post(`/api/v1/wallets/${walletId}/fund`).send({ amount: 5 });
  expect(funded.status).toBe(201);
}

describe('webhook fairness', () => {
  it("one owner's endpoints that never answer do not delay another owner's delivery, and lose nothing", async () => {
    const t = app();
    const silent = await silentServer();
    const a = await t.newUser();
    const aEndpoints: string[] = [];
    for (let i = 0; i < 10; i++) aEndpoints.push(await subscribe(a.api, `${silent.url}/a${i}`));
    const b = await t.newUser();
    const bReceiver = await receiver();
    await subscribe(b.api, bReceiver.url);

    const aWallet = await a.api.post('/api/v1/wallets').send({ currency: 'USD' });
    for (let i = 0; i < 3; i++) await fund(a.api, aWallet.body.id);
    // A's 30 deliveries are queued first, and their attempts are under way.
    await within(5_000, () => silent.requests() >= 1, "A's first attempt");
    const bWallet = await b.api.post('/api/v1/wallets').send({ currency: 'USD' });
    await fund(b.api, bWallet.body.id);

    // B's delivery arrives within 5 s (before it took 71.7 s), well before any of A's attempts could
    // have timed out (10 s).
    const took = await within(5_000, () => bReceiver.received.length >= 1, "B's delivery");
    expect(took).toBeLessThan(5_000);
    // A holds at most its share of the workers (2 of 4).
    expect(silent.requests()).toBeLessThanOrEqual(2);

    // None of A's deliveries is lost nor queued twice: 30 rows, all still pending, each with exactly one
    // job waiting or running (a deferred one's earlier jobs are completed).
    const aDeliveries = (await Promise.all(aEndpoints.map((id) => deliveriesOf(a.api, id)))).flat();
    expect(aDeliveries).toHaveLength(30);
    expect(aDeliveries.every((d) => d.status === 'pending')).toBe(true);
    const jobs = await t.db.query<{ delivery_id: string; live: number }>(
      `SELECT data->>'deliveryId' AS delivery_id, count(*) FILTER (WHERE state < 'completed')::int AS live
         FROM pgboss.job WHERE name = 'webhook-delivery' AND data->>'deliveryId' = ANY($1::text[])
        GROUP BY 1`,
      [aDeliveries.map((d) => d.id)],
    );
    expect(jobs.rows).toHaveLength(30);
    expect(jobs.rows.every((j) => j.live === 1)).toBe(true);

    // A's attempts go on (the first time out after 10 s) and are counted once each: deferrals for a
    // busy owner are not attempts.
    await within(
      30_000,
      async () => {
        const all = (await Promise.all(aEndpoints.map((id) => deliveriesOf(a.api, id)))).flat();
        return all.some((d) => d.attempts >= 1);
      },
      "A's first recorded attempt",
    );
    const after = (await Promise.all(aEndpoints.map((id) => deliveriesOf(a.api, id)))).flat();
    expect(after).toHaveLength(30);
    expect(after.find((d) => d.attempts >= 1)?.lastError).toBe('no answer within 10000 ms');
    const recorded = after.reduce((sum, d) => sum + d.attempts, 0);
    expect(recorded).toBeLessThanOrEqual(silent.requests());
    await silent.close();
  });

  it('sends a burst to a healthy endpoint as fast as it answers, not one a second', async () => {
    const t = app();
    const user = await t.newUser();
    const r = await receiver();
    await subscribe(user.api, r.url);
    const wallet = await user.api.post('/api/v1/wallets').send({ currency: 'USD' });
    expect(wallet.status).toBe(201);

    // 20 deliveries to one endpoint at once (the fundings overlap), each answered at once.
    await Promise.all(Array.from({ length: 20 }, () => fund(user.api, wallet.body.id)));
    // Sent one a second (a busy endpoint's deliveries put back for a second or two), 20 would take
    // about 20 s; as fast as the receiver answers, well under a second.
    await within(6_000, () => r.received.length >= 20, '20 deliveries');
    expect(new Set(r.received.map((d) => d.headers['webhook-id'])).size).toBe(20);
  });

  it("opens an endpoint's breaker after failures in a row, spacing its attempts, and closes on a success", async () => {
    const t = app();
    const user = await t.newUser();
    const r = await receiver();
    let healthy = false;
    r.answer = () => (healthy ? 200 : 503);
    const endpoint = await subscribe(user.api, r.url);
    const wallet = await user.api.post('/api/v1/wallets').send({ currency: 'USD' });
    for (let i = 0; i < 5; i++) await fund(user.api, wallet.body.id);

    // 5 failures in a row open the breaker for 1 s, then each single probe that fails reopens it for
    // twice as long (2 s, 4 s, ...): over the next 10 s at most 4 more requests. Without it, 5 deliveries
    // retried after about 1, 2, 4 s would make more than 10.
    await within(15_000, () => r.received.length >= 5, 'five failures');
    const opened = r.received.length;
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    expect(r.received.length - opened).toBeLessThanOrEqual(4);

    healthy = true;
    await within(
      60_000,
      async () => (await deliveriesOf(user.api, endpoint)).every((d) => d.status === 'succeeded'),
      'every delivery succeeded after the endpoint recovered',
    );
    const deliveries = await deliveriesOf(user.api, endpoint);
    expect(deliveries).toHaveLength(5);
    // Every recorded attempt is a request the receiver got: waiting on the breaker used no attempts.
    expect(deliveries.reduce((sum, d) => sum + d.attempts, 0)).toBe(r.received.length);
  });
});
