import request from 'supertest';
import { expectProblem } from '../support/problems';
import { type Receiver, startReceiver } from '../support/receiver';
import { useTestApp } from '../support/suite';
import { ALL_SCOPES } from '../support/users';

/**
 * Webhooks in test mode, over real HTTP with a receiver on 127.0.0.1: an endpoint is of the mode of the
 * caller that made it; the other mode's callers cannot see, delete, test or read the deliveries of it
 * (404); a test wallet's events go to test endpoints only (livemode false), a live wallet's to live ones
 * only (livemode true).
 */
const app = useTestApp({ env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', WEBHOOK_RETRY_DELAY_SECONDS: '1' } });

type Agent = ReturnType<typeof request.agent>;
type Body = { id: string; type: string; livemode: boolean; data: { walletId?: string; endpointId?: string } };

const receivers: Receiver[] = [];
afterAll(async () => {
  await Promise.all(receivers.map((r) => r.close()));
});

async function subscribe(agent: Agent, mode: 'live' | 'test'): Promise<{ id: string; receiver: Receiver }> {
  const receiver = await startReceiver();
  receivers.push(receiver);
  const created = await agent
    .post('/api/v1/webhook-endpoints')
    .send({ url: receiver.url, events: ['transaction.succeeded'] });
  expect(created.status).toBe(201);
  expect(created.body.mode).toBe(mode);
  return { id: created.body.id, receiver };
}

/** Two funded-and-transferred wallets of the agent's mode: three transaction.succeeded of each owner's. */
async function moveMoney(agent: Agent): Promise<string[]> {
  const ids: string[] = [];
  for (const fund of ['30', null]) {
    const created = await agent.post('/api/v1/wallets').send({ currency: 'USD' });
    expect(created.status).toBe(201);
    ids.push(created.body.id);
    if (fund)
      expect(
        (await agent.post(`/api/v1/wallets/${created.body.id}/fund`).send({ amount: fund })).status,
      ).toBe(201);
  }
  const [sourceWalletId, destinationWalletId] = ids;
  const moved = await agent
    .post('/api/v1/wallets/transfer')
    .send({ sourceWalletId, destinationWalletId, amount: '5' });
  expect(moved.status).toBe(201);
  return ids;
}

async function deliveryCount(agent: Agent, endpointId: string): Promise<number> {
  const listed = await agent.get(`/api/v1/webhook-endpoints/${endpointId}/deliveries`);
  expect(listed.status).toBe(200);
  return listed.body.data.length;
}

const bodies = (receiver: Receiver): Body[] => receiver.received.map((r) => JSON.parse(r.body) as Body);

describe('webhooks in test mode', () => {
  it('keeps each mode to its own endpoints, and sends each mode its own events with livemode', async () => {
    const t = app();
    const user = await t.newUser();
    const live = user.api;
    const key = await user.browser
      .post('/api/v1/api-keys')
      .send({ name: 'ci', scopes: ALL_SCOPES, mode: 'test' });
    expect(key.status).toBe(201);
    const test = request.agent(t.baseUrl).set('Authorization', `Bearer ${key.body.key}`) as unknown as Agent;

    const liveHook = await subscribe(live, 'live');
    const testHook = await subscribe(test, 'test');

    // Each mode lists only its own; the other mode's endpoint is not there for any operation.
    const listed = async (agent: Agent) =>
      (await agent.get('/api/v1/webhook-endpoints')).body.data.map((e: { id: string }) => e.id);
    expect(await listed(live)).toEqual([liveHook.id]);
    expect(await listed(test)).toEqual([testHook.id]);
    for (const [agent, other] of [
      [test, liveHook.id],
      [live, testHook.id],
    ] as const) {
      expectProblem(await agent.get(`/api/v1/webhook-endpoints/${other}`), 404, 'NOT_FOUND');
      expectProblem(await agent.get(`/api/v1/webhook-endpoints/${other}/deliveries`), 404, 'NOT_FOUND');
      expectProblem(await agent.post(`/api/v1/webhook-endpoints/${other}/test`), 404, 'NOT_FOUND');
      expectProblem(await agent.delete(`/api/v1/webhook-endpoints/${other}`), 404, 'NOT_FOUND');
    }
    // The session in test mode (the dashboard) sees the test endpoint, and only it.
    const session = await user.browser.get('/api/v1/webhook-endpoints').set('Wallet-Mode', 'test');
    expect(session.body.data.map((e: { id: string }) => e.id)).toEqual([testHook.id]);

    // Test money: the deliveries are written with the posting, to the test endpoint only.
    const testWallets = await moveMoney(test);
    expect(await deliveryCount(test, testHook.id)).toBe(3);
    expect(await deliveryCount(live, liveHook.id)).toBe(0);
    await testHook.receiver.waitFor(3);
    for (const body of bodies(testHook.receiver)) {
      expect(body).toMatchObject({ type: 'transaction.succeeded', livemode: false });
      expect(testWallets).toContain(body.data.walletId);
    }

    // Live money: to the live endpoint only.
    const liveWallets = await moveMoney(live);
    expect(await deliveryCount(live, liveHook.id)).toBe(3);
    expect(await deliveryCount(test, testHook.id)).toBe(3);
    await liveHook.receiver.waitFor(3);
    for (const body of bodies(liveHook.receiver)) {
      expect(body).toMatchObject({ type: 'transaction.succeeded', livemode: true });
      expect(liveWallets).toContain(body.data.walletId);
    }

    // A test event is of its endpoint's mode.
    expect((await test.post(`/api/v1/webhook-endpoints/${testHook.id}/test`)).status).toBe(201);
    await testHook.receiver.waitFor(4);
    expect(bodies(testHook.receiver)[3]).toMatchObject({
      type: 'webhook.test',
      livemode: false,
      data: { endpointId: testHook.id },
    });
    expect(liveHook.receiver.received).toHaveLength(3);

    // Each mode deletes its own.
    expect((await test.delete(`/api/v1/webhook-endpoints/${testHook.id}`)).status).toBe(204);
    expect(await listed(live)).toEqual([liveHook.id]);
  });
});
