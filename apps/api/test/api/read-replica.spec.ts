import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { parseLsn, ReadReplica, type ReadTarget } from '../../src/database/read-replica';
import { createTestDatabase, startTestApp, type TestApp } from '../support/app';
import { expectLedgerConsistent } from '../support/ledger';
import { within } from '../support/poll';
import { newWallet, seedFunds } from '../support/wallets';

/**
 * How reads are routed when DATABASE_REPLICA_URL is set, on real PostgreSQL over HTTP (the cluster suite
 * does the same with a real streaming replica). A "replica" that is the primary's own database is never
 * behind, so every decision here is the router's: where a read goes, and that it never fails a read.
 */

/** Records where each read of the app went. */
function spy(t: TestApp): ReadTarget[] {
  const targets: ReadTarget[] = [];
  const replica = t.app.get(ReadReplica);
  const counted = replica.onRead;
  replica.onRead = (target) => {
    targets.push(target);
    counted(target);
  };
  return targets;
}

interface RouterInside {
  probe(): Promise<void>;
  lastProbeOkMs: number;
  mayServe(ownerId: string): boolean;
}

/**
 * Holds the router's samples still, so nothing written after this is confirmed replayed. (Here the
 * "replica" is the primary itself: any sample after a write shows it replayed, and the read after it may
 * rightly go to the replica; with the samples held, the decision the test looks at is the one made
 * before the replica could have confirmed the write, as on a real replica with lag.) The probe still
 * runs and finds the replica there, however slow the machine: it is not taken for away.
 */
function holdProbe(t: TestApp): () => void {
  const router = t.app.get(ReadReplica) as unknown as RouterInside;
  router.probe = async () => {
    router.lastProbeOkMs = Date.now();
  };
  return () => {
    delete (router as Partial<RouterInside>).probe;
  };
}

/** Waits until the router would send `ownerId`'s reads to the replica: it has replayed their last write. */
async function replayedFor(t: TestApp, ownerId: string): Promise<void> {
  const router = t.app.get(ReadReplica) as unknown as RouterInside;
  await within(10_000, () => router.mayServe(ownerId), 'the replica replaying the last write');
}

/** Waits until this process has heard of a write of `ownerId`'s at or after `since` (the ledger channel). */
async function heardWrite(t: TestApp, ownerId: string, since: number): Promise<void> {
  const writes = (t.app.get(ReadReplica) as unknown as { writes: Map<string, number> }).writes;
  await within(5_000, () => (writes.get(ownerId) ?? 0) >= since, 'the ledger channel telling of the write');
}

async function waitForState(t: TestApp, state: string): Promise<void> {
  const readiness = async () => (await t.anonymous.get('/api/health/ready')).body.replica?.state === state;
  await within(10_000, readiness, `the replica becoming ${state}`);
}

describe('reads with a replica that answers', () => {
  let t: TestApp;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    t = await startTestApp({ DATABASE_REPLICA_URL: database.url }, { databaseUrl: database.url });
    await waitForState(t, 'ok');
  });
  afterAll(async () => {
    await expectLedgerConsistent(t.db);
    await t.close();
    await drop();
  });

  it("reads there, except the caller's reads right after they wrote, which go to the primary", async () => {
    const targets = spy(t);
    let release = holdProbe(t);
    const created = await t.http.post('/api/v1/wallets').set('Idempotency-Key', randomUUID()).send({});
    expect(created.status).toBe(201);
    const wallet = created.body.id as string;
    // A write that is not a ledger row (no ledger notification): the list right after it has the wallet.
    const listed = await t.http.get('/api/v1/wallets');
    expect(listed.body.data.map((w: { id: string }) => w.id)).toContain(wallet);
    expect(targets.splice(0)).toEqual(['primary']);
    release();
    const other = await t.newUser();
    const theirs = await other.api.post('/api/v1/wallets').set('Idempotency-Key', randomUUID()).send({});
    await replayedFor(t, t.user.id);
    await replayedFor(t, other.id);
    targets.splice(0);
    expect((await t.http.get(`/api/v1/wallets/${wallet}/transactions`)).status).toBe(200);
    expect(targets.splice(0)).toEqual(['replica']);

    release = holdProbe(t);
    const funded = await t.http
      .post(`/api/v1/wallets/${wallet}/fund`)
      .set('Idempotency-Key', randomUUID())
      .send({ amount: 7 });
    expect(funded.status).toBe(201);
    const history = await t.http.get(`/api/v1/wallets/${wallet}/transactions`);
    expect(history.body.data.map((row: { id: string }) => row.id)).toEqual([funded.body.transaction.id]);
    expect(targets.splice(0)).toEqual(['primary']);

    // Another user's reads are not held back by this one's write.
    expect((await other.api.get(`/api/v1/wallets/${theirs.body.id}`)).status).toBe(200);
    expect(targets.splice(0)).toEqual(['replica']);

    // Once the replica has replayed past the write, the writer's reads go there again.
    release();
    await replayedFor(t, t.user.id);
    expect((await t.http.get('/api/v1/wallets')).status).toBe(200);
    expect(targets.splice(0)).toEqual(['replica']);
  });

  it("holds a payee's reads on the primary after someone else paid them", async () => {
    const payer = await t.newUser();
    const source = await payer.api.post('/api/v1/wallets').set('Idempotency-Key', randomUUID()).send({});
    await payer.api
      .post(`/api/v1/wallets/${source.body.id}/fund`)
      .set('Idempotency-Key', randomUUID())
      .send({ amount: 10 });
    const mine = await t.http.post('/api/v1/wallets').set('Idempotency-Key', randomUUID()).send({});
    await replayedFor(t, t.user.id);
    const targets = spy(t);
    const release = holdProbe(t);
    const paidAt = Date.now();
    const paid = await payer.api
      .post('/api/v1/wallets/transfer')
      .set('Idempotency-Key', randomUUID())
      .send({ sourceWalletId: source.body.id, destinationWalletId: mine.body.id, amount: 3 });
    expect(paid.status).toBe(201);
    // The ledger channel tells this process of the payee's new row (it is how live events hear it too).
    await heardWrite(t, t.user.id, paidAt);
    targets.splice(0);
    const detail = await t.http.get(`/api/v1/wallets/${mine.body.id}`);
    expect(detail.body.balance).toBe(3);
    expect(targets.splice(0)).toEqual(['primary']);
    release();
  });
});

describe('reads with a replica that is away', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Nothing listens on port 1: every connection to the "replica" is refused.
    t = await startTestApp({ DATABASE_REPLICA_URL: 'postgresql://wallet@127.0.0.1:1/wallet' });
    await waitForState(t, 'unavailable');
  });
  afterAll(async () => {
    await expectLedgerConsistent(t.db);
    await t.close();
  });

  it('stays ready, says so, and answers every read from the primary', async () => {
    const ready = await t.anonymous.get('/api/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ok', replica: { state: 'unavailable', lagMs: null } });
    const targets = spy(t);
    const wallet = await t.http.post('/api/v1/wallets').set('Idempotency-Key', randomUUID()).send({});
    await t.http
      .post(`/api/v1/wallets/${wallet.body.id}/fund`)
      .set('Idempotency-Key', randomUUID())
      .send({ amount: 5 });
    const reads = await Promise.all([
      t.http.get('/api/v1/wallets'),
      t.http.get(`/api/v1/wallets/${wallet.body.id}`),
      t.http.get(`/api/v1/wallets/${wallet.body.id}/transactions`),
      t.http.get(`/api/v1/wallets/${wallet.body.id}/balance`),
      t.http.get(`/api/v1/wallets/${wallet.body.id}/statement`),
    ]);
    expect(reads.map((res) => res.status)).toEqual([200, 200, 200, 200, 200]);
    expect(reads[3]?.body.balance).toBe(5);
    expect(targets.length).toBeGreaterThan(0);
    expect(new Set(targets)).toEqual(new Set(['primary']));
    const metrics = await t.anonymous.get('/api/health/ready');
    expect(metrics.body.replica.state).toBe('unavailable');
  });
});

/**
 * A TCP relay to a PostgreSQL server, as a "replica" the test can take away at a chosen moment: once a
 * message from the API matches `cutAt`, every connection through it drops and no new one is let in.
 */
async function relay(
  databaseUrl: string,
  cutAt: (message: string) => boolean,
): Promise<{ url: string; close(): void }> {
  const target = new URL(databaseUrl);
  const sockets = new Set<net.Socket>();
  let cut = false;
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => {});
      socket.on('close', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.on('data', (chunk: Buffer) => {
      if (!cut && cutAt(chunk.toString('latin1'))) {
        cut = true;
        server.close();
        for (const socket of sockets) socket.destroy();
        return;
      }
      upstream.write(chunk);
    });
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(databaseUrl);
  url.port = String((server.address() as net.AddressInfo).port);
  return {
    url: url.toString(),
    close: () => {
      server.close();
      for (const socket of sockets) socket.destroy();
    },
  };
}

describe('a replica that goes away in the middle of a statement', () => {
  let t: TestApp;
  let drop: () => Promise<void>;
  let closeRelay: () => void;
  let pageQueries = 0;
  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    // The replica is cut as the statement asks for its second page of entries (seq > the first's last).
    const replica = await relay(database.url, (message) => /"seq" > /.test(message) && ++pageQueries === 2);
    closeRelay = replica.close;
    t = await startTestApp({ DATABASE_REPLICA_URL: replica.url }, { databaseUrl: database.url });
    await waitForState(t, 'ok');
  });
  afterAll(async () => {
    closeRelay();
    await expectLedgerConsistent(t.db);
    await t.close();
    await drop();
  });

  it('goes on from the primary where the replica stopped, and sends every entry once', async () => {
    const wallet = await newWallet(t);
    const seededAt = Date.now();
    await seedFunds(t, wallet.id, 1_200);
    // This process has heard of the seeding and the replica has replayed it: the statement starts there.
    await heardWrite(t, t.user.id, seededAt);
    await replayedFor(t, t.user.id);
    const targets = spy(t);
    const csv = await t.http.get(`/api/v1/wallets/${wallet.id}/statement?format=csv`).buffer(true);
    expect(csv.status).toBe(200);
    // It began on the replica, which was cut at the second page; the rest came from the primary.
    expect(pageQueries).toBe(2);
    expect(targets).toEqual(['replica', 'primary']);
    const lines = csv.text.split('\r\n').filter(Boolean);
    const entries = lines.filter((line) => line.includes(',FUND,SUCCESS,'));
    expect(entries).toHaveLength(1_200);
    // Each entry's id, the column before refund_of (empty for a funding).
    expect(new Set(entries.map((line) => line.split(',').at(-2))).size).toBe(1_200);
    expect(lines.at(-1)).toMatch(/,CLOSING_BALANCE,,,,,12\.00,,$/);
    await waitForState(t, 'unavailable');
  });
});

it('orders WAL positions as PostgreSQL writes them', () => {
  expect(parseLsn('0/0')).toBe(0n);
  expect(parseLsn('16/B374D848')).toBe(0x16b374d848n);
  expect(parseLsn('1/0') > parseLsn('0/FFFFFFFF')).toBe(true);
});
