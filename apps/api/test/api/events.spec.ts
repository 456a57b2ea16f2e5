import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { sha256 } from '../../src/auth/secrets';
import { EventStream } from '../../src/events/event-stream';
import { EventsService } from '../../src/events/events.service';
import { startTestApp, type TestApp } from '../support/app';
import { expectLedgerConsistent } from '../support/ledger';
import { within } from '../support/poll';
import { expectProblem } from '../support/problems';
import { type Product, startProduct } from '../support/product';
import type { TestUser } from '../support/users';
import { newWallet, seedFunds } from '../support/wallets';

/**
 * GET /api/v1/events: a user's new ledger rows as they commit, heard by every API process through
 * PostgreSQL's LISTEN/NOTIFY, resumable with Last-Event-ID.
 */

/**
 * How long a test waits for what must come (an event, a stream's end). Events arrive within milliseconds
 * on a quiet machine; the bound only decides when a test gives up, so it is generous for a loaded one.
 */
const PATIENCE_MS = 10_000;
/**
 * How long a test waits for a stream to end after its credential is revoked: a notification away, far
 * less than the heartbeat (15 s) that used to be the only check; generous for a loaded machine.
 */
const REVOCATION_PATIENCE_MS = 5_000;

/** One ledger entry as the stream sends it: its `transaction` event, then its `balance` event, one id. */
interface SseEvent {
  id: string;
  data: { transaction: Record<string, unknown>; wallet: Record<string, unknown> };
}

interface OpenStream {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Every event as it came: its id and its name. */
  framing: { id: string; event: string }[];
  /** The entries, each once its `balance` event has come after its `transaction` event. */
  events: SseEvent[];
  comments: string[];
  /** Resolves once the stream is over: true when the server ended it cleanly, false when it was cut. */
  ended: Promise<boolean>;
  waitFor(count: number, withinMs?: number): Promise<SseEvent[]>;
  /** The first event whose transaction matches; a row committed just before the stream opened may come first. */
  waitForOne(match: (tx: Record<string, unknown>) => boolean, withinMs?: number): Promise<SseEvent>;
  close(): void;
}

/**
 * Opens the stream over plain HTTP and parses what arrives, as an EventSource would; each `balance`
 * event is paired with the `transaction` event of the same id just before it (anything else fails).
 */
function openStream(baseUrl: string, headers: Record<string, string>): Promise<OpenStream> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${baseUrl}/api/v1/events`, { headers }, (res) => {
      const framing: { id: string; event: string }[] = [];
      const events: SseEvent[] = [];
      let entry: { id: string; transaction: Record<string, unknown> } | null = null;
      const comments: string[] = [];
      let buffer = '';
      let body = '';
      const ended = new Promise<boolean>((done) => {
        res.on('end', () => done(res.complete));
        res.on('close', () => done(res.complete));
        res.on('error', () => done(false));
      });
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
        buffer += chunk;
        let at = buffer.indexOf('\n\n');
        while (at >= 0) {
          const block = buffer.slice(0, at);
          buffer = buffer.slice(at + 2);
          const fields: Record<string, string> = {};
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) comments.push(line);
            const colon = line.indexOf(': ');
            if (colon > 0) fields[line.slice(0, colon)] = line.slice(colon + 2);
          }
          if (fields.event) {
            const id = fields.id ?? '';
            const data = JSON.parse(fields.data ?? 'null');
            framing.push({ id, event: fields.event });
            if (fields.event === 'transaction') entry = { id, transaction: data };
            else if (fields.event === 'balance' && entry?.id === id) {
              events.push({ id, data: { transaction: entry.transaction, wallet: data } });
              entry = null;
            } else throw new Error(`an event out of place: ${block}`);
          }
          at = buffer.indexOf('\n\n');
        }
      });
      const waitFor = async (count: number, withinMs = PATIENCE_MS) => {
        const started = Date.now();
        while (events.length < count) {
          if (Date.now() - started > withinMs) {
            throw new Error(`${events.length} of ${count} events after ${withinMs} ms: ${body}`);
          }
          await new Promise((r) => setTimeout(r, 10));
        }
        return events;
      };
      const waitForOne = async (match: (tx: Record<string, unknown>) => boolean, withinMs = PATIENCE_MS) => {
        const started = Date.now();
        for (;;) {
          const found = events.find((e) => match(e.data.transaction));
          if (found) return found;
          if (Date.now() - started > withinMs) throw new Error(`no such event after ${withinMs} ms: ${body}`);
          await new Promise((r) => setTimeout(r, 10));
        }
      };
      resolve({
        waitForOne,
        status: res.statusCode ?? 0,
        headers: res.headers,
        framing,
        events,
        comments,
        ended,
        waitFor,
        close: () => req.destroy(),
        get body() {
          return body;
        },
      } as OpenStream);
    });
    req.on('error', reject);
  });
}

const bearer = (user: TestUser) => ({ Authorization: `Bearer ${user.key}` });

/** Reads a non-stream answer (a problem) in full. */
async function problemOf(stream: OpenStream) {
  await stream.ended;
  return JSON.parse((stream as unknown as { body: string }).body);
}

let t: TestApp;
let other: Product;
const opened: OpenStream[] = [];
const open = async (headers: Record<string, string>, app: TestApp = t) => {
  const stream = await openStream(app.baseUrl, headers);
  opened.push(stream);
  return stream;
};

beforeAll(async () => {
  t = await startTestApp({ EVENTS_MAX_STREAMS_PER_USER: '2' });
  // Another API process on the same database: the built product, as `pnpm start` runs it.
  other = await startProduct(t.databaseUrl, { WEB_CONCURRENCY: '1', LOG_LEVEL: 'warn' });
});
afterEach(() => {
  for (const stream of opened.splice(0)) stream.close();
});
afterAll(async () => {
  await other?.stop();
  if (t) await expectLedgerConsistent(t.db);
  await t?.close();
});

/** A transfer by `payer` (an API key) through the other process. */
async function payThroughOther(payer: TestUser, from: string, to: string, amount: string) {
  const res = await fetch(`${other.base}/api/v1/wallets/transfer`, {
    method: 'POST',
    headers: { ...bearer(payer), 'Content-Type': 'application/json' },
    body: JSON.stringify({ sourceWalletId: from, destinationWalletId: to, amount }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('GET /api/v1/events', () => {
  it('delivers a payment made on another process to the receiver, and its outgoing leg to the sender', async () => {
    const receiver = t.user;
    const receiving = await newWallet(t, 'USD');
    const payer = await t.newUser();
    const payerApp = { ...t, http: payer.api };
    const paying = await newWallet(payerApp, 'USD', '50');

    const received = await open(bearer(receiver));
    const sent = await open(bearer(payer));
    expect(received.status).toBe(200);
    expect(received.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(received.headers['cache-control']).toContain('no-store');
    expect(received.headers['x-accel-buffering']).toBe('no');

    const paid = await payThroughOther(payer, paying.id, receiving.id, '12.50');
    expect(paid.status).toBe(201);

    const incoming = await received.waitForOne((tx) => tx.type === 'TRANSFER_IN');
    // Two events per entry, as the contract names them: the Transaction, then the Wallet, one id.
    expect(received.framing).toEqual([
      { id: incoming?.id, event: 'transaction' },
      { id: incoming?.id, event: 'balance' },
    ]);
    expect(incoming?.data.transaction).toMatchObject({
      walletId: receiving.id,
      type: 'TRANSFER_IN',
      status: 'SUCCESS',
      amount: 12.5,
      // Another user's wallet: its id is not the receiver's to see.
      sourceWalletId: null,
    });
    expect(incoming?.data.wallet).toMatchObject({ id: receiving.id, currency: 'USD', balance: 12.5 });
    // The same view as GET /transactions/{id}.
    const one = await t.http.get(`/api/v1/transactions/${incoming?.data.transaction.id}`);
    // (Reads also name the other side, `counterparty`: a live event does not.)
    const { counterparty, ...entry } = one.body;
    expect(incoming?.data.transaction).toEqual(entry);
    expect(counterparty).toEqual({ walletId: null, name: null, ownWallet: false });
    const seq = await t.db.query('SELECT seq::text FROM transactions WHERE id = $1', [one.body.id]);
    expect(incoming?.id).toBe(seq.rows[0].seq);

    const outgoing = await sent.waitForOne((tx) => tx.type === 'TRANSFER_OUT');
    expect(outgoing?.data.transaction).toMatchObject({
      walletId: paying.id,
      type: 'TRANSFER_OUT',
      amount: 12.5,
      destinationWalletId: receiving.id,
    });
    expect(outgoing?.data.wallet).toMatchObject({ id: paying.id, balance: 37.5 });
    // Only their own rows, nothing of the other's wallet.
    expect(new Set(received.events.map((e) => e.data.wallet.id))).toEqual(new Set([receiving.id]));
    expect(new Set(sent.events.map((e) => e.data.wallet.id))).toEqual(new Set([paying.id]));
  });

  it('sends FAILED rows too, and nothing of other users wallets', async () => {
    const user = await t.newUser();
    const app = { ...t, http: user.api };
    const wallet = await newWallet(app, 'USD', '5');
    const bystander = await t.newUser();
    const watching = await open(bearer(bystander));
    const stream = await open(bearer(user));
    const res = await user.api.post('/api/v1/wallets/transfer').send({
      sourceWalletId: wallet.id,
      destinationWalletId: (await newWallet(t, 'USD')).id,
      amount: '6',
    });
    expect(res.status).toBe(422);
    const failed = await stream.waitForOne((tx) => tx.status === 'FAILED');
    expect(failed?.data.transaction).toMatchObject({ status: 'FAILED', failureCode: 'INSUFFICIENT_FUNDS' });
    expect(failed?.data.wallet).toMatchObject({ id: wallet.id, balance: 5 });
    // A heartbeat-free moment later, the bystander has heard nothing.
    await user.api.post(`/api/v1/wallets/${wallet.id}/fund`).send({ amount: '1' });
    await stream.waitForOne((tx) => tx.amount === 1);
    expect(watching.events).toEqual([]);
  });

  it('replays exactly the rows after Last-Event-ID, then goes live', async () => {
    const user = await t.newUser();
    const app = { ...t, http: user.api };
    const wallet = await newWallet(app, 'USD', '1');
    const first = await open(bearer(user));
    await user.api.post(`/api/v1/wallets/${wallet.id}/fund`).send({ amount: '2' });
    const seen = await first.waitForOne((tx) => tx.amount === 2);
    first.close();
    // While disconnected: two more rows (one through the other process).
    await user.api.post(`/api/v1/wallets/${wallet.id}/fund`).send({ amount: '3' });
    await fetch(`${other.base}/api/v1/wallets/${wallet.id}/fund`, {
      method: 'POST',
      headers: { ...bearer(user), 'Content-Type': 'application/json' },
      body: JSON.stringify({ amount: '4' }),
    });
    const missed = await t.db.query(
      'SELECT t.seq::text AS seq FROM transactions t WHERE t.wallet_id = $1 AND t.seq > $2 ORDER BY t.seq',
      [wallet.id, seen?.id],
    );
    expect(missed.rows).toHaveLength(2);

    const resumed = await open({ ...bearer(user), 'Last-Event-ID': seen?.id ?? '' });
    await resumed.waitFor(2);
    expect(resumed.events.map((e) => e.id)).toEqual(missed.rows.map((r) => r.seq));
    expect(resumed.events.map((e) => e.data.wallet.balance)).toEqual([6, 10]);
    await user.api.post(`/api/v1/wallets/${wallet.id}/fund`).send({ amount: '5' });
    await resumed.waitFor(3);
    expect(resumed.events.map((e) => e.data.wallet.balance)).toEqual([6, 10, 15]);
  });

  it('answers 401 without credentials, 403 without wallets:read, 400 for a bad Last-Event-ID', async () => {
    const anonymous = await open({});
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await problemOf(anonymous)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });

    const { key } = await t.user.keyWith(['transfers:write']);
    const narrow = await open({ Authorization: `Bearer ${key}` });
    expect(narrow.status).toBe(403);
    expect(await problemOf(narrow)).toMatchObject({ code: 'FORBIDDEN' });

    const bad = await open({ ...bearer(t.user), 'Last-Event-ID': 'yesterday' });
    expect(bad.status).toBe(400);
    expect(await problemOf(bad)).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('accepts a session cookie, as the dashboard sends it', async () => {
    const user = await t.newUser();
    const login = await t.anonymous
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: user.password });
    const cookie = ([] as string[])
      .concat(login.headers['set-cookie'] ?? [])
      .map((c) => c.split(';')[0])
      .join('; ');
    const stream = await open({ Cookie: cookie });
    expect(stream.status).toBe(200);
  });

  it('refuses a stream past the per-user cap with 429, and takes one again once one closes', async () => {
    const user = await t.newUser();
    const one = await open(bearer(user));
    await open(bearer(user));
    expect(one.status).toBe(200);
    const third = await open(bearer(user));
    expect(third.status).toBe(429);
    expect(third.headers['retry-after']).toBeDefined();
    expectProblem(
      {
        status: third.status,
        headers: third.headers as Record<string, string>,
        body: await problemOf(third),
      },
      429,
      'RATE_LIMITED',
    );
    // Another user is not counted against this one.
    expect((await open(bearer(await t.newUser()))).status).toBe(200);
    one.close();
    await within(PATIENCE_MS, async () => {
      const again = await open(bearer(user));
      again.close();
      return again.status === 200;
    });
  });

  it('ends a stream opened with a key within moments of its revocation, on every process', async () => {
    const user = await t.newUser();
    const { id, key } = await user.keyWith(['wallets:read']);
    const withKey = { Authorization: `Bearer ${key}` };
    const here = await open(withKey);
    const there = await open(withKey, { baseUrl: other.base } as TestApp);
    expect([here.status, there.status]).toEqual([200, 200]);
    // Another credential of the same user: its stream stays.
    const kept = await open(bearer(user), { baseUrl: other.base } as TestApp);
    const endings = { here: false, there: false };
    void here.ended.then((clean) => (endings.here = clean));
    void there.ended.then((clean) => (endings.there = clean));

    expect((await user.browser.delete(`/api/v1/api-keys/${id}`)).status).toBe(200);
    // Well before the 15 s heartbeat could have noticed; ended cleanly, as when the server closes.
    await within(REVOCATION_PATIENCE_MS, () => endings.here && endings.there, 'both streams ended');
    const again = await open(withKey);
    expect(again.status).toBe(401);
    expect(await problemOf(again)).toMatchObject({ code: 'UNAUTHENTICATED' });
    await newWallet({ ...t, http: user.api }, 'USD', '2');
    expect((await kept.waitForOne((tx) => tx.type === 'FUND')).data.transaction).toMatchObject({ amount: 2 });
  });

  it('ends a stream opened with a session within moments of logging out, on every process', async () => {
    const user = await t.newUser();
    const login = await t.anonymous
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: user.password });
    const cookies = ([] as string[]).concat(login.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]);
    const cookie = cookies.join('; ');
    const csrf = cookies.find((c) => c?.startsWith('wallet_csrf='))?.split('=')[1] ?? '';
    const here = await open({ Cookie: cookie });
    const there = await open({ Cookie: cookie }, { baseUrl: other.base } as TestApp);
    expect([here.status, there.status]).toEqual([200, 200]);
    const endings = { here: false, there: false };
    void here.ended.then((clean) => (endings.here = clean));
    void there.ended.then((clean) => (endings.there = clean));

    const logout = await t.anonymous
      .post('/api/v1/auth/logout')
      .set('Cookie', cookie)
      .set('X-CSRF-Token', csrf);
    expect(logout.status).toBe(204);
    await within(REVOCATION_PATIENCE_MS, () => endings.here && endings.there, 'both streams ended');
    const again = await open({ Cookie: cookie }, { baseUrl: other.base } as TestApp);
    expect(again.status).toBe(401);
  });

  it('ends a stream opened with a session when the session runs out', async () => {
    const user = await t.newUser();
    const login = await t.anonymous
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: user.password });
    const cookie = ([] as string[])
      .concat(login.headers['set-cookie'] ?? [])
      .map((c) => c.split(';')[0])
      .join('; ');
    // This session ends a second from now, without anyone revoking it.
    const token = /wallet_session=([^;]+)/.exec(cookie)?.[1] ?? '';
    const updated = await t.db.query(
      "UPDATE sessions SET expires_at = now() + interval '1 second' WHERE token_hash = $1",
      [sha256(token)],
    );
    expect(updated.rowCount).toBe(1);
    const stream = await open({ Cookie: cookie });
    expect(stream.status).toBe(200);
    let ended = false;
    void stream.ended.then((clean) => (ended = clean));
    await within(REVOCATION_PATIENCE_MS, () => ended, 'the stream ended');
    expect((await open({ Cookie: cookie })).status).toBe(401);
  });

  it("shows a refund's sender nothing of the original payer's wallet: answer, legs, stream, statement", async () => {
    const payer = await t.newUser();
    const payee = await t.newUser();
    const paying = await newWallet({ ...t, http: payer.api }, 'USD', '50');
    const receiving = await newWallet({ ...t, http: payee.api }, 'USD');
    const payeeStream = await open(bearer(payee));
    const payerStream = await open(bearer(payer), { baseUrl: other.base } as TestApp);
    const sent = await payer.api
      .post('/api/v1/wallets/transfer')
      .send({ sourceWalletId: paying.id, destinationWalletId: receiving.id, amount: '20' });
    expect(sent.status).toBe(201);
    const incoming = await payeeStream.waitForOne((tx) => tx.type === 'TRANSFER_IN');

    const refund = await payee.api
      .post(`/api/v1/transactions/${incoming.data.transaction.id}/refund`)
      .send({ amount: '5' });
    expect(refund.status).toBe(201);
    expect(refund.body.destinationWallet).toBeNull();
    expect(refund.body.transactions).toEqual([
      expect.objectContaining({ type: 'TRANSFER_OUT', walletId: receiving.id, destinationWalletId: null }),
    ]);
    const refundOut = await payeeStream.waitForOne((tx) => tx.type === 'TRANSFER_OUT');
    expect(refundOut.data.transaction).toMatchObject({ refundOf: sent.body.transactions[0].transferId });

    // Whatever the payee reads, as raw text, never holds the payer's wallet id.
    const reads = [
      refund.text,
      (payeeStream as unknown as { body: string }).body,
      (await payee.api.get(`/api/v1/wallets/${receiving.id}/transactions`)).text,
      (await payee.api.get(`/api/v1/transactions/${refund.body.transactions[0].id}`)).text,
      (await payee.api.get(`/api/v1/wallets/${receiving.id}/statement?format=json`)).text,
      (await payee.api.get(`/api/v1/wallets/${receiving.id}/statement?format=csv`)).text,
    ];
    expect(reads.every((text) => text.length > 0)).toBe(true);
    for (const text of reads) expect(text).not.toContain(paying.id);

    // The payer still sees their own wallet on the money that came back, here and live.
    const back = await payerStream.waitForOne((tx) => tx.type === 'TRANSFER_IN');
    expect(back.data.transaction).toMatchObject({ walletId: paying.id, destinationWalletId: paying.id });
    const history = (await payer.api.get(`/api/v1/wallets/${paying.id}/transactions`)).body.data;
    expect(history[0]).toMatchObject({
      type: 'TRANSFER_IN',
      destinationWalletId: paying.id,
      sourceWalletId: null,
    });
    expect(history[1]).toMatchObject({ type: 'TRANSFER_OUT', destinationWalletId: receiving.id });
  });

  it('ends open streams cleanly at SIGTERM, so the drain does not wait for them', async () => {
    const stream = await open(bearer(t.user), { baseUrl: other.base } as TestApp);
    expect(stream.status).toBe(200);
    const stopped = other.stop();
    // A clean end of the chunked body, not a socket cut when the grace period runs out.
    expect(await stream.ended).toBe(true);
    expect(await stopped).toBe(0);
  });

  it('is not compressed, even for a client that accepts gzip', async () => {
    const user = await t.newUser();
    const stream = await open({ ...bearer(user), 'Accept-Encoding': 'gzip' });
    expect(stream.headers['content-encoding']).toBeUndefined();
    await newWallet({ ...t, http: user.api }, 'USD', '3');
    await stream.waitForOne((tx) => tx.type === 'FUND');
  });
});

it('sends heartbeats at the configured interval, and ends its streams when the app closes', async () => {
  const quick = await startTestApp({ EVENTS_HEARTBEAT_MS: '100' });
  try {
    const stream = await openStream(quick.baseUrl, bearer(quick.user));
    opened.push(stream);
    await within(PATIENCE_MS, async () => stream.comments.length >= 2);
    expect(stream.comments[0]).toBe(': heartbeat');
    let ended = false;
    void stream.ended.then(() => {
      ended = true;
    });
    await quick.close();
    await within(PATIENCE_MS, async () => ended);
  } finally {
    await quick.close().catch(() => {});
  }
});

it('writes a row once when its live notification arrives after a replay that held it', async () => {
  const server = express()
    .get('/', (_req, res) => {
      const stream = new EventStream(res, {
        heartbeatMs: 60_000,
        stillAllowed: async () => true,
        onEnd() {},
      });
      const event = (seq: number) => ({
        seq: BigInt(seq),
        text: `id: ${seq}\nevent: transaction\ndata: {}\n\n`,
      });
      // Row 2 committed just before the replay was read: in the replay, and heard live only after it.
      stream.send([event(2)]);
      stream.replayed([event(1), event(2)]);
      stream.send([event(2), event(3)]);
      stream.end();
    })
    .listen(0, '127.0.0.1');
  try {
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const body = await (await fetch(`http://127.0.0.1:${port}/`)).text();
    expect([...body.matchAll(/^id: (\d+)$/gm)].map((match) => match[1])).toEqual(['1', '2', '3']);
  } finally {
    server.close();
  }
});

it('cuts off a client that does not read, rather than holding its events in memory', async () => {
  const slow = await startTestApp();
  try {
    const wallet = await newWallet(slow, 'USD');
    const events = slow.app.get(EventsService) as unknown as { streams: Map<string, Set<unknown>> };
    let received = '';
    // (Wrapped: a promise resolved with a promise would wait for that one.)
    const { ended, response } = await new Promise<{
      ended: Promise<boolean>;
      response: http.IncomingMessage;
    }>((resolve, reject) => {
      const req = http.get(`${slow.baseUrl}/api/v1/events`, { headers: bearer(slow.user) }, (res) => {
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          received += chunk;
        });
        // Reads the first bytes (the retry hint), then stops reading: TCP's window fills up behind it.
        res.once('data', () => res.pause());
        resolve({
          response: res,
          ended: new Promise<boolean>((done) => res.on('close', () => done(res.complete))),
        });
      });
      req.on('error', reject);
    });
    await within(PATIENCE_MS, async () => events.streams.has(slow.user.id));
    // Megabytes of events, in notifications of fewer than the 1,000 rows that end a stream by themselves.
    let seeded = 0;
    for (let batch = 0; batch < 40 && events.streams.has(slow.user.id); batch++) {
      await seedFunds(slow, wallet.id, 900);
      seeded += 900;
    }
    // The server let go of the stream while the client still had not read: it was cut, not drained.
    await within(PATIENCE_MS, async () => !events.streams.has(slow.user.id));
    expect(received.length).toBeLessThan(64 * 1024);
    // Reading again, the client gets what was already on its way (the socket's buffers) and then the
    // end: far from every entry. It resumes with Last-Event-ID from the last one it got.
    response.resume();
    await ended;
    const got = [...received.matchAll(/^event: balance$/gm)].length;
    expect(got).toBeLessThan(seeded / 2);
  } finally {
    await slow.close();
  }
});
