import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import path from 'node:path';
import { Webhook } from 'standardwebhooks';
import { startTestApp, type TestApp } from '../support/app';
import { type Receiver, startReceiver } from '../support/receiver';

const CLI = path.join(__dirname, '..', '..', 'dist', 'cli', 'webhooks-listen.js');

/**
 * `pnpm webhooks:listen` as a developer runs it: the built CLI follows a real API's event stream with an
 * API key and forwards each event, signed, to a receiver on 127.0.0.1. The API itself refuses private
 * targets here (the default): the CLI is how a laptop gets webhooks.
 */
describe('pnpm webhooks:listen', () => {
  let t: TestApp;
  let receiver: Receiver;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    receiver = await startReceiver('/hook');
  });
  afterAll(async () => {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await receiver?.close();
    await t?.close();
  });

  /** Starts the CLI; resolves with it, its output so far, and the secret it printed, once it listens. */
  async function listen(args: string[], env: Record<string, string>) {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...process.env, WALLET_API_KEY: '', WALLET_API_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    const output = { out: '', err: '' };
    child.stdout?.on('data', (chunk: Buffer) => {
      output.out += chunk.toString('utf8');
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output.err += chunk.toString('utf8');
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    return { child, output, exited };
  }

  async function until(check: () => boolean, what: string) {
    const deadline = Date.now() + 60_000;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('forwards each event of the account to the local URL, signed with the secret it printed', async () => {
    const user = await t.newUser();
    const { key } = await user.keyWith(['wallets:read']);
    const cli = await listen(['--forward-to', receiver.url, '--api-url', t.baseUrl], { WALLET_API_KEY: key });
    await until(() => /whsec_\S+/.test(cli.output.out), 'the secret');
    const secret = /(whsec_\S+)/.exec(cli.output.out)?.[1] as string;
    // Once the stream is open, no event of the account is missed.
    await until(() => cli.output.out.includes('Ready'), 'the stream to open');

    const source = (await user.api.post('/api/v1/wallets').send({ currency: 'USD' })).body;
    const destination = (await user.api.post('/api/v1/wallets').send({ currency: 'USD' })).body;
    const funded = await user.api.post(`/api/v1/wallets/${source.id}/fund`).send({ amount: '40.00' });
    expect(funded.status).toBe(201);
    const moved = await user.api
      .post('/api/v1/wallets/transfer')
      .send({ sourceWalletId: source.id, destinationWalletId: destination.id, amount: '15.00' });
    expect(moved.status).toBe(201);
    // Someone else's money is not this account's event.
    const other = await t.newUser();
    const theirs = (await other.api.post('/api/v1/wallets').send({ currency: 'USD' })).body;
    await other.api.post(`/api/v1/wallets/${theirs.id}/fund`).send({ amount: '1.00' });

    const deliveries = await receiver.waitFor(3);
    const events = deliveries.map((d) => {
      const headers = {
        'webhook-id': String(d.headers['webhook-id']),
        'webhook-timestamp': String(d.headers['webhook-timestamp']),
        'webhook-signature': String(d.headers['webhook-signature']),
      };
      const event = new Webhook(secret).verify(d.body, headers) as {
        id: string;
        type: string;
        createdAt: string;
        data: { id: string; walletId: string; type: string; amount: number };
      };
      expect(event.id).toBe(headers['webhook-id']);
      return event;
    });
    const seen = events.map((e) => [e.type, e.data.type, e.data.walletId, e.data.amount]);
    expect(seen[0]).toEqual(['transaction.succeeded', 'FUND', source.id, 40]);
    expect(seen.slice(1)).toEqual(
      expect.arrayContaining([
        ['transaction.succeeded', 'TRANSFER_OUT', source.id, 15],
        ['transaction.succeeded', 'TRANSFER_IN', destination.id, 15],
      ]),
    );
    expect(events[0]?.data.id).toBe(funded.body.transaction.id);
    expect(Object.keys(events[0] ?? {}).sort()).toEqual(['createdAt', 'data', 'id', 'livemode', 'type']);
    expect(events[0]).toMatchObject({ livemode: true });
    // A tampered body does not verify with the printed secret.
    const first = deliveries[0];
    if (!first) throw new Error('no delivery');
    expect(() =>
      new Webhook(secret).verify(first.body.replace('40', '41'), {
        'webhook-id': String(first.headers['webhook-id']),
        'webhook-timestamp': String(first.headers['webhook-timestamp']),
        'webhook-signature': String(first.headers['webhook-signature']),
      }),
    ).toThrow();
    await until(
      () => cli.output.out.split('\n').filter((l) => l.includes('[200]')).length === 3,
      'three lines',
    );
    const lines = cli.output.out.split('\n').filter((l) => l.includes('[200]'));
    expect(lines[0]).toContain('transaction.succeeded');
    expect(lines[0]).toContain(events[0]?.id);
    expect(lines[0]).toContain(receiver.url);

    expect(receiver.received.filter((d) => d.body.includes(theirs.id))).toEqual([]);
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });

  it('resumes with Last-Event-ID after the stream is cut, forwarding what happened meanwhile', async () => {
    const user = await t.newUser();
    const wallet = (await user.api.post('/api/v1/wallets').send({ currency: 'USD' })).body;
    // A proxy between the CLI and the API, whose connections the test can cut.
    const sockets = new Set<net.Socket>();
    const proxy = net.createServer((client) => {
      const upstream = net.connect(Number(new URL(t.baseUrl).port), '127.0.0.1');
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('error', () => {});
        socket.on('close', () => sockets.delete(socket));
      }
      client.pipe(upstream).pipe(client);
    });
    proxy.listen(0, '127.0.0.1');
    await once(proxy, 'listening');
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as net.AddressInfo).port}`;
    const start = receiver.received.length;
    try {
      const cli = await listen(
        ['--forward-to', receiver.url, '--api-url', proxyUrl, '--api-key', user.key],
        {},
      );
      await until(() => cli.output.out.includes('Ready'), 'the stream to open');
      await user.api.post(`/api/v1/wallets/${wallet.id}/fund`).send({ amount: '1.00' });
      await receiver.waitFor(start + 1);
      for (const socket of sockets) socket.destroy();
      // While the CLI waits to reconnect (the stream's retry hint), money moves.
      await user.api.post(`/api/v1/wallets/${wallet.id}/fund`).send({ amount: '2.00' });
      await receiver.waitFor(start + 2);
      await until(() => cli.output.out.includes('resuming after event'), 'the resumption');
      const amounts = receiver.received.slice(start).map((d) => JSON.parse(d.body).data.amount);
      expect(amounts).toEqual([1, 2]);
      cli.child.kill('SIGTERM');
      expect(await cli.exited).toBe(0);
    } finally {
      for (const socket of sockets) socket.destroy();
      proxy.close();
    }
  });

  it('says what is missing, and stops when the API refuses the key', async () => {
    const noTarget = await listen([], { WALLET_API_KEY: 'wk_x' });
    expect(await noTarget.exited).toBe(2);
    expect(noTarget.output.err).toContain('--forward-to is required');
    const noKey = await listen(['--forward-to', receiver.url], {});
    expect(await noKey.exited).toBe(2);
    expect(noKey.output.err).toContain('WALLET_API_KEY');
    const badKey = await listen(
      ['--forward-to', receiver.url, `--api-url=${t.baseUrl}`, '--api-key', 'wk_not_a_key'],
      {},
    );
    expect(await badKey.exited).toBe(1);
    expect(badKey.output.err).toContain('the API refused the key (401)');
  });
});
