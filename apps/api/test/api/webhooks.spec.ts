import pg from 'pg';
import { Webhook } from 'standardwebhooks';
import type { TestApp } from '../support/app';
import { type Receiver, startReceiver } from '../support/receiver';
import { useTestApp } from '../support/suite';
import { newWallet } from '../support/wallets';

/**
 * Webhooks end to end: a real receiver on 127.0.0.1 (so private targets are allowed here), short retry
 * delays, and the API's own queue and workers on the test's PostgreSQL.
 */
const app = useTestApp({
  env: {
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    WEBHOOK_RETRY_DELAY_SECONDS: '1',
    // Long enough that a receiver slowed by a loaded machine still answers in time; the hanging one does not.
    WEBHOOK_TIMEOUT_MS: '5000',
    WEBHOOK_MAX_ATTEMPTS: '4',
    DB_LOCK_TIMEOUT_MS: '500',
  },
});

const ALL_EVENTS = ['transaction.succeeded', 'transaction.failed', 'refund.succeeded'];
const receivers: Receiver[] = [];
afterAll(async () => {
  await Promise.all(receivers.map((r) => r.close()));
});

async function receiver(): Promise<Receiver> {
  const r = await startReceiver();
  receivers.push(r);
  return r;
}

async function subscribe(agent: TestApp['http'], url: string, events = ALL_EVENTS) {
  const created = await agent.post('/api/v1/webhook-endpoints').send({ url, events });
  expect(created.status).toBe(201);
  return created.body as { id: string; secret: string; url: string; events: string[] };
}

async function deliveriesOf(agent: TestApp['http'], endpointId: string) {
  const listed = await agent.get(`/api/v1/webhook-endpoints/${endpointId}/deliveries`);
  expect(listed.status).toBe(200);
  return listed.body.data as {
    id: string;
    status: string;
    attempts: number;
    lastStatusCode: number | null;
    lastError: string | null;
    eventId: string;
    type: string;
  }[];
}

/** Reads until `done` holds; gives up after 40 s with the last value, rather than at the test's timeout. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 40_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`still not done after 40 s: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('webhooks', () => {
  it('signs each delivery with the Standard Webhooks headers; the secret is shown only at creation', async () => {
    const t = app();
    const r = await receiver();
    const endpoint = await subscribe(t.http, r.url);
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    const listed = await t.http.get('/api/v1/webhook-endpoints');
    expect(listed.body.data.map((e: { id: string }) => e.id)).toContain(endpoint.id);
    expect(JSON.stringify(listed.body)).not.toContain(endpoint.secret);
    const one = await t.http.get(`/api/v1/webhook-endpoints/${endpoint.id}`);
    expect(one.status).toBe(200);
    expect(one.body.secret).toBeUndefined();

    const wallet = await newWallet(t, 'USD', '12.50');
    const [delivery] = await r.waitFor(1);
    const verified = new Webhook(endpoint.secret).verify(delivery?.body ?? '', {
      'webhook-id': String(delivery?.headers['webhook-id']),
      'webhook-timestamp': String(delivery?.headers['webhook-timestamp']),
      'webhook-signature': String(delivery?.headers['webhook-signature']),
    }) as {
      id: string;
      type: string;
      createdAt: string;
      data: { id: string; walletId: string; amount: number; type: string; createdAt: string };
    };
    // The contract's body: { id, type, createdAt, livemode, data: Transaction }; a live key's wallet: live.
    expect(Object.keys(verified).sort()).toEqual(['createdAt', 'data', 'id', 'livemode', 'type']);
    expect(verified).toMatchObject({ livemode: true });
    expect(verified.createdAt).toBe(verified.data.createdAt);
    expect(verified.type).toBe('transaction.succeeded');
    expect(verified.id).toBe(delivery?.headers['webhook-id']);
    expect(verified.data).toMatchObject({ walletId: wallet.id, amount: 12.5, type: 'FUND' });
    expect(delivery?.headers['content-type']).toBe('application/json');
    expect(() =>
      new Webhook(`whsec_${Buffer.from('another secret entirely!').toString('base64')}`).verify(
        delivery?.body ?? '',
        delivery?.headers as Record<string, string>,
      ),
    ).toThrow();
  });

  it('retries a failing receiver with the same webhook-id until it answers 2xx, keeping no response body', async () => {
    const t = app();
    const user = await t.newUser();
    const r = await receiver();
    r.answer = (n) => (n < 3 ? 500 : 204);
    const endpoint = await subscribe(user.api, r.url, ['transaction.succeeded']);
    const wallet = await user.api.post('/api/v1/wallets').send({ currency: 'USD' });
    await user.api.post(`/api/v1/wallets/${wallet.body.id}/fund`).send({ amount: 5 });
    const received = await r.waitFor(4);
    const ids = new Set(received.map((x) => x.headers['webhook-id']));
    expect(ids.size).toBe(1);
    const [delivery] = await eventually(
      () => deliveriesOf(user.api, endpoint.id),
      (d) => d[0]?.status === 'succeeded',
    );
    expect(delivery).toMatchObject({
      eventId: [...ids][0],
      type: 'transaction.succeeded',
      status: 'succeeded',
      attempts: 4,
      lastStatusCode: 204,
    });
    const stored = await t.db.query('SELECT * FROM webhook_deliveries');
    expect(JSON.stringify(stored.rows)).not.toContain('SECRET-RESPONSE-BODY');
  });

  it('gives up after the last attempt, keeps the delivery failed, and sends it again on request', async () => {
    const t = app();
    const user = await t.newUser();
    const r = await receiver();
    let healthy = false;
    r.answer = () => (healthy ? 200 : 503);
    const endpoint = await subscribe(user.api, r.url, ['transaction.succeeded']);
    const wallet = await user.api.post('/api/v1/wallets').send({ currency: 'USD' });
    await user.api.post(`/api/v1/wallets/${wallet.body.id}/fund`).send({ amount: 5 });
    const [failed] = await eventually(
      () => deliveriesOf(user.api, endpoint.id),
      (d) => d[0]?.status === 'failed',
    );
    expect(failed).toMatchObject({ attempts: 4, lastStatusCode: 503 });
    healthy = true;
    const retried = await user.api.post(
      `/api/v1/webhook-endpoints/${endpoint.id}/deliveries/${failed?.id}/retry`,
    );
    expect(retried.status).toBe(202);
    expect(retried.body.status).toBe('pending');
    const [done] = await eventually(
      () => deliveriesOf(user.api, endpoint.id),
      (d) => d[0]?.status === 'succeeded',
    );
    expect(done?.attempts).toBe(5);
    expect(new Set(r.received.map((x) => x.headers['webhook-id'])).size).toBe(1);
  });

  it("fails a delivery at once, saying why, when its endpoint's secret cannot be decrypted (its key was removed)", async () => {
    const t = app();
    const user = await t.newUser();
    const r = await receiver();
    const endpoint = await subscribe(user.api, r.url, ['transaction.succeeded']);
    const stored = await t.db.query<{ secret: string }>(
      'SELECT secret FROM webhook_endpoints WHERE id = $1',
      [endpoint.id],
    );
    const sealed = stored.rows[0]?.secret as string;
    // The same envelope under a key id SECRETS_KEYS does not list: as if its key had been removed.
    const [version, , ...rest] = sealed.split(':');
    await t.db.query('UPDATE webhook_endpoints SET secret = $1 WHERE id = $2', [
      [version, 'removed', ...rest].join(':'),
      endpoint.id,
    ]);
    const wallet = await user.api.post('/api/v1/wallets').send({ currency: 'USD' });
    await user.api.post(`/api/v1/wallets/${wallet.body.id}/fund`).send({ amount: 5 });
    const [failed] = await eventually(
      () => deliveriesOf(user.api, endpoint.id),
      (d) => d[0]?.status === 'failed',
    );
    expect(failed).toMatchObject({ attempts: 1, lastStatusCode: null });
    expect(failed?.lastError).toBe(
      'the endpoint\'s signing secret cannot be decrypted: no key "removed" is configured (SECRETS_KEYS)',
    );
    // Ended, not retried: past the retry delay (1 s) nothing more happened, and its job is completed.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const job = await t.db.query<{ state: string }>(
      `SELECT state FROM pgboss.job WHERE name = 'webhook-delivery' AND data->>'deliveryId' = $1`,
      [failed?.id],
    );
    expect(job.rows.map((j) => j.state)).toEqual(['completed']);
    expect((await deliveriesOf(user.api, endpoint.id))[0]).toMatchObject({ status: 'failed', attempts: 1 });
    expect(r.received).toHaveLength(0);

    // With the key back, a re-send delivers it.
    await t.db.query('UPDATE webhook_endpoints SET secret = $1 WHERE id = $2', [sealed, endpoint.id]);
    const retried = await user.api.post(
      `/api/v1/webhook-endpoints/${endpoint.id}/deliveries/${failed?.id}/retry`,
    );
    expect(retried.status).toBe(202);
    const [done] = await eventually(
      () => deliveriesOf(user.api, endpoint.id),
      (d) => d[0]?.status === 'succeeded',
    );
    expect(done?.attempts).toBe(2);
    const verified = new Webhook(endpoint.secret).verify(r.received[0]?.body ?? '', {
      'webhook-id': String(r.received[0]?.headers['webhook-id']),
      'webhook-timestamp': String(r.received[0]?.headers['webhook-timestamp']),
      'webhook-signature': String(r.received[0]?.headers['webhook-signature']),
    });
    expect(verified).toMatchObject({ type: 'transaction.succeeded' });
  });

  it('times out a receiver that never answers and retries it', async () => {
    const t = app();
    const user = await t.newUser();
    const r = await receiver();
    r.answer = (n) => (n === 0 ? 'hang' : 200);
    const endpoint = await subscribe(user.api, r.url, ['transaction.succeeded']);
    const wallet = await user.api.post('/api/v1/wallets').send({ currency: 'USD' });
    await user.api.post(`/api/v1/wallets/${wallet.body.id}/fund`).send({ amount: 5 });
    const [delivery] = await eventually(
      () => deliveriesOf(user.api, endpoint.id),
      (d) => d[0]?.status === 'succeeded',
    );
    expect(delivery?.attempts).toBe(2);
  });

  it('sends each side of a transfer to its own owner, a refund, and a declined attempt', async () => {
    const t = app();
    const alice = await t.newUser();
    const bob = await t.newUser();
    const ra = await receiver();
    const rb = await receiver();
    await subscribe(alice.api, ra.url);
    await subscribe(bob.api, rb.url);
    const a = await alice.api.post('/api/v1/wallets').send({ currency: 'USD' });
    const b = await bob.api.post('/api/v1/wallets').send({ currency: 'USD' });
    await alice.api.post(`/api/v1/wallets/${a.body.id}/fund`).send({ amount: 10 });
    const moved = await alice.api
      .post('/api/v1/wallets/transfer')
      .send({ sourceWalletId: a.body.id, destinationWalletId: b.body.id, amount: 4 });
    expect(moved.status).toBe(201);
    const declined = await alice.api
      .post('/api/v1/wallets/transfer')
      .send({ sourceWalletId: a.body.id, destinationWalletId: b.body.id, amount: 1000 });
    expect(declined.status).toBe(422);
    const into = (await bob.api.get(`/api/v1/wallets/${b.body.id}/transactions`)).body.data[0];
    const refund = await bob.api.post(`/api/v1/transactions/${into.id}/refund`).send({ amount: 1 });
    expect(refund.status).toBe(201);

    const bodies = (r: Receiver) =>
      r.received.map((x) => JSON.parse(x.body) as { type: string; data: Record<string, unknown> });
    await ra.waitFor(4);
    await rb.waitFor(2);
    const toAlice = bodies(ra);
    const toBob = bodies(rb);
    expect(toAlice.map((e) => `${e.type} ${e.data.type} ${e.data.status}`).sort()).toEqual([
      'refund.succeeded TRANSFER_IN SUCCESS',
      'transaction.failed TRANSFER_OUT FAILED',
      'transaction.succeeded FUND SUCCESS',
      'transaction.succeeded TRANSFER_OUT SUCCESS',
    ]);
    expect(toBob.map((e) => `${e.type} ${e.data.type}`).sort()).toEqual([
      'refund.succeeded TRANSFER_OUT',
      'transaction.succeeded TRANSFER_IN',
    ]);
    expect(toAlice.every((e) => e.data.walletId === a.body.id)).toBe(true);
    expect(toBob.every((e) => e.data.walletId === b.body.id)).toBe(true);
    // Bob's view of the money he received does not show Alice's wallet.
    const bobIn = toBob.find((e) => e.type === 'transaction.succeeded');
    expect(bobIn?.data.sourceWalletId).toBeNull();
    // Nor does the refund he sent back to it: no delivery to Bob holds Alice's wallet id anywhere.
    expect(toBob.find((e) => e.type === 'refund.succeeded')?.data.destinationWalletId).toBeNull();
    for (const delivery of rb.received) expect(delivery.body).not.toContain(a.body.id);
    // Alice still sees her own wallet on the money that came back.
    expect(toAlice.find((e) => e.type === 'refund.succeeded')?.data.destinationWalletId).toBe(a.body.id);
    expect(toAlice.find((e) => e.type === 'transaction.failed')?.data.failureCode).toBe('INSUFFICIENT_FUNDS');
  });

  it('writes no event, delivery or job for a movement that rolls back', async () => {
    const t = app();
    const user = await t.newUser();
    const r = await receiver();
    await subscribe(user.api, r.url);
    const a = await user.api.post('/api/v1/wallets').send({ currency: 'USD' });
    const events = async () =>
      Number((await t.db.query('SELECT count(*) FROM webhook_events')).rows[0].count);
    const jobs = async () =>
      Number(
        (await t.db.query("SELECT count(*) FROM pgboss.job WHERE name = 'webhook-delivery'")).rows[0].count,
      );
    const before = { events: await events(), jobs: await jobs() };

    // The queue's table is locked: the posting's job insert waits past lock_timeout, and all of it rolls back.
    const blocker = new pg.Client({ connectionString: t.databaseUrl });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE pgboss.job IN EXCLUSIVE MODE');
    const refused = await user.api.post(`/api/v1/wallets/${a.body.id}/fund`).send({ amount: 3 });
    await blocker.query('ROLLBACK');
    await blocker.end();
    expect(refused.status).toBe(503);
    expect(await events()).toBe(before.events);
    expect(await jobs()).toBe(before.jobs);
    const ledger = await t.db.query('SELECT count(*) FROM transactions WHERE wallet_id = $1', [a.body.id]);
    expect(Number(ledger.rows[0].count)).toBe(0);

    // The same with the wallet's row held: the movement times out before anything is written.
    const holder = new pg.Client({ connectionString: t.databaseUrl });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM wallets WHERE id = $1 FOR UPDATE', [a.body.id]);
    const timedOut = await user.api.post(`/api/v1/wallets/${a.body.id}/fund`).send({ amount: 3 });
    await holder.query('ROLLBACK');
    await holder.end();
    expect(timedOut.status).toBe(503);
    expect(await events()).toBe(before.events);
    expect(r.received).toHaveLength(0);
  });

  it("stops delivering once the endpoint is deleted, and hides other users' endpoints", async () => {
    const t = app();
    const user = await t.newUser();
    const other = await t.newUser();
    const r = await receiver();
    const endpoint = await subscribe(user.api, r.url);
    expect((await other.api.get(`/api/v1/webhook-endpoints/${endpoint.id}`)).status).toBe(404);
    expect((await other.api.delete(`/api/v1/webhook-endpoints/${endpoint.id}`)).status).toBe(404);
    expect((await other.api.get(`/api/v1/webhook-endpoints/${endpoint.id}/deliveries`)).status).toBe(404);
    const deleted = await user.api.delete(`/api/v1/webhook-endpoints/${endpoint.id}`);
    expect(deleted.status).toBe(204);
    expect((await user.api.delete(`/api/v1/webhook-endpoints/${endpoint.id}`)).status).toBe(404);
    const secret = await t.db.query('SELECT secret FROM webhook_endpoints WHERE id = $1', [endpoint.id]);
    expect(secret.rows[0].secret).toBeNull();
    const wallet = await user.api.post('/api/v1/wallets').send({ currency: 'USD' });
    await user.api.post(`/api/v1/wallets/${wallet.body.id}/fund`).send({ amount: 5 });
    const written = await t.db.query('SELECT count(*) FROM webhook_events WHERE owner_id = $1', [user.id]);
    expect(Number(written.rows[0].count)).toBe(0);
    expect(r.received).toHaveLength(0);
  });

  it('needs the webhooks:write scope', async () => {
    const t = app();
    const { agent } = await t.user.keyWith(['wallets:read', 'wallets:write', 'transfers:write']);
    const refused = await agent
      .post('/api/v1/webhook-endpoints')
      .send({ url: 'https://93.184.215.14/h', events: ['transaction.succeeded'] });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    expect((await agent.get('/api/v1/webhook-endpoints')).status).toBe(403);
  });

  it('needs wallets:read as well to add an endpoint with a key, since every event carries wallet data', async () => {
    const t = app();
    const user = await t.newUser();
    const r = await receiver();
    const wallet = await user.api.post('/api/v1/wallets').send({ currency: 'USD' });
    // The attack: a key that cannot read a wallet ...
    const hooksOnly = await user.keyWith(['webhooks:write']);
    expect((await hooksOnly.agent.get(`/api/v1/wallets/${wallet.body.id}`)).status).toBe(403);
    // ... asks for every movement to be sent to it: refused, and nothing is stored.
    const refused = await hooksOnly.agent
      .post('/api/v1/webhook-endpoints')
      .send({ url: r.url, events: ALL_EVENTS });
    expect(refused.status).toBe(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.code).toBe('FORBIDDEN');
    expect(refused.body.detail).toBe(
      'This request needs an API key with the webhooks:write and wallets:read scopes; this key lacks wallets:read.',
    );
    expect((await hooksOnly.agent.get('/api/v1/webhook-endpoints')).body.data).toEqual([]);
    // Managing the endpoints that exist still needs only webhooks:write.
    const other = await user.keyWith(['wallets:read', 'wallets:write']);
    expect(
      (await other.agent.post('/api/v1/webhook-endpoints').send({ url: r.url, events: ALL_EVENTS })).body
        .detail,
    ).toBe(
      'This request needs an API key with the webhooks:write and wallets:read scopes; this key lacks webhooks:write.',
    );

    // With wallets:read as well the key may: it could read the same data anyway.
    const both = await user.keyWith(['webhooks:write', 'wallets:read']);
    const created = await both.agent
      .post('/api/v1/webhook-endpoints')
      .send({ url: r.url, events: ['transaction.succeeded'] });
    expect(created.status).toBe(201);
    const listed = await hooksOnly.agent.get('/api/v1/webhook-endpoints');
    expect(listed.body.data.map((e: { id: string }) => e.id)).toEqual([created.body.id]);
    expect((await hooksOnly.agent.delete(`/api/v1/webhook-endpoints/${created.body.id}`)).status).toBe(204);
    // The dashboard (a session) has every scope.
    const fromDashboard = await user.browser
      .post('/api/v1/webhook-endpoints')
      .send({ url: r.url, events: ['transaction.succeeded'] });
    expect(fromDashboard.status).toBe(201);
  });

  it.each([
    ['http://169.254.169.254/latest/meta-data', 'link-local'],
    ['http://[fe80::1]/hooks', 'link-local'],
    ['http://[::ffff:169.254.169.254]/hooks', 'link-local'],
    ['ftp://example.com/hooks', 'http or https'],
    ['https://user:pass@example.com/hooks', 'user name or password'],
    ['not a url', 'absolute'],
    ['http://224.0.0.1/hooks', 'multicast'],
    // IPv6 spellings the setting never lifts: deprecated or tunnel forms, link-local inside them.
    ['http://[::127.0.0.1]/hooks', '::7f00:1 (IPv4-compatible for 127.0.0.1) is not a public address'],
    ['http://[::7f00:1]/hooks', 'IPv4-compatible for 127.0.0.1'],
    ['http://[::169.254.169.254]/hooks', 'link-local'],
    ['http://[64:ff9b::169.254.169.254]/hooks', 'link-local'],
    ['http://[2002:7f00:1::1]/hooks', '6to4 for 127.0.0.1'],
    ['http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/hooks', 'Teredo for 127.0.0.1'],
    ['http://[fec0::1]/hooks', 'deprecatedSiteLocal'],
    ['http://[ff02::1]/hooks', 'multicast'],
    ['http://[fe80::1%25eth0]/hooks', 'absolute'],
    ['https://no-such-host.invalid/hooks', 'no-such-host.invalid'],
  ])('refuses %s even with private targets allowed', async (url, reason) => {
    const refused = await app()
      .http.post('/api/v1/webhook-endpoints')
      .send({ url, events: ['transaction.succeeded'] });
    expect(refused.status).toBe(400);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.code).toBe('VALIDATION_FAILED');
    expect(refused.body.errors[0].field).toBe('url');
    expect(refused.body.errors[0].message).toContain(reason);
  });

  it('validates the events and the number of endpoints', async () => {
    const t = app();
    const user = await t.newUser();
    const bad = await user.api
      .post('/api/v1/webhook-endpoints')
      .send({ url: 'https://93.184.215.14/h', events: ['wallet.exploded'] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toMatch(/^events/);
    const none = await user.api
      .post('/api/v1/webhook-endpoints')
      .send({ url: 'https://93.184.215.14/h', events: [] });
    expect(none.status).toBe(400);
    const long = await user.api
      .post('/api/v1/webhook-endpoints')
      .send({ url: `https://93.184.215.14/${'a'.repeat(2100)}`, events: ['transaction.failed'] });
    expect(long.status).toBe(400);
    for (let i = 0; i < 10; i++)
      await subscribe(user.api, `https://93.184.215.14/h${i}`, ['transaction.failed']);
    const over = await user.api
      .post('/api/v1/webhook-endpoints')
      .send({ url: 'https://93.184.215.14/h', events: ['transaction.failed'] });
    expect(over.status).toBe(400);
    expect(over.body.detail).toContain('at most 10');
    const page = await user.api.get('/api/v1/webhook-endpoints?limit=4');
    expect(page.body.data).toHaveLength(4);
    expect(page.body.nextCursor).toEqual(expect.any(String));
  });
});

describe('webhook targets without private targets allowed', () => {
  const strict = useTestApp({ env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'false' } });

  it.each([
    ['http://127.0.0.1/hooks', 'loopback'],
    ['http://localhost:8080/hooks', 'this machine'],
    ['http://api.localhost/hooks', 'this machine'],
    ['http://[::1]/hooks', 'loopback'],
    ['http://10.0.0.1/hooks', 'private'],
    ['http://192.168.1.20/hooks', 'private'],
    ['http://100.64.0.1/hooks', 'carrierGradeNat'],
    ['http://[fd00::1]/hooks', 'uniqueLocal'],
    ['http://0.0.0.0/hooks', 'unspecified'],
    ['http://2130706433/hooks', '127.0.0.1'],
    ['http://0x7f.1/hooks', '127.0.0.1'],
    ['http://[::ffff:127.0.0.1]/hooks', '127.0.0.1 is not a public address (loopback)'],
    ['http://169.254.169.254/hooks', 'link-local'],
    // The attack: loopback, private and link-local in every IPv6 spelling.
    ['http://[::127.0.0.1]/hooks', '::7f00:1 (IPv4-compatible for 127.0.0.1) is not a public address'],
    ['http://[::7f00:1]/hooks', 'IPv4-compatible for 127.0.0.1'],
    ['http://[::10.0.0.1]/hooks', 'IPv4-compatible for 10.0.0.1'],
    ['http://[::169.254.169.254]/hooks', 'link-local'],
    ['http://[::ffff:7f00:1]/hooks', '127.0.0.1 is not a public address (loopback)'],
    ['http://[64:ff9b::127.0.0.1]/hooks', 'NAT64 for 127.0.0.1'],
    ['http://[64:ff9b::10.0.0.1]/hooks', 'NAT64 for 10.0.0.1'],
    ['http://[2002:a00:1::1]/hooks', '6to4 for 10.0.0.1'],
    ['http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/hooks', 'Teredo for 127.0.0.1'],
    ['http://[::]/hooks', 'unspecified'],
    ['http://[0:0:0:0:0:0:0:1]/hooks', '::1 is not a public address (loopback)'],
    ['http://[::0001]/hooks', '::1 is not a public address (loopback)'],
    ['http://[fe80::1]/hooks', 'link-local'],
    ['http://[fc00::1]/hooks', 'uniqueLocal'],
    ['http://[fec0::1]/hooks', 'deprecatedSiteLocal'],
    ['http://[ff0e::1]/hooks', 'multicast'],
    // A name with no address at all (RFC 6761: .invalid never resolves).
    ['https://no-such-host.invalid/hooks', 'no-such-host.invalid'],
  ])('refuses %s', async (url, reason) => {
    const refused = await strict()
      .http.post('/api/v1/webhook-endpoints')
      .send({ url, events: ['transaction.succeeded'] });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('VALIDATION_FAILED');
    expect(refused.body.errors[0].field).toBe('url');
    expect(refused.body.errors[0].message).toContain(reason);
    expect(refused.body.detail).toContain(reason);
  });

  it('refuses a name that does not resolve, saying so, and stores nothing', async () => {
    const user = await strict().newUser();
    const refused = await user.api
      .post('/api/v1/webhook-endpoints')
      .send({ url: 'https://no-such-host.invalid/hooks', events: ['transaction.succeeded'] });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].message).toMatch(
      /^no-such-host\.invalid (does not resolve to any address|could not be resolved|did not resolve)/,
    );
    expect((await user.api.get('/api/v1/webhook-endpoints')).body.data).toEqual([]);
  });

  it('names a refused private target, says why, and how to develop locally; not for link-local', async () => {
    const post = (url: string) =>
      strict()
        .http.post('/api/v1/webhook-endpoints')
        .send({ url, events: ['transaction.succeeded'] });
    for (const [url, why] of [
      ['http://localhost:4000/hook', 'localhost is this machine'],
      ['http://127.0.0.1:4000/hook', '127.0.0.1 is not a public address (loopback)'],
      ['http://10.0.0.1/hook', '10.0.0.1 is not a public address (private)'],
    ] as const) {
      const refused = await post(url);
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('VALIDATION_FAILED');
      expect(refused.body.detail).toBe(
        `The webhook URL ${url} is refused: ${why}; webhooks go to public addresses only. ` +
          `To receive events on this machine during development, run \`pnpm webhooks:listen --forward-to ${url}\` ` +
          "(it follows your account's events and forwards each to that address, signed, with no public URL), " +
          'or set WEBHOOK_ALLOW_PRIVATE_TARGETS=true on a development server (never in production).',
      );
      // The URL field's message, which the dashboard shows under the field, says as much.
      expect(refused.body.errors).toEqual([
        {
          field: 'url',
          message:
            `${why}; webhooks go to public addresses only. For local development, run ` +
            `\`pnpm webhooks:listen --forward-to ${url}\` instead, or set WEBHOOK_ALLOW_PRIVATE_TARGETS=true on a development server.`,
        },
      ]);
    }
    // The setting would not allow it: no hint.
    expect((await post('http://169.254.169.254/hooks')).body.detail).not.toContain(
      'WEBHOOK_ALLOW_PRIVATE_TARGETS',
    );
    expect((await post('http://169.254.169.254/hooks')).body.detail).not.toContain('webhooks:listen');
  });

  it('accepts a public address', async () => {
    const created = await strict()
      .http.post('/api/v1/webhook-endpoints')
      .send({ url: 'https://93.184.215.14/hooks', events: ['transaction.succeeded'] });
    expect(created.status).toBe(201);
  });
});
