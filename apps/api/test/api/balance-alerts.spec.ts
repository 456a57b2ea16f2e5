import { randomUUID } from 'node:crypto';
import { within } from '../support/poll';
import { startReceiver } from '../support/receiver';
import { openNamedEvents } from '../support/sse';
import { useTestApp } from '../support/suite';
import type { TestUser } from '../support/users';

const app = useTestApp({ env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' } });

async function walletOf(user: TestUser, fund?: string): Promise<string> {
  const created = await user.api.post('/api/v1/wallets').send({ currency: 'USD' });
  expect(created.status).toBe(201);
  if (fund)
    expect(
      (await user.api.post(`/api/v1/wallets/${created.body.id}/fund`).send({ amount: fund })).status,
    ).toBe(201);
  return created.body.id;
}

async function send(user: TestUser, from: string, to: string, amount: string) {
  const sent = await user.api
    .post('/api/v1/wallets/transfer')
    .set('Idempotency-Key', randomUUID())
    .send({ sourceWalletId: from, destinationWalletId: to, amount });
  return sent;
}

/** The alert webhook events written for `ownerId`, oldest first: [type, data]. */
async function alertEvents(ownerId: string) {
  const { rows } = await app().db.query(
    `SELECT type, payload FROM webhook_events WHERE owner_id = $1 AND type LIKE 'balance.%' ORDER BY created_at, id`,
    [ownerId],
  );
  return rows.map((r: { type: string; payload: { data: Record<string, unknown> } }) => [
    r.type,
    r.payload.data,
  ]);
}

async function subscribe(user: TestUser, url = 'http://127.0.0.1:9/hooks') {
  const made = await user.api
    .post('/api/v1/webhook-endpoints')
    .send({ url, events: ['balance.below', 'balance.above'] });
  expect(made.status).toBe(201);
}

describe('setting an alert', () => {
  it('sets, reads, replaces and clears it; only the owner may', async () => {
    const t = app();
    const owner = await t.newUser();
    const wallet = await walletOf(owner);
    const none = await owner.api.get(`/api/v1/wallets/${wallet}/alert`);
    expect(none.status).toBe(200);
    expect(none.body).toEqual({
      walletId: wallet,
      currency: 'USD',
      below: null,
      above: null,
      updatedAt: null,
    });

    const set = await owner.api.put(`/api/v1/wallets/${wallet}/alert`).send({ below: '20.50', above: 1000 });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ walletId: wallet, below: 20.5, above: 1000 });
    expect(typeof set.body.updatedAt).toBe('string');
    expect((await owner.api.get(`/api/v1/wallets/${wallet}/alert`)).body).toEqual(set.body);

    // Absent or null clears that side.
    const onlyAbove = await owner.api
      .put(`/api/v1/wallets/${wallet}/alert`)
      .send({ above: 500, below: null });
    expect(onlyAbove.body).toMatchObject({ below: null, above: 500 });
    const cleared = await owner.api.put(`/api/v1/wallets/${wallet}/alert`).send({});
    expect(cleared.body).toMatchObject({ below: null, above: null, updatedAt: null });
    const { rows } = await t.db.query('SELECT count(*)::int AS n FROM balance_alerts WHERE wallet_id = $1', [
      wallet,
    ]);
    expect(rows[0].n).toBe(0);

    const stranger = await t.newUser();
    for (const answer of [
      await stranger.api.put(`/api/v1/wallets/${wallet}/alert`).send({ below: 1 }),
      await stranger.api.get(`/api/v1/wallets/${wallet}/alert`),
    ]) {
      expect(answer.status).toBe(404);
      expect(answer.body.code).toBe('WALLET_NOT_FOUND');
    }
  });

  it('refuses bad thresholds (400) and changes nothing', async () => {
    const t = app();
    const owner = await t.newUser();
    const wallet = await walletOf(owner);
    await owner.api.put(`/api/v1/wallets/${wallet}/alert`).send({ below: 5 });
    for (const body of [
      { below: 10, above: 10 },
      { below: 20, above: 10 },
      { below: 0 },
      { below: '-1' },
      { above: '1.001' },
      { above: 'lots' },
      { below: 5, extra: true },
    ]) {
      const answer = await owner.api.put(`/api/v1/wallets/${wallet}/alert`).send(body);
      expect([answer.status, answer.body.code, JSON.stringify(body)]).toEqual([
        400,
        'VALIDATION_FAILED',
        JSON.stringify(body),
      ]);
    }
    expect((await owner.api.get(`/api/v1/wallets/${wallet}/alert`)).body).toMatchObject({
      below: 5,
      above: null,
    });
  });
});

describe('crossing a threshold', () => {
  it('raises balance.below once per crossing, not while it stays below, and again after it went back', async () => {
    const t = app();
    const owner = await t.newUser();
    await subscribe(owner);
    const wallet = await walletOf(owner, '100');
    const other = await walletOf(owner);
    await owner.api.put(`/api/v1/wallets/${wallet}/alert`).send({ below: 50 });
    const stream = await openNamedEvents(t.baseUrl, owner.key);
    try {
      await send(owner, wallet, other, '40'); // 100 -> 60: above still
      const crossing = await send(owner, wallet, other, '20'); // 60 -> 40: crosses
      await send(owner, wallet, other, '10'); // 40 -> 30: stays below
      await send(owner, other, wallet, '30'); // 30 -> 60: back over (no "below")
      await send(owner, wallet, other, '10'); // 60 -> 50: at the threshold is not below
      const again = await send(owner, wallet, other, '0.01'); // 50 -> 49.99: crosses again

      const events = await alertEvents(owner.id);
      expect(events).toEqual([
        [
          'balance.below',
          {
            walletId: wallet,
            threshold: 50,
            balance: 40,
            currency: 'USD',
            transactionId: crossing.body.transactions[0].id,
          },
        ],
        [
          'balance.below',
          {
            walletId: wallet,
            threshold: 50,
            balance: 49.99,
            currency: 'USD',
            transactionId: again.body.transactions[0].id,
          },
        ],
      ]);
      await within(10_000, () => stream.named('alert').length >= 2, 'the live alerts');
      expect(stream.named('alert').map((e) => e.data)).toEqual([
        {
          type: 'balance.below',
          walletId: wallet,
          threshold: 50,
          balance: 40,
          currency: 'USD',
          transactionId: crossing.body.transactions[0].id,
          livemode: true,
        },
        {
          type: 'balance.below',
          walletId: wallet,
          threshold: 50,
          balance: 49.99,
          currency: 'USD',
          transactionId: again.body.transactions[0].id,
          livemode: true,
        },
      ]);
    } finally {
      stream.close();
    }
  });

  it('raises balance.above going up past it (a payment received from another user too), delivered as a webhook', async () => {
    const t = app();
    const owner = await t.newUser();
    const receiver = await startReceiver();
    try {
      await subscribe(owner, receiver.url);
      const wallet = await walletOf(owner, '90');
      await owner.api.put(`/api/v1/wallets/${wallet}/alert`).send({ below: 10, above: 100 });
      const payer = await t.newUser();
      const payerWallet = await walletOf(payer, '50');
      const paid = await send(payer, payerWallet, wallet, '20'); // 90 -> 110 on the owner's wallet
      expect(paid.status).toBe(201);
      await owner.api.post(`/api/v1/wallets/${wallet}/fund`).send({ amount: '5' }); // 110 -> 115: stays above
      const [delivered] = await receiver.waitFor(1);
      const body = JSON.parse(delivered?.body ?? '{}');
      expect(body).toMatchObject({
        type: 'balance.above',
        data: { walletId: wallet, threshold: 100, balance: 110, currency: 'USD' },
      });
      expect(typeof body.data.transactionId).toBe('string');
      expect((await alertEvents(owner.id)).map(([type]) => type)).toEqual(['balance.above']);
      // The payer, who has no alert, was told nothing of it.
      expect(await alertEvents(payer.id)).toEqual([]);
    } finally {
      await receiver.close();
    }
  });

  it('a declined movement crosses nothing; two debits at once raise exactly one alert', async () => {
    const t = app();
    const owner = await t.newUser();
    await subscribe(owner);
    const wallet = await walletOf(owner, '100');
    const other = await walletOf(owner);
    await owner.api.put(`/api/v1/wallets/${wallet}/alert`).send({ below: 75 });
    expect((await send(owner, wallet, other, '500')).status).toBe(422);
    expect(await alertEvents(owner.id)).toEqual([]);
    // 100 -> 80 and 80 -> 60 in some order: exactly one of them crosses 75.
    const both = await Promise.all([send(owner, wallet, other, '20'), send(owner, wallet, other, '20')]);
    expect(both.map((r) => r.status)).toEqual([201, 201]);
    const events = await alertEvents(owner.id);
    expect(events).toHaveLength(1);
    expect(events[0]?.[1]).toMatchObject({ threshold: 75, balance: 60 });
  });
});
