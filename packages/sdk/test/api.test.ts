import { execFile } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { createWalletClient, type WalletClient } from '../src/client';
import { WalletApiError } from '../src/wallet-api-error';
import { verifyWebhook, WebhookVerificationError } from '../src/webhooks';
import { newApiKey, type RunningApi, startApi } from './support/product';

/**
 * The SDK against the real, built API on a real PostgreSQL, over real HTTP. Faults are injected
 * between the client and the server by the `fetch` the client is given: the server always does its
 * part for real.
 */
let api: RunningApi;
let apiKey: string;

beforeAll(async () => {
  api = await startApi();
  apiKey = await newApiKey(api.baseUrl);
});

afterAll(async () => {
  await api?.stop();
});

/** Every request the client sends, with the time it went and its Idempotency-Key. */
interface Sent {
  method: string;
  path: string;
  key: string | null;
  at: number;
}

/** A client whose fetch records each attempt and lets `fault` answer (or fail) instead of the server. */
function clientWith(
  fault: (request: Request, n: number, real: () => Promise<Response>) => Promise<Response | null> | null,
  options: { retries?: number; maxRetryDelayMs?: number } = {},
): { client: WalletClient; sent: Sent[] } {
  const sent: Sent[] = [];
  const client = createWalletClient({
    baseUrl: api.baseUrl,
    apiKey,
    ...options,
    fetch: async (request) => {
      const url = new URL(request.url);
      sent.push({
        method: request.method,
        path: url.pathname,
        key: request.headers.get('idempotency-key'),
        at: Date.now(),
      });
      const real = () => fetch(request);
      return (await fault(request, sent.length - 1, real)) ?? real();
    },
  });
  return { client, sent };
}

const plain = () => createWalletClient({ baseUrl: api.baseUrl, apiKey });

async function fundedPair(client: WalletClient, amount: string) {
  const { data: source } = await client.POST('/api/v1/wallets', {
    body: { currency: 'USD', name: 'Source' },
  });
  const { data: destination } = await client.POST('/api/v1/wallets', { body: { currency: 'USD' } });
  if (!source || !destination) throw new Error('no wallets');
  await client.POST('/api/v1/wallets/{id}/fund', { params: { path: { id: source.id } }, body: { amount } });
  return { source, destination };
}

async function balanceOf(client: WalletClient, id: string): Promise<number> {
  const { data } = await client.GET('/api/v1/wallets/{id}', { params: { path: { id } } });
  if (!data) throw new Error('no wallet');
  return data.balance;
}

async function transfersOutOf(client: WalletClient, id: string) {
  const { data } = await client.GET('/api/v1/wallets/{id}/transactions', {
    params: { path: { id }, query: { type: 'TRANSFER_OUT' } },
  });
  return data?.data ?? [];
}

describe('the SDK against the running API', () => {
  it('makes typed calls: wallets, funding, a transfer, a read', async () => {
    const client = plain();
    const { source, destination } = await fundedPair(client, '100.00');
    expect(source).toMatchObject({ currency: 'USD', name: 'Source', balance: 0 });
    const { data, response } = await client.POST('/api/v1/wallets/transfer', {
      body: { sourceWalletId: source.id, destinationWalletId: destination.id, amount: 12.5 },
    });
    expect(response.status).toBe(201);
    expect(data?.sourceWallet.balance).toBe(87.5);
    expect(await balanceOf(client, destination.id)).toBe(12.5);
  });

  it('retries a transfer answered 503 after the server moved the money, with the same key: money moves once', async () => {
    const setup = plain();
    const { source, destination } = await fundedPair(setup, '100.00');
    const { client, sent } = clientWith(async (request, n, real) => {
      if (!request.url.endsWith('/api/v1/wallets/transfer') || n > 0) return null;
      // The server does the work; its answer is lost behind a 503, as from an overloaded proxy.
      const done = await real();
      expect(done.status).toBe(201);
      return new Response(
        JSON.stringify({
          type: 'about:blank',
          title: 'Unavailable',
          status: 503,
          detail: 'try again',
          code: 'SERVICE_UNAVAILABLE',
        }),
        { status: 503, headers: { 'content-type': 'application/problem+json', 'retry-after': '0' } },
      );
    });
    const { data, response } = await client.POST('/api/v1/wallets/transfer', {
      body: { sourceWalletId: source.id, destinationWalletId: destination.id, amount: '30.00' },
    });
    expect(sent).toHaveLength(2);
    expect(sent[0]?.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent[1]?.key).toBe(sent[0]?.key);
    expect(response.status).toBe(201);
    expect(response.headers.get('idempotent-replayed')).toBe('true');
    expect(data?.sourceWallet.balance).toBe(70);
    expect(await balanceOf(setup, source.id)).toBe(70);
    expect(await balanceOf(setup, destination.id)).toBe(30);
    expect(await transfersOutOf(setup, source.id)).toHaveLength(1);
  });

  it('retries a transfer whose connection dropped after the server moved the money: money moves once', async () => {
    const setup = plain();
    const { source, destination } = await fundedPair(setup, '50.00');
    const { client, sent } = clientWith(async (request, n, real) => {
      if (!request.url.endsWith('/api/v1/wallets/transfer') || n > 0) return null;
      await (await real()).text();
      throw new TypeError('fetch failed (the connection was reset)');
    });
    const { response } = await client.POST('/api/v1/wallets/transfer', {
      body: { sourceWalletId: source.id, destinationWalletId: destination.id, amount: '20.00' },
      headers: { 'Idempotency-Key': 'order-7781-payout' },
    });
    expect(sent.map((s) => s.key)).toEqual(['order-7781-payout', 'order-7781-payout']);
    expect(response.headers.get('idempotent-replayed')).toBe('true');
    expect(await balanceOf(setup, source.id)).toBe(30);
    expect(await balanceOf(setup, destination.id)).toBe(20);
    expect(await transfersOutOf(setup, source.id)).toHaveLength(1);
  });

  it('does not retry a POST the API does not make idempotent after a network error', async () => {
    const { client, sent } = clientWith(async () => {
      throw new TypeError('fetch failed');
    });
    await expect(
      client.POST('/api/v1/webhook-endpoints', {
        body: { url: 'http://127.0.0.1:9/h', events: ['transaction.succeeded'] },
      }),
    ).rejects.toThrow('fetch failed');
    expect(sent).toHaveLength(1);
  });

  it('waits the Retry-After of a 429 before trying again', async () => {
    const { client, sent } = clientWith(async (_request, n) =>
      n === 0
        ? new Response(
            JSON.stringify({
              type: 'about:blank',
              title: 'Too many',
              status: 429,
              detail: 'slow down',
              code: 'RATE_LIMITED',
            }),
            { status: 429, headers: { 'content-type': 'application/problem+json', 'retry-after': '1' } },
          )
        : null,
    );
    const { data } = await client.GET('/api/v1/currencies');
    expect(data?.map((c) => c.code)).toContain('USD');
    expect(sent).toHaveLength(2);
    expect((sent[1]?.at ?? 0) - (sent[0]?.at ?? 0)).toBeGreaterThanOrEqual(1000);
  });

  it('gives the error at once when Retry-After is past its cap, and never retries other 4xx', async () => {
    const limited = clientWith(
      async () =>
        new Response(
          JSON.stringify({
            type: 'about:blank',
            title: 'Too many',
            status: 429,
            detail: 'slow down',
            code: 'RATE_LIMITED',
          }),
          { status: 429, headers: { 'content-type': 'application/problem+json', 'retry-after': '120' } },
        ),
      { maxRetryDelayMs: 5_000 },
    );
    const error = await limited.client.GET('/api/v1/currencies').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WalletApiError);
    expect(error).toMatchObject({ status: 429, code: 'RATE_LIMITED', retryAfterSeconds: 120 });
    expect(limited.sent).toHaveLength(1);

    const setup = plain();
    const { source, destination } = await fundedPair(setup, '5.00');
    const { client, sent } = clientWith(() => null);
    const declined = await client
      .POST('/api/v1/wallets/transfer', {
        body: { sourceWalletId: source.id, destinationWalletId: destination.id, amount: '6.00' },
      })
      .catch((e: unknown) => e);
    expect(declined).toBeInstanceOf(WalletApiError);
    const problem = declined as WalletApiError;
    expect(problem).toMatchObject({ status: 422, code: 'INSUFFICIENT_FUNDS', title: expect.any(String) });
    expect(problem.detail).toContain('5.00');
    expect(problem.requestId).toMatch(/\S/);
    const invalid = (await client
      .POST('/api/v1/wallets/{id}/fund', { params: { path: { id: source.id } }, body: { amount: 'ten' } })
      .catch((e: unknown) => e)) as WalletApiError;
    expect(invalid).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(invalid.errors.map((e) => e.field)).toContain('amount');
    expect(sent.filter((s) => s.method === 'POST')).toHaveLength(2);
  });

  it('verifies real webhook deliveries, and refuses a tampered body or an old timestamp', async () => {
    const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
    const server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
        response.writeHead(204).end();
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const client = plain();
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
      const { data: endpoint } = await client.POST('/api/v1/webhook-endpoints', {
        body: { url, events: ['transaction.succeeded'] },
      });
      if (!endpoint) throw new Error('no endpoint');
      await client.POST('/api/v1/webhook-endpoints/{id}/test', { params: { path: { id: endpoint.id } } });
      const { source } = await fundedPair(client, '7.00');
      const deadline = Date.now() + 60_000;
      while (received.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(received).toHaveLength(2);
      const events = await Promise.all(
        received.map((d) => verifyWebhook(endpoint.secret, d.headers, d.body)),
      );
      const test = events.find((e) => e.type === 'webhook.test');
      expect(test?.data).toMatchObject({ endpointId: endpoint.id });
      const funded = events.find((e) => e.type === 'transaction.succeeded');
      if (funded?.type !== 'transaction.succeeded') throw new Error('no transaction event');
      expect(funded.data).toMatchObject({ walletId: source.id, type: 'FUND', amount: 7 });

      const [delivery] = received;
      if (!delivery) throw new Error('no delivery');
      await expect(
        verifyWebhook(endpoint.secret, delivery.headers, delivery.body.replace('"type":"', '"type":"x')),
      ).rejects.toBeInstanceOf(WebhookVerificationError);
      await expect(
        verifyWebhook(endpoint.secret, delivery.headers, delivery.body, Date.now() + 6 * 60_000),
      ).rejects.toThrow('the timestamp is too old');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('runs the example (examples/pay.mjs) against the API', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(__dirname, '..', 'examples', 'pay.mjs')],
      {
        env: { ...process.env, WALLET_API_URL: api.baseUrl, WALLET_API_KEY: apiKey },
        timeout: 60_000,
      },
    );
    const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
    expect(result).toMatchObject({ payerBalance: 74.5, payeeBalance: 25.5 });
    const client = plain();
    expect(await balanceOf(client, result.payer)).toBe(74.5);
    expect(await balanceOf(client, result.payee)).toBe(25.5);
  });

  it('runs the payroll example (examples/payroll.mjs): one batch paid, the next refused whole', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(__dirname, '..', 'examples', 'payroll.mjs')],
      {
        env: { ...process.env, WALLET_API_URL: api.baseUrl, WALLET_API_KEY: apiKey },
        timeout: 60_000,
      },
    );
    const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
    expect(result).toMatchObject({
      statuses: ['SUCCESS', 'SUCCESS', 'SUCCESS'],
      refusedAt: 1,
      companyBalance: 3499.5,
    });
    const client = plain();
    expect(await balanceOf(client, result.company)).toBe(3499.5);
    expect(await Promise.all(result.staff.map((id: string) => balanceOf(client, id)))).toEqual([
      2500, 1800, 1200.5,
    ]);
  });
});
