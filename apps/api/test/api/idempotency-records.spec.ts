import { randomUUID } from 'node:crypto';
import { fingerprint } from '../../src/common/idempotency/idempotency.service';
import type { TestApp } from '../support/app';
import { expectProblem } from '../support/problems';
import { useTestApp } from '../support/suite';
import { balanceMinor, newWallet } from '../support/wallets';

/** What an Idempotency-Key row holds: the operation's outcome, and rows written before outcomes existed. */
const testApp = useTestApp();
let t: TestApp;
beforeAll(() => {
  t = testApp();
});

const fund = (id: string, amount: unknown, key: string) =>
  t.http.post(`/api/v1/wallets/${id}/fund`).set('Idempotency-Key', key).send({ amount });

async function storedRow(key: string) {
  const { rows } = await t.db.query(
    'SELECT outcome, response_status, response_body::text AS body FROM idempotency_keys WHERE key = $1',
    [key],
  );
  return rows[0];
}

it('stores a success as a done outcome with the value, and no HTTP status', async () => {
  const w = await newWallet(t);
  const key = randomUUID();
  const res = await fund(w.id, 3, key);
  expect(res.status).toBe(201);
  const row = await storedRow(key);
  expect(row).toMatchObject({ outcome: 'done', response_status: null });
  expect(JSON.parse(row.body)).toEqual(res.body);
});

it('stores a decline as the error (code, detail, transaction id) and replays it as the same problem', async () => {
  const w = await newWallet(t, 'USD', 5);
  const other = await newWallet(t);
  const key = randomUUID();
  const transfer = () =>
    t.http
      .post('/api/v1/wallets/transfer')
      .set('Idempotency-Key', key)
      .send({ sourceWalletId: w.id, destinationWalletId: other.id, amount: 10 });
  const first = await transfer();
  expectProblem(first, 422, 'INSUFFICIENT_FUNDS');
  const row = await storedRow(key);
  expect(row.outcome).toBe('declined');
  expect(JSON.parse(row.body)).toEqual({
    code: 'INSUFFICIENT_FUNDS',
    detail: first.body.detail,
    transactionId: first.body.transactionId,
  });
  const replay = await transfer();
  expect(replay.headers['idempotent-replayed']).toBe('true');
  expect(replay.text).toBe(first.text);
});

it('replays a decline stored before outcomes existed (an HTTP status and a problem document)', async () => {
  const w = await newWallet(t);
  const key = randomUUID();
  const problem = {
    type: 'urn:wallet:problem:balance-limit-exceeded',
    title: 'Balance limit exceeded',
    status: 422,
    detail: 'This would take the balance past the USD limit of 10000000.00.',
    code: 'BALANCE_LIMIT_EXCEEDED',
    transactionId: randomUUID(),
  };
  const hash = fingerprint({
    scope: `user:${t.user.id}`,
    operation: 'fundWallet',
    input: { walletId: w.id, amount: '7' },
  });
  await t.db.query(
    `INSERT INTO idempotency_keys (scope, key, request_hash, response_status, response_body)
     VALUES ($1, $2, $3, 422, $4::json)`,
    [`user:${t.user.id}`, key, hash, JSON.stringify(problem)],
  );
  const res = await fund(w.id, '7.00', key);
  expectProblem(res, 422, 'BALANCE_LIMIT_EXCEEDED');
  expect(res.body).toEqual(problem);
  expect(res.headers['idempotent-replayed']).toBe('true');
  expect(await balanceMinor(t, w.id)).toBe(0n);
});
