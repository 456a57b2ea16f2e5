import type { TestApp } from '../support/app';
import { expectProblem } from '../support/problems';
import { newStaff, type TestStaff } from '../support/staff';
import { useTestApp } from '../support/suite';
import type { TestUser } from '../support/users';

/**
 * The operators' features where they meet on one wallet: a held transfer's reserved money against a
 * frozen wallet, a debit adjustment and a second transfer; the ledger's promises (reserved money and
 * adjustments included) are checked after each test.
 */
const testApp = useTestApp();
let t: TestApp;
let finance: TestStaff;
let admin: TestStaff;
let otherAdmin: TestStaff;

beforeAll(async () => {
  t = testApp();
  finance = await newStaff(t, 'finance');
  admin = await newStaff(t, 'admin');
  otherAdmin = await newStaff(t, 'admin');
  // Hold every USD transfer above 50.00.
  const rules = await admin.browser.put('/api/v1/ops/review-rules').send({
    rules: {
      hourly: { maxCount: null, maxAmount: {} },
      daily: { maxCount: null, maxAmount: {} },
      newCounterpartyAbove: {},
      singleAmountAbove: { USD: 50 },
    },
  });
  expect(rules.status).toBe(200);
});

async function wallet(user: TestUser, fund?: string): Promise<string> {
  const made = await t.asUser(user).post('/api/v1/wallets').send({ currency: 'USD' });
  if (fund)
    expect(
      (await t.asUser(user).post(`/api/v1/wallets/${made.body.id}/fund`).send({ amount: fund })).status,
    ).toBe(201);
  return made.body.id;
}

/** A payer with 100.00 of which 80.00 is held for review on its way to someone else. */
async function heldTransfer() {
  const payer = await t.newUser();
  const from = await wallet(payer, '100');
  const to = await wallet(await t.newUser());
  const held = await t
    .asUser(payer)
    .post('/api/v1/wallets/transfer')
    .send({ sourceWalletId: from, destinationWalletId: to, amount: '80' });
  expect(held.status).toBe(202);
  expect(held.body.transfer.status).toBe('PENDING_REVIEW');
  return { payer, from, to, reviewId: held.body.transfer.id as string };
}

const balances = async (id: string) =>
  (
    await t.db.query(
      'SELECT balance_minor::text AS b, reserved_minor::text AS r FROM wallets WHERE id = $1',
      [id],
    )
  ).rows[0];

describe('held transfers, frozen wallets and adjustments on one wallet', () => {
  it('a transfer held before a freeze is not released while frozen (it stays held), and is released after', async () => {
    const { from, to, reviewId } = await heldTransfer();
    expect(
      (await finance.browser.post(`/api/v1/ops/wallets/${from}/freeze`).send({ reason: 'Fraud check' }))
        .status,
    ).toBe(200);
    const refused = await finance.browser.post(`/api/v1/ops/reviews/${reviewId}/release`);
    expectProblem(refused, 422, 'WALLET_FROZEN');
    expect(await balances(from)).toEqual({ b: '10000', r: '8000' });
    expect(await balances(to)).toEqual({ b: '0', r: '0' });

    expect(
      (await finance.browser.post(`/api/v1/ops/wallets/${from}/unfreeze`).send({ reason: 'Cleared' })).status,
    ).toBe(200);
    const released = await finance.browser.post(`/api/v1/ops/reviews/${reviewId}/release`);
    expect(released.status).toBe(200);
    expect(await balances(from)).toEqual({ b: '2000', r: '0' });
    expect(await balances(to)).toEqual({ b: '8000', r: '0' });
  });

  it('a held transfer of a frozen wallet can still be rejected, which gives its money back to spend later', async () => {
    const { from, reviewId } = await heldTransfer();
    await finance.browser.post(`/api/v1/ops/wallets/${from}/freeze`).send({ reason: 'Fraud check' });
    const rejected = await finance.browser
      .post(`/api/v1/ops/reviews/${reviewId}/reject`)
      .send({ reason: 'Not the owner' });
    expect(rejected.status).toBe(200);
    expect(await balances(from)).toEqual({ b: '10000', r: '0' });
  });

  it('a debit adjustment never takes money reserved for a held transfer', async () => {
    const { from, reviewId } = await heldTransfer();
    const tooMuch = await finance.browser
      .post('/api/v1/ops/adjustments')
      .send({ walletId: from, direction: 'DEBIT', amount: '20.01', reason: 'Chargeback CB-1' });
    expect(tooMuch.status).toBe(201);
    expectProblem(
      await admin.browser.post(`/api/v1/ops/adjustments/${tooMuch.body.id}/approve`),
      422,
      'INSUFFICIENT_FUNDS',
    );
    expect(await balances(from)).toEqual({ b: '10000', r: '8000' });

    const exact = await finance.browser
      .post('/api/v1/ops/adjustments')
      .send({ walletId: from, direction: 'DEBIT', amount: '20.00', reason: 'Chargeback CB-2' });
    expect((await otherAdmin.browser.post(`/api/v1/ops/adjustments/${exact.body.id}/approve`)).status).toBe(
      200,
    );
    expect(await balances(from)).toEqual({ b: '8000', r: '8000' });
    // The held transfer still has its money.
    expect((await finance.browser.post(`/api/v1/ops/reviews/${reviewId}/release`)).status).toBe(200);
    expect(await balances(from)).toEqual({ b: '0', r: '0' });
  });

  it('a second transfer may not spend the held money, and says what is available', async () => {
    const { payer, from } = await heldTransfer();
    const other = await wallet(await t.newUser());
    const second = await t
      .asUser(payer)
      .post('/api/v1/wallets/transfer')
      .send({ sourceWalletId: from, destinationWalletId: other, amount: '20.01' });
    expectProblem(second, 422, 'INSUFFICIENT_FUNDS');
    expect(second.body.detail).toContain('20.00 USD');
    const wallet1 = await t.asUser(payer).get(`/api/v1/wallets/${from}`);
    expect(wallet1.body).toMatchObject({ balance: 100, availableBalance: 20, frozen: false });
  });
});
