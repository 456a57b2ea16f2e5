import { Webhook } from 'standardwebhooks';
import { type Receiver, startReceiver } from '../support/receiver';
import { useTestApp } from '../support/suite';

/**
 * "Send a test event": a signed webhook.test event, through the outbox and the queue like every event,
 * to the endpoint asked for whatever it subscribes to, listed among its deliveries.
 */
const app = useTestApp({
  env: {
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    WEBHOOK_RETRY_DELAY_SECONDS: '1',
    WEBHOOK_TIMEOUT_MS: '5000',
  },
});

const receivers: Receiver[] = [];
afterAll(async () => {
  await Promise.all(receivers.map((r) => r.close()));
});

async function receiver(): Promise<Receiver> {
  const r = await startReceiver();
  receivers.push(r);
  return r;
}

/** Reads until `done` holds; gives up after 40 s with the last value. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 40_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`still not done after 40 s: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('webhook test events', () => {
  it('sends a signed webhook.test event to an endpoint that does not subscribe to it, and lists it', async () => {
    const t = app();
    const r = await receiver();
    const created = await t.http
      .post('/api/v1/webhook-endpoints')
      .send({ url: r.url, events: ['refund.succeeded'] });
    expect(created.status).toBe(201);
    const { id, secret } = created.body as { id: string; secret: string };

    const sent = await t.http.post(`/api/v1/webhook-endpoints/${id}/test`);
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ type: 'webhook.test', status: 'pending', attempts: 0 });

    const [delivery] = await r.waitFor(1);
    if (!delivery) throw new Error('no delivery');
    const headers = {
      'webhook-id': String(delivery.headers['webhook-id']),
      'webhook-timestamp': String(delivery.headers['webhook-timestamp']),
      'webhook-signature': String(delivery.headers['webhook-signature']),
    };
    const event = new Webhook(secret).verify(delivery.body, headers) as Record<string, unknown>;
    expect(headers['webhook-id']).toBe(sent.body.eventId);
    expect(event).toEqual({
      id: sent.body.eventId,
      type: 'webhook.test',
      createdAt: expect.any(String),
      livemode: true,
      data: { endpointId: id, message: expect.stringContaining('test event') },
    });

    const listed = await eventually(
      async () => (await t.http.get(`/api/v1/webhook-endpoints/${id}/deliveries`)).body.data,
      (rows: { status: string }[]) => rows[0]?.status === 'succeeded',
    );
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({
      id: sent.body.id,
      type: 'webhook.test',
      lastStatusCode: 200,
      attempts: 1,
    });
  });

  it('works from the dashboard session and with a key that has webhooks:write alone', async () => {
    const t = app();
    const r = await receiver();
    const created = await t.user.browser
      .post('/api/v1/webhook-endpoints')
      .send({ url: r.url, events: ['transaction.succeeded'] });
    expect(created.status).toBe(201);
    const fromSession = await t.user.browser.post(`/api/v1/webhook-endpoints/${created.body.id}/test`);
    expect(fromSession.status).toBe(201);
    const { agent } = await t.user.keyWith(['webhooks:write']);
    const fromKey = await agent.post(`/api/v1/webhook-endpoints/${created.body.id}/test`);
    expect(fromKey.status).toBe(201);
    expect(fromKey.body.eventId).not.toBe(fromSession.body.eventId);
    await r.waitFor(2);
    const types = r.received.map((d) => JSON.parse(d.body).type);
    expect(types).toEqual(['webhook.test', 'webhook.test']);
  });

  it("answers 404 for another user's endpoint, an unknown or deleted one, and 403 without webhooks:write", async () => {
    const t = app();
    const r = await receiver();
    const created = await t.http
      .post('/api/v1/webhook-endpoints')
      .send({ url: r.url, events: ['transaction.succeeded'] });
    const other = await t.newUser();
    const foreign = await other.api.post(`/api/v1/webhook-endpoints/${created.body.id}/test`);
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('NOT_FOUND');
    const unknown = await t.http.post('/api/v1/webhook-endpoints/00000000-0000-4000-8000-000000000000/test');
    expect(unknown.status).toBe(404);
    const badId = await t.http.post('/api/v1/webhook-endpoints/not-an-id/test');
    expect(badId.status).toBe(400);
    const { agent } = await t.user.keyWith(['wallets:read', 'wallets:write', 'transfers:write']);
    const forbidden = await agent.post(`/api/v1/webhook-endpoints/${created.body.id}/test`);
    expect(forbidden.status).toBe(403);
    expect((await t.http.delete(`/api/v1/webhook-endpoints/${created.body.id}`)).status).toBe(204);
    const deleted = await t.http.post(`/api/v1/webhook-endpoints/${created.body.id}/test`);
    expect(deleted.status).toBe(404);
    // Nothing was written for the refused ones.
    const events = await t.db.query(
      "SELECT count(*)::int AS n FROM webhook_events WHERE payload->'data'->>'endpointId' = $1",
      [created.body.id],
    );
    expect(events.rows[0].n).toBe(0);
    expect(r.received).toHaveLength(0);
  });

  it('is no type an endpoint can subscribe to', async () => {
    const t = app();
    const refused = await t.http
      .post('/api/v1/webhook-endpoints')
      .send({ url: 'http://127.0.0.1:1/hook', events: ['webhook.test'] });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].field).toBe('events.0');
  });
});
