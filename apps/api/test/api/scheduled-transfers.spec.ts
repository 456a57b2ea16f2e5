import { randomUUID } from 'node:crypto';
import { ReviewsService } from '../../src/reviews/reviews.service';
import { OccurrenceRunner } from '../../src/scheduled-transfers/occurrence-runner';
import { ScheduleSweeper } from '../../src/scheduled-transfers/schedule-sweeper';
import { within } from '../support/poll';
import { putReviewRules } from '../support/review-rules';
import { openNamedEvents } from '../support/sse';
import { useTestApp } from '../support/suite';
import type { TestUser } from '../support/users';
import { balanceMinor, ledgerCount, newWallet } from '../support/wallets';

const app = useTestApp({ env: { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' } });
/** How long a test waits for the queue to run a due occurrence (it polls about every second). */
const QUEUE_PATIENCE_MS = 20_000;

const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();
const runner = () => app().app.get(OccurrenceRunner);

async function schedule(body: Record<string, unknown>, key: string = randomUUID()) {
  return app().http.post('/api/v1/scheduled-transfers').set('Idempotency-Key', key).send(body);
}

async function occurrenceRows(id: string) {
  const { rows } = await app().db.query(
    `SELECT occurrence, status, transaction_id, transfer_id, failure_code
     FROM scheduled_transfer_occurrences WHERE scheduled_transfer_id = $1 ORDER BY occurrence`,
    [id],
  );
  return rows;
}

async function webhookTypes(ownerId: string): Promise<string[]> {
  const { rows } = await app().db.query(
    `SELECT type FROM webhook_events WHERE owner_id = $1 AND type LIKE 'scheduled_transfer.%' ORDER BY created_at, type`,
    [ownerId],
  );
  return rows.map((r: { type: string }) => r.type);
}

async function subscribe(user: TestUser, events: string[]) {
  const created = await user.api
    .post('/api/v1/webhook-endpoints')
    .send({ url: 'http://127.0.0.1:9/hooks', events });
  expect(created.status).toBe(201);
}

describe('scheduling a transfer', () => {
  it('runs the first occurrence through the queue when it is due: one transfer linked to the schedule', async () => {
    const t = app();
    const from = await newWallet(t, 'USD', '100');
    const to = await newWallet(t, 'USD');
    const created = await schedule({
      sourceWalletId: from.id,
      destinationWalletId: to.id,
      amount: '12.50',
      startAt: inSeconds(1),
      description: 'Rent share',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      sourceWalletId: from.id,
      destinationWalletId: to.id,
      amount: 12.5,
      currency: 'USD',
      description: 'Rent share',
      repeat: null,
      status: 'ACTIVE',
      occurrencesRun: 0,
    });
    const id = created.body.id as string;
    await within(
      QUEUE_PATIENCE_MS,
      async () => (await t.http.get(`/api/v1/scheduled-transfers/${id}`)).body.occurrencesRun === 1,
      'the first occurrence',
    );

    const detail = await t.http.get(`/api/v1/scheduled-transfers/${id}`);
    expect(detail.body).toMatchObject({ status: 'COMPLETED', nextRunAt: null, occurrencesRun: 1 });
    expect(detail.body.occurrences).toHaveLength(1);
    expect(detail.body.occurrences[0]).toMatchObject({
      occurrence: 1,
      status: 'SUCCEEDED',
      failureCode: null,
    });
    expect(await balanceMinor(t, from.id)).toBe(8750n);
    expect(await balanceMinor(t, to.id)).toBe(1250n);

    // Both legs show the schedule they ran for, read one by one and in the history.
    const out = await t.http.get(`/api/v1/transactions/${detail.body.occurrences[0].transactionId}`);
    expect(out.body).toMatchObject({ type: 'TRANSFER_OUT', amount: 12.5, scheduledTransferId: id });
    const history = await t.http.get(`/api/v1/wallets/${to.id}/transactions`);
    expect(history.body.data[0]).toMatchObject({ type: 'TRANSFER_IN', scheduledTransferId: id });
    // An ordinary transfer carries none.
    const funded = await t.http.get(`/api/v1/wallets/${from.id}/transactions?type=FUND`);
    expect(funded.body.data[0].scheduledTransferId).toBeNull();
  });

  it('replays a creation with the same Idempotency-Key, and refuses the key for another request', async () => {
    const t = app();
    const from = await newWallet(t, 'USD', '10');
    const to = await newWallet(t, 'USD');
    const body = {
      sourceWalletId: from.id,
      destinationWalletId: to.id,
      amount: '1',
      startAt: inSeconds(3600),
    };
    const key = randomUUID();
    const first = await schedule(body, key);
    const again = await schedule({ ...body, amount: 1 }, key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    const other = await schedule({ ...body, amount: '2' }, key);
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const { rows } = await t.db.query(
      'SELECT count(*)::int AS n FROM scheduled_transfers WHERE source_wallet_id = $1',
      [from.id],
    );
    expect(rows[0].n).toBe(1);
  });

  it('replays a creation whose start has since passed (the first answer lost): no second schedule', async () => {
    const t = app();
    const from = await newWallet(t, 'USD', '10');
    const to = await newWallet(t, 'USD');
    // A start 58.5 s ago is still "now" (a minute's grace) when first sent, and past the grace 1.5 s later.
    const startAt = new Date(Date.now() - 58_500);
    const body = { sourceWalletId: from.id, destinationWalletId: to.id, amount: '1', startAt };
    const key = randomUUID();
    const first = await schedule(body, key);
    expect(first.status).toBe(201);
    await within(5_000, () => Date.now() > startAt.getTime() + 61_000, 'the start to be past the grace');
    // Sent anew, the same request is refused now...
    const late = await schedule(body);
    expect([late.status, late.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    // ...but the retry with the key gets the stored answer, not a 400 that would make the client try again.
    const again = await schedule(body, key);
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    const { rows } = await t.db.query(
      'SELECT count(*)::int AS n FROM scheduled_transfers WHERE source_wallet_id = $1',
      [from.id],
    );
    expect(rows[0].n).toBe(1);
    // Its occurrence runs once (it was due when made).
    await within(QUEUE_PATIENCE_MS, async () => (await balanceMinor(t, to.id)) === 100n, 'the occurrence');
  });

  it('refuses a first request already past the grace with 400 and keeps no answer under its key', async () => {
    const t = app();
    const from = await newWallet(t, 'USD', '10');
    const to = await newWallet(t, 'USD');
    const body = { sourceWalletId: from.id, destinationWalletId: to.id, amount: '1' };
    const key = randomUUID();
    const late = await schedule({ ...body, startAt: inSeconds(-120) }, key);
    expect([late.status, late.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(late.body.errors).toEqual([{ field: 'startAt', message: 'must not be in the past' }]);
    // Nothing was kept under the key: the corrected request may use it.
    const corrected = await schedule({ ...body, startAt: inSeconds(3600) }, key);
    expect(corrected.status).toBe(201);
    expect(corrected.headers['idempotent-replayed']).toBeUndefined();
  });

  it('lists the caller’s schedules by wallet, newest first, a page at a time', async () => {
    const t = app();
    const from = await newWallet(t, 'USD', '10');
    const to = await newWallet(t, 'USD');
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const made = await schedule({
        sourceWalletId: from.id,
        destinationWalletId: to.id,
        amount: '1',
        startAt: inSeconds(3600 + i),
      });
      ids.push(made.body.id);
    }
    const first = await t.http.get(`/api/v1/scheduled-transfers?walletId=${from.id}&limit=2`);
    expect(first.status).toBe(200);
    expect(first.body.data.map((s: { id: string }) => s.id)).toEqual([ids[2], ids[1]]);
    const second = await t.http.get(
      `/api/v1/scheduled-transfers?walletId=${from.id}&limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(second.body.data.map((s: { id: string }) => s.id)).toEqual([ids[0]]);
    expect(second.body.nextCursor).toBeNull();
    // The destination's view lists them too (from or to); another user sees none of them.
    expect((await t.http.get(`/api/v1/scheduled-transfers?walletId=${to.id}`)).body.data).toHaveLength(3);
    const other = await t.newUser();
    expect((await other.api.get(`/api/v1/scheduled-transfers?walletId=${from.id}`)).body.data).toEqual([]);
    expect((await other.api.get(`/api/v1/scheduled-transfers/${ids[0]}`)).status).toBe(404);
  });

  it('names the destination on reads: an own wallet by its name, another person’s by their display name', async () => {
    const t = app();
    const from = await newWallet(t, 'USD', '10');
    const own = await newWallet(t, 'USD');
    const bob = await t.newUser();
    const bobs = await bob.api.post('/api/v1/wallets').send({ currency: 'USD' });
    const startAt = inSeconds(3600);
    const toOwn = await schedule({
      sourceWalletId: from.id,
      destinationWalletId: own.id,
      amount: '1',
      startAt,
    });
    const toBob = await schedule({
      sourceWalletId: from.id,
      destinationWalletId: bobs.body.id,
      amount: '1',
      startAt,
    });
    const listed = async () =>
      new Map(
        (await t.http.get(`/api/v1/scheduled-transfers?walletId=${from.id}`)).body.data.map(
          (s: { id: string; destinationName: string | null }) => [s.id, s.destinationName],
        ),
      );
    // Bob chose no display name yet: his wallet is not named (never by his email).
    expect(await listed()).toEqual(
      new Map([
        [toBob.body.id, null],
        [toOwn.body.id, own.name],
      ]),
    );
    expect((await bob.browser.patch('/api/v1/auth/me').send({ displayName: 'Bob Marley' })).status).toBe(200);
    expect((await listed()).get(toBob.body.id)).toBe('Bob Marley');
    const one = await t.http.get(`/api/v1/scheduled-transfers/${toBob.body.id}`);
    expect(one.body.destinationName).toBe('Bob Marley');
    expect(JSON.stringify(one.body)).not.toContain(bob.email);
  });
});

describe('each occurrence runs exactly once', () => {
  it('a job run twice (a retry after a crash) and twice at once moves the money once', async () => {
    const t = app();
    const from = await newWallet(t, 'USD', '100');
    const to = await newWallet(t, 'USD');
    // Due in an hour: the queue leaves it alone, the test plays the worker.
    const created = await schedule({
      sourceWalletId: from.id,
      destinationWalletId: to.id,
      amount: '10',
      startAt: inSeconds(3600),
      repeat: { every: 'WEEK', count: 3 },
    });
    const id = created.body.id as string;

    const first = await runner().run({ scheduleId: id, occurrence: 1 });
    const retried = await runner().run({ scheduleId: id, occurrence: 1 });
    expect([first, retried]).toEqual(['ran', 'nothing']);

    // The second occurrence, claimed by two workers at once.
    const both = await Promise.all([
      runner().run({ scheduleId: id, occurrence: 2 }),
      runner().run({ scheduleId: id, occurrence: 2 }),
    ]);
    expect(both.sort()).toEqual(['nothing', 'ran']);

    expect(await balanceMinor(t, from.id)).toBe(8000n);
    expect(await balanceMinor(t, to.id)).toBe(2000n);
    expect((await occurrenceRows(id)).map((r) => [r.occurrence, r.status])).toEqual([
      [1, 'SUCCEEDED'],
      [2, 'SUCCEEDED'],
    ]);
    const detail = await t.http.get(`/api/v1/scheduled-transfers/${id}`);
    expect(detail.body).toMatchObject({ status: 'ACTIVE', occurrencesRun: 2 });
    // The third is due two weeks after the first.
    expect(new Date(detail.body.nextRunAt).getTime() - new Date(detail.body.startAt).getTime()).toBe(
      14 * 86_400_000,
    );
    // An old job of an occurrence that ran, or one from the future, does nothing.
    expect(await runner().run({ scheduleId: id, occurrence: 1 })).toBe('nothing');
    expect(await runner().run({ scheduleId: id, occurrence: 4 })).toBe('nothing');
    expect(await ledgerCount(t, from.id)).toBe(3);
  });

  it('the third of three completes the series and says so', async () => {
    const t = app();
    const owner = await t.newUser();
    await subscribe(owner, ['scheduled_transfer.executed', 'scheduled_transfer.completed']);
    const from = (await owner.api.post('/api/v1/wallets').send({ currency: 'USD' })).body;
    await owner.api.post(`/api/v1/wallets/${from.id}/fund`).send({ amount: '30' });
    const to = await newWallet(t, 'USD');
    const created = await owner.api.post('/api/v1/scheduled-transfers').send({
      sourceWalletId: from.id,
      destinationWalletId: to.id,
      amount: '10',
      startAt: inSeconds(3600),
      repeat: { every: 'MONTH', count: 3 },
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    for (const n of [1, 2, 3]) expect(await runner().run({ scheduleId: id, occurrence: n })).toBe('ran');
    const detail = await owner.api.get(`/api/v1/scheduled-transfers/${id}`);
    expect(detail.body).toMatchObject({ status: 'COMPLETED', nextRunAt: null, occurrencesRun: 3 });
    expect(detail.body.occurrences.map((o: { occurrence: number }) => o.occurrence)).toEqual([3, 2, 1]);
    expect(await webhookTypes(owner.id)).toEqual([
      'scheduled_transfer.executed',
      'scheduled_transfer.executed',
      'scheduled_transfer.completed',
      'scheduled_transfer.executed',
    ]);
    expect(await balanceMinor(t, to.id)).toBe(3000n);
  });

  it('until ends a weekly series at its last date', async () => {
    const t = app();
    const from = await newWallet(t, 'USD', '100');
    const to = await newWallet(t, 'USD');
    const start = new Date(Date.now() + 3600_000);
    const until = new Date(start.getTime() + 8 * 86_400_000).toISOString();
    const created = await schedule({
      sourceWalletId: from.id,
      destinationWalletId: to.id,
      amount: '1',
      startAt: start.toISOString(),
      repeat: { every: 'WEEK', until },
    });
    const id = created.body.id as string;
    expect(await runner().run({ scheduleId: id, occurrence: 1 })).toBe('ran');
    expect((await t.http.get(`/api/v1/scheduled-transfers/${id}`)).body.status).toBe('ACTIVE');
    expect(await runner().run({ scheduleId: id, occurrence: 2 })).toBe('ran');
    const detail = await t.http.get(`/api/v1/scheduled-transfers/${id}`);
    expect(detail.body).toMatchObject({ status: 'COMPLETED', occurrencesRun: 2, nextRunAt: null });
  });
});

describe('what the payee sees', () => {
  it('is an ordinary incoming transfer: the payer’s scheduledTransferId only on the payer’s legs', async () => {
    const t = app();
    const owner = await t.newUser();
    const payee = await t.newUser();
    await subscribe(payee, ['transaction.succeeded']);
    const from = (await owner.api.post('/api/v1/wallets').send({ currency: 'USD' })).body;
    await owner.api.post(`/api/v1/wallets/${from.id}/fund`).send({ amount: '5' });
    const theirs = (await payee.api.post('/api/v1/wallets').send({ currency: 'USD' })).body;
    const created = await owner.api.post('/api/v1/scheduled-transfers').send({
      sourceWalletId: from.id,
      destinationWalletId: theirs.id,
      amount: '2',
      startAt: inSeconds(3600),
    });
    const id = created.body.id as string;
    const payeeStream = await openNamedEvents(t.baseUrl, payee.key);
    const ownerStream = await openNamedEvents(t.baseUrl, owner.key);
    try {
      expect(await runner().run({ scheduleId: id, occurrence: 1 })).toBe('ran');
      const [row] = await occurrenceRows(id);
      // The payer's leg names the schedule...
      const out = await owner.api.get(`/api/v1/transactions/${row.transaction_id}`);
      expect(out.body).toMatchObject({ type: 'TRANSFER_OUT', scheduledTransferId: id });
      // ...the payee's does not: read one by one, in the history, live, and by webhook.
      const history = await payee.api.get(`/api/v1/wallets/${theirs.id}/transactions`);
      expect(history.body.data[0]).toMatchObject({ type: 'TRANSFER_IN', transferId: row.transfer_id });
      expect(history.body.data[0].scheduledTransferId).toBeNull();
      const single = await payee.api.get(`/api/v1/transactions/${history.body.data[0].id}`);
      expect(single.body.scheduledTransferId).toBeNull();
      await within(10_000, () => payeeStream.named('transaction').length > 0, 'the payee’s live event');
      await within(10_000, () => ownerStream.named('transaction').length > 0, 'the payer’s live event');
      const live = JSON.stringify(payeeStream.named('transaction').map((e) => e.data));
      expect(live).toContain(row.transfer_id);
      expect(live).not.toContain(id);
      expect(JSON.stringify(ownerStream.named('transaction').map((e) => e.data))).toContain(id);
      const { rows: payloads } = await t.db.query(
        "SELECT payload FROM webhook_events WHERE owner_id = $1 AND type = 'transaction.succeeded'",
        [payee.id],
      );
      expect(payloads).toHaveLength(1);
      expect(JSON.stringify(payloads[0].payload)).toContain(row.transfer_id);
      expect(JSON.stringify(payloads[0].payload)).not.toContain(id);
    } finally {
      payeeStream.close();
      ownerStream.close();
    }
  });
});

describe('a declined occurrence', () => {
  it('is recorded (a FAILED entry, the occurrence DECLINED), told live and by webhook, and the series goes on', async () => {
    const t = app();
    const owner = await t.newUser();
    await subscribe(owner, ['scheduled_transfer.failed', 'scheduled_transfer.executed']);
    const from = (await owner.api.post('/api/v1/wallets').send({ currency: 'USD' })).body;
    await owner.api.post(`/api/v1/wallets/${from.id}/fund`).send({ amount: '5' });
    const to = await newWallet(t, 'USD');
    const created = await owner.api.post('/api/v1/scheduled-transfers').send({
      sourceWalletId: from.id,
      destinationWalletId: to.id,
      amount: '8',
      startAt: inSeconds(3600),
      repeat: { every: 'WEEK' },
    });
    const id = created.body.id as string;
    const stream = await openNamedEvents(t.baseUrl, owner.key);
    try {
      expect(await runner().run({ scheduleId: id, occurrence: 1 })).toBe('ran');
      const [row] = await occurrenceRows(id);
      expect(row).toMatchObject({
        occurrence: 1,
        status: 'DECLINED',
        failure_code: 'INSUFFICIENT_FUNDS',
        transfer_id: null,
      });
      const failed = await owner.api.get(`/api/v1/transactions/${row.transaction_id}`);
      expect(failed.body).toMatchObject({
        status: 'FAILED',
        failureCode: 'INSUFFICIENT_FUNDS',
        amount: 8,
        scheduledTransferId: id,
      });
      expect(await balanceMinor(t, from.id)).toBe(500n);
      await within(10_000, () => stream.named('scheduled_transfer').length > 0, 'the live event');
      expect(stream.named('scheduled_transfer')[0]?.data).toMatchObject({
        type: 'scheduled_transfer.failed',
        scheduledTransfer: { id, status: 'ACTIVE', occurrencesRun: 1 },
        occurrence: { occurrence: 1, status: 'DECLINED', failureCode: 'INSUFFICIENT_FUNDS' },
      });
      expect(await webhookTypes(owner.id)).toEqual(['scheduled_transfer.failed']);
      const { rows: payloads } = await t.db.query(
        "SELECT payload FROM webhook_events WHERE owner_id = $1 AND type = 'scheduled_transfer.failed'",
        [owner.id],
      );
      expect(payloads[0].payload.data.occurrence.failureCode).toBe('INSUFFICIENT_FUNDS');

      // The next one, with the money there, goes through.
      await owner.api.post(`/api/v1/wallets/${from.id}/fund`).send({ amount: '5' });
      expect(await runner().run({ scheduleId: id, occurrence: 2 })).toBe('ran');
      expect((await occurrenceRows(id)).map((r) => r.status)).toEqual(['DECLINED', 'SUCCEEDED']);
      expect(await balanceMinor(t, from.id)).toBe(200n);
    } finally {
      stream.close();
    }
  });

  it('a frozen source declines it with WALLET_FROZEN', async () => {
    const t = app();
    const from = await newWallet(t, 'USD', '50');
    const to = await newWallet(t, 'USD');
    const created = await schedule({
      sourceWalletId: from.id,
      destinationWalletId: to.id,
      amount: '1',
      startAt: inSeconds(3600),
    });
    await t.db.query("UPDATE wallets SET frozen_at = now(), frozen_reason = 'test' WHERE id = $1", [from.id]);
    try {
      expect(await runner().run({ scheduleId: created.body.id, occurrence: 1 })).toBe('ran');
      expect((await occurrenceRows(created.body.id))[0]).toMatchObject({
        status: 'DECLINED',
        failure_code: 'WALLET_FROZEN',
      });
      expect(await balanceMinor(t, to.id)).toBe(0n);
    } finally {
      await t.db.query('UPDATE wallets SET frozen_at = NULL, frozen_reason = NULL WHERE id = $1', [from.id]);
    }
  });
});

describe('pause, resume, cancel', () => {
  it('a paused schedule runs nothing; resumed, it skips what fell due meanwhile; cancelled, it is over', async () => {
    const t = app();
    const from = await newWallet(t, 'USD', '100');
    const to = await newWallet(t, 'USD');
    const created = await schedule({
      sourceWalletId: from.id,
      destinationWalletId: to.id,
      amount: '1',
      startAt: inSeconds(3600),
      repeat: { every: 'WEEK', count: 5 },
    });
    const id = created.body.id as string;
    const paused = await t.http.post(`/api/v1/scheduled-transfers/${id}/pause`);
    expect(paused.status).toBe(200);
    expect(paused.body.status).toBe('PAUSED');
    expect((await t.http.post(`/api/v1/scheduled-transfers/${id}/pause`)).body.status).toBe('PAUSED');
    expect(await runner().run({ scheduleId: id, occurrence: 1 })).toBe('nothing');

    // Resumed an hour before the first is due: the first is still to come.
    const resumed = await t.http.post(`/api/v1/scheduled-transfers/${id}/resume`);
    expect(resumed.status).toBe(200);
    expect(resumed.body).toMatchObject({ status: 'ACTIVE', nextRunAt: created.body.startAt });

    // Paused while the first two fell due (moved into the past in the database), resumed: the third is next.
    await t.http.post(`/api/v1/scheduled-transfers/${id}/pause`);
    await t.db.query(
      "UPDATE scheduled_transfers SET start_at = start_at - interval '9 days', next_run_at = next_run_at - interval '9 days' WHERE id = $1",
      [id],
    );
    const again = await t.http.post(`/api/v1/scheduled-transfers/${id}/resume`);
    const { rows } = await t.db.query('SELECT next_occurrence FROM scheduled_transfers WHERE id = $1', [id]);
    expect(rows[0].next_occurrence).toBe(3);
    expect(new Date(again.body.nextRunAt).getTime()).toBeGreaterThan(Date.now());
    expect(await runner().run({ scheduleId: id, occurrence: 1 })).toBe('nothing');
    expect(await runner().run({ scheduleId: id, occurrence: 3 })).toBe('ran');

    const cancelled = await t.http.delete(`/api/v1/scheduled-transfers/${id}`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'CANCELLED', nextRunAt: null, occurrencesRun: 1 });
    expect((await t.http.delete(`/api/v1/scheduled-transfers/${id}`)).status).toBe(200);
    expect(await runner().run({ scheduleId: id, occurrence: 4 })).toBe('nothing');
    for (const action of ['pause', 'resume']) {
      const refused = await t.http.post(`/api/v1/scheduled-transfers/${id}/${action}`);
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({
        code: 'SCHEDULED_TRANSFER_ENDED',
        scheduledTransferStatus: 'CANCELLED',
      });
    }
    expect(await balanceMinor(t, to.id)).toBe(100n);
  });

  it('another user can neither see nor change a schedule (404), and nothing changes', async () => {
    const t = app();
    const from = await newWallet(t, 'USD', '10');
    const to = await newWallet(t, 'USD');
    const created = await schedule({
      sourceWalletId: from.id,
      destinationWalletId: to.id,
      amount: '1',
      startAt: inSeconds(3600),
    });
    const other = await t.newUser();
    const id = created.body.id as string;
    for (const answer of [
      await other.api.post(`/api/v1/scheduled-transfers/${id}/pause`),
      await other.api.post(`/api/v1/scheduled-transfers/${id}/resume`),
      await other.api.delete(`/api/v1/scheduled-transfers/${id}`),
    ]) {
      expect(answer.status).toBe(404);
      expect(answer.body.code).toBe('NOT_FOUND');
    }
    expect((await t.http.get(`/api/v1/scheduled-transfers/${id}`)).body.status).toBe('ACTIVE');
  });
});

describe('refused at creation, with nothing written', () => {
  it('answers 400 and 404 and 422 for what cannot be scheduled', async () => {
    const t = app();
    const from = await newWallet(t, 'USD', '10');
    const to = await newWallet(t, 'USD');
    const euro = await newWallet(t, 'EUR');
    const other = await t.newUser();
    const theirs = (await other.api.post('/api/v1/wallets').send({ currency: 'USD' })).body;
    const base = {
      sourceWalletId: from.id,
      destinationWalletId: to.id,
      amount: '1',
      startAt: inSeconds(3600),
    };
    const cases: [Record<string, unknown>, number, string][] = [
      [{ ...base, startAt: inSeconds(-3600) }, 400, 'VALIDATION_FAILED'],
      [{ ...base, startAt: 'tomorrow' }, 400, 'VALIDATION_FAILED'],
      [{ ...base, amount: '0' }, 400, 'VALIDATION_FAILED'],
      [{ ...base, amount: '1.001' }, 400, 'VALIDATION_FAILED'],
      [{ ...base, repeat: { every: 'DAY' } }, 400, 'VALIDATION_FAILED'],
      [{ ...base, repeat: { every: 'WEEK', count: 0 } }, 400, 'VALIDATION_FAILED'],
      [{ ...base, repeat: { every: 'WEEK', count: 1.5 } }, 400, 'VALIDATION_FAILED'],
      [{ ...base, repeat: { every: 'WEEK', count: 1001 } }, 400, 'VALIDATION_FAILED'],
      [{ ...base, repeat: 5 }, 400, 'VALIDATION_FAILED'],
      [{ ...base, repeat: { every: 'WEEK', until: inSeconds(60) } }, 400, 'VALIDATION_FAILED'],
      [{ ...base, repeat: { every: 'WEEK', extra: 1 } }, 400, 'VALIDATION_FAILED'],
      [{ ...base, destinationWalletId: from.id }, 400, 'SAME_WALLET_TRANSFER'],
      [{ ...base, sourceWalletId: theirs.id }, 404, 'WALLET_NOT_FOUND'],
      [{ ...base, destinationWalletId: randomUUID() }, 404, 'WALLET_NOT_FOUND'],
      [{ ...base, destinationWalletId: euro.id }, 422, 'CURRENCY_MISMATCH'],
    ];
    for (const [body, status, code] of cases) {
      const answer = await schedule(body);
      expect([answer.status, answer.body.code, JSON.stringify(body)]).toEqual([
        status,
        code,
        JSON.stringify(body),
      ]);
    }
    const { rows: jobs } = await t.db.query(
      "SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'scheduled-transfer' AND data->>'scheduleId' NOT IN (SELECT id::text FROM scheduled_transfers)",
    );
    expect(jobs[0].n).toBe(0);
    const mine = await t.http.get(`/api/v1/scheduled-transfers?walletId=${from.id}`);
    expect(mine.body.data).toEqual([]);
  });

  it('refuses a 101st live schedule (400, nothing written); a cancelled one makes room', async () => {
    const t = app();
    const owner = await t.newUser();
    const from = (await owner.api.post('/api/v1/wallets').send({ currency: 'USD' })).body;
    const to = await newWallet(t, 'USD');
    // 100 live ones, put straight in the database (as 100 requests would).
    await t.db.query(
      `INSERT INTO scheduled_transfers (id, owner_id, source_wallet_id, destination_wallet_id, amount_minor,
                                        currency, start_at, next_run_at)
       SELECT gen_random_uuid(), $1, $2, $3, 100, 'USD', now() + interval '1 day', now() + interval '1 day'
       FROM generate_series(1, 100)`,
      [owner.id, from.id, to.id],
    );
    const body = {
      sourceWalletId: from.id,
      destinationWalletId: to.id,
      amount: '1',
      startAt: inSeconds(3600),
    };
    const key = randomUUID();
    const refused = await owner.api
      .post('/api/v1/scheduled-transfers')
      .set('Idempotency-Key', key)
      .send(body);
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('VALIDATION_FAILED');
    expect(refused.body.detail).toContain('100 scheduled transfers');
    const count = async () =>
      (await t.db.query('SELECT count(*)::int AS n FROM scheduled_transfers WHERE owner_id = $1', [owner.id]))
        .rows[0].n;
    expect(await count()).toBe(100);
    await t.db.query(
      "UPDATE scheduled_transfers SET status = 'CANCELLED', next_run_at = NULL WHERE id = (SELECT id FROM scheduled_transfers WHERE owner_id = $1 LIMIT 1)",
      [owner.id],
    );
    const made = await owner.api.post('/api/v1/scheduled-transfers').set('Idempotency-Key', key).send(body);
    expect(made.status).toBe(201);
    expect(await count()).toBe(101);
  });

  it('takes a start up to a minute in the past as now', async () => {
    const t = app();
    const from = await newWallet(t, 'USD', '10');
    const to = await newWallet(t, 'USD');
    const created = await schedule({
      sourceWalletId: from.id,
      destinationWalletId: to.id,
      amount: '1',
      startAt: inSeconds(-20),
    });
    expect(created.status).toBe(201);
    await within(QUEUE_PATIENCE_MS, async () => (await balanceMinor(t, to.id)) === 100n, 'the occurrence');
  });
});

describe('an occurrence a review rule matches', () => {
  it('is held (PENDING_REVIEW, its amount reserved); released, its legs carry the schedule', async () => {
    const t = app();
    const reviews = t.app.get(ReviewsService, { strict: false });
    const operator = await t.newUser();
    const rules = (singleAmountAbove: Record<string, string>) =>
      putReviewRules(t, operator.id, { singleAmountAbove });
    const from = await newWallet(t, 'USD', '100');
    const to = await newWallet(t, 'USD');
    const created = await schedule({
      sourceWalletId: from.id,
      destinationWalletId: to.id,
      amount: '80',
      startAt: inSeconds(3600),
    });
    const id = created.body.id as string;
    await rules({ USD: '50' });
    try {
      expect(await runner().run({ scheduleId: id, occurrence: 1 })).toBe('ran');
    } finally {
      await rules({});
    }
    const [row] = await occurrenceRows(id);
    expect(row).toMatchObject({ status: 'PENDING_REVIEW', transaction_id: null, failure_code: null });
    const { rows } = await t.db.query('SELECT reserved_minor::text AS r FROM wallets WHERE id = $1', [
      from.id,
    ]);
    expect(rows[0].r).toBe('8000');
    expect(await balanceMinor(t, to.id)).toBe(0n);

    await reviews.release({ userId: operator.id }, row.transfer_id);
    const legs = await t.http.get(`/api/v1/wallets/${to.id}/transactions`);
    expect(legs.body.data[0]).toMatchObject({
      type: 'TRANSFER_IN',
      transferId: row.transfer_id,
      scheduledTransferId: id,
    });
    expect(await balanceMinor(t, to.id)).toBe(8000n);
  });
});

describe('a schedule whose job was lost', () => {
  it('gets its job again once overdue, and the occurrence still runs once', async () => {
    const t = app();
    const from = await newWallet(t, 'USD', '10');
    const to = await newWallet(t, 'USD');
    const created = await schedule({
      sourceWalletId: from.id,
      destinationWalletId: to.id,
      amount: '1',
      startAt: inSeconds(3600),
    });
    const id = created.body.id as string;
    const sweeper = t.app.get(ScheduleSweeper);
    // Its job is there: nothing to do, even once it is overdue.
    const later = new Date(Date.now() + 2 * 3600_000);
    expect(await sweeper.sweep(later)).toBe(0);
    // The job lost (a restore from a logical backup carries no jobs), the schedule overdue.
    await t.db.query(
      "DELETE FROM pgboss.job WHERE name = 'scheduled-transfer' AND data->>'scheduleId' = $1",
      [id],
    );
    await t.db.query("UPDATE scheduled_transfers SET next_run_at = now() - interval '1 hour' WHERE id = $1", [
      id,
    ]);
    expect(await sweeper.sweep()).toBe(1);
    await within(QUEUE_PATIENCE_MS, async () => (await balanceMinor(t, to.id)) === 100n, 'the occurrence');
    expect(await sweeper.sweep()).toBe(0);
    expect((await occurrenceRows(id)).map((r) => r.status)).toEqual(['SUCCEEDED']);
  });
});
