import { AdjustmentsService } from '../../src/adjustments/adjustments.service';
import type { Operator } from '../../src/adjustments/operator-audit';
import { WalletFreezeService } from '../../src/adjustments/wallet-freeze.service';
import { checkBooks } from '../../src/transactions/books-check/books-check';
import type { TestApp } from '../support/app';
import { expectProblem } from '../support/problems';
import { useTestApp } from '../support/suite';
import type { TestUser } from '../support/users';
import { balanceMinor, ledgerCount, newWallet } from '../support/wallets';

const testApp = useTestApp();
let t: TestApp;
let bob: TestUser;
let finance: Operator;
let admin: Operator;
let otherAdmin: Operator;
beforeAll(async () => {
  t = testApp();
  bob = await t.newUser();
  const op = async (role: Operator['role']): Promise<Operator> => {
    const u = await t.newUser();
    return { userId: u.id, email: u.email, role };
  };
  finance = await op('finance');
  admin = await op('admin');
  otherAdmin = await op('admin');
});

const ctx = { address: '127.0.0.1', requestId: 'test' };
const freezer = () => t.app.get(WalletFreezeService);
const adjustments = () => t.app.get(AdjustmentsService);

async function settle<T>(p: Promise<{ outcome: { kind: string; value?: T; error?: unknown } }>) {
  const { outcome } = await p;
  return outcome;
}

describe('a frozen wallet', () => {
  it('sends nothing: a transfer out is 422 WALLET_FROZEN, recorded as a FAILED row, nothing moved', async () => {
    const w = await newWallet(t, 'USD', 50);
    const bobWallet = (await t.asUser(bob).post('/api/v1/wallets').send({})).body.id as string;
    const frozen = await freezer().freeze(admin, w.id, 'Suspected takeover', ctx);
    expect(frozen).toMatchObject({
      id: w.id,
      frozen: true,
      frozenReason: 'Suspected takeover',
      frozenBy: admin.userId,
    });

    const sent = await t.http
      .post('/api/v1/wallets/transfer')
      .set('Idempotency-Key', 'frozen-1')
      .send({ sourceWalletId: w.id, destinationWalletId: bobWallet, amount: 10 });
    expectProblem(sent, 422, 'WALLET_FROZEN');
    expect(sent.body.transactionId).toEqual(expect.any(String));
    expect(await balanceMinor(t, w.id)).toBe(5000n);
    expect(await balanceMinor(t, bobWallet)).toBe(0n);
    const row = await t.db.query('SELECT type, status, failure_code FROM transactions WHERE id = $1', [
      sent.body.transactionId,
    ]);
    expect(row.rows).toEqual([{ type: 'TRANSFER_OUT', status: 'FAILED', failure_code: 'WALLET_FROZEN' }]);
    // The decline is recorded: the same key replays it.
    const again = await t.http
      .post('/api/v1/wallets/transfer')
      .set('Idempotency-Key', 'frozen-1')
      .send({ sourceWalletId: w.id, destinationWalletId: bobWallet, amount: 10 });
    expectProblem(again, 422, 'WALLET_FROZEN');
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await ledgerCount(t, w.id)).toBe(2);

    // The owner sees only that it is frozen, not why.
    const seen = await t.http.get(`/api/v1/wallets/${w.id}`);
    expect(seen.body.frozen).toBe(true);
    expect(seen.text).not.toContain('takeover');
  });

  it('still receives transfers and funding; unfreezing restores sending', async () => {
    const w = await newWallet(t, 'USD', 5);
    await freezer().freeze(finance, w.id, 'Review', ctx);
    const bobWallet = (await t.asUser(bob).post('/api/v1/wallets').send({})).body.id as string;
    await t.asUser(bob).post(`/api/v1/wallets/${bobWallet}/fund`).send({ amount: 20 });
    const paid = await t
      .asUser(bob)
      .post('/api/v1/wallets/transfer')
      .send({ sourceWalletId: bobWallet, destinationWalletId: w.id, amount: 7 });
    expect(paid.status).toBe(201);
    const funded = await t.http.post(`/api/v1/wallets/${w.id}/fund`).send({ amount: 3 });
    expect(funded.status).toBe(201);
    expect(funded.body.wallet).toMatchObject({ balance: 15, frozen: true });

    const thawed = await freezer().unfreeze(finance, w.id, 'Cleared', ctx);
    expect(thawed).toMatchObject({ frozen: false, frozenAt: null, frozenReason: null });
    const sent = await t.http
      .post('/api/v1/wallets/transfer')
      .send({ sourceWalletId: w.id, destinationWalletId: bobWallet, amount: 15 });
    expect(sent.status).toBe(201);
    expect(sent.body.sourceWallet).toMatchObject({ balance: 0, frozen: false });
  });

  it('refunds nothing out: a refund from a frozen wallet is 422 WALLET_FROZEN', async () => {
    const bobWallet = (await t.asUser(bob).post('/api/v1/wallets').send({})).body.id as string;
    await t.asUser(bob).post(`/api/v1/wallets/${bobWallet}/fund`).send({ amount: 20 });
    const w = await newWallet(t, 'USD');
    await t
      .asUser(bob)
      .post('/api/v1/wallets/transfer')
      .send({ sourceWalletId: bobWallet, destinationWalletId: w.id, amount: 8 });
    const incoming = (await t.http.get(`/api/v1/wallets/${w.id}/transactions`)).body.data[0];
    await freezer().freeze(admin, w.id, 'Chargeback dispute', ctx);
    const refund = await t.http.post(`/api/v1/transactions/${incoming.id}/refund`).send({});
    expectProblem(refund, 422, 'WALLET_FROZEN');
    expect(await balanceMinor(t, w.id)).toBe(800n);
    expect(await balanceMinor(t, bobWallet)).toBe(1200n);
  });

  it('is held by the database too: a TRANSFER_OUT row of a frozen wallet is refused', async () => {
    const w = await newWallet(t, 'USD', 5);
    await freezer().freeze(admin, w.id, 'Hold', ctx);
    await expect(
      t.db.query(
        `INSERT INTO transactions (wallet_id, type, status, amount_minor, currency, balance_before_minor,
                                   balance_after_minor, source_wallet_id, destination_wallet_id, transfer_id)
         VALUES ($1, 'TRANSFER_OUT', 'SUCCESS', 100, 'USD', 500, 400, $1, $1, gen_random_uuid())`,
        [w.id],
      ),
    ).rejects.toThrow(/frozen/);
  });
});

describe('adjustments', () => {
  it('proposed by one, approved by another: the balance moves, an ADJUSTMENT row with its hash, books clean', async () => {
    const w = await newWallet(t, 'USD', 10);
    const proposed = await settle(
      adjustments().propose(
        finance,
        { walletId: w.id, direction: 'CREDIT', amount: '2.50', reason: 'Goodwill' },
        undefined,
        ctx,
      ),
    );
    expect(proposed.kind).toBe('done');
    const id = (proposed.value as { id: string }).id;
    expect(await balanceMinor(t, w.id)).toBe(1000n);
    const approved = await settle(adjustments().approve(admin, id, ctx));
    expect(approved.kind).toBe('done');
    expect(approved.value).toMatchObject({
      adjustment: { status: 'APPROVED', decidedBy: { id: admin.userId } },
      wallet: { balance: 12.5 },
      transaction: {
        type: 'ADJUSTMENT',
        status: 'SUCCESS',
        amount: 2.5,
        balanceBefore: 10,
        balanceAfter: 12.5,
      },
    });
    expect(await balanceMinor(t, w.id)).toBe(1250n);
    const row = await t.db.query(
      `SELECT type, hash_version, octet_length(hash) AS len, destination_wallet_id, source_wallet_id
       FROM transactions WHERE wallet_id = $1 ORDER BY seq DESC LIMIT 1`,
      [w.id],
    );
    expect(row.rows).toEqual([
      { type: 'ADJUSTMENT', hash_version: 1, len: 32, destination_wallet_id: w.id, source_wallet_id: null },
    ]);

    const debit = await settle(
      adjustments().propose(
        admin,
        { walletId: w.id, direction: 'DEBIT', amount: '12.5', reason: 'Reverse' },
        undefined,
        ctx,
      ),
    );
    const done = await settle(adjustments().approve(otherAdmin, (debit.value as { id: string }).id, ctx));
    expect(done.kind).toBe('done');
    expect(await balanceMinor(t, w.id)).toBe(0n);
    const report = await checkBooks(t.db, { mode: 'full', whenBusy: 'wait' });
    expect(report?.found).toEqual([]);
  });

  it('the proposer approving is 409 SECOND_APPROVER_REQUIRED, nothing moved', async () => {
    const w = await newWallet(t, 'USD', 1);
    const p = await settle(
      adjustments().propose(
        admin,
        { walletId: w.id, direction: 'CREDIT', amount: 1, reason: 'x' } as never,
        undefined,
        ctx,
      ),
    );
    const own = await settle(adjustments().approve(admin, (p.value as { id: string }).id, ctx));
    expect(own.kind).toBe('declined');
    expect((own.error as { code: string }).code).toBe('SECOND_APPROVER_REQUIRED');
    expect(await balanceMinor(t, w.id)).toBe(100n);
  });

  it('two approvals at once move the money once', async () => {
    const w = await newWallet(t, 'USD', 1);
    const p = await settle(
      adjustments().propose(
        finance,
        { walletId: w.id, direction: 'CREDIT', amount: '5', reason: 'x' },
        undefined,
        ctx,
      ),
    );
    const id = (p.value as { id: string }).id;
    const results = await Promise.all([
      settle(adjustments().approve(admin, id, ctx)),
      settle(adjustments().approve(otherAdmin, id, ctx)),
    ]);
    expect(results.map((r) => r.kind).sort()).toEqual(['declined', 'done']);
    expect(await balanceMinor(t, w.id)).toBe(600n);
  });

  it('a debit beyond the balance is declined and stays proposed; rejected and expired move nothing', async () => {
    const w = await newWallet(t, 'USD', 1);
    const p = await settle(
      adjustments().propose(
        finance,
        { walletId: w.id, direction: 'DEBIT', amount: '2', reason: 'x' },
        undefined,
        ctx,
      ),
    );
    const id = (p.value as { id: string }).id;
    const short = await settle(adjustments().approve(admin, id, ctx));
    expect((short.error as { code: string }).code).toBe('INSUFFICIENT_FUNDS');
    expect((await adjustments().get(id)).status).toBe('PROPOSED');
    const rejected = await settle(adjustments().reject(admin, id, 'No', ctx));
    expect(rejected.value).toMatchObject({ status: 'REJECTED', decisionReason: 'No' });
    const late = await settle(
      adjustments().propose(
        finance,
        { walletId: w.id, direction: 'CREDIT', amount: '2', reason: 'x' },
        undefined,
        ctx,
      ),
    );
    const lateId = (late.value as { id: string }).id;
    await t.db.query(
      `ALTER TABLE adjustments DISABLE TRIGGER adjustments_decided_once;
       UPDATE adjustments SET proposed_at = proposed_at - interval '73 hours', expires_at = expires_at - interval '73 hours' WHERE id = '${lateId}';
       ALTER TABLE adjustments ENABLE TRIGGER adjustments_decided_once;`,
    );
    const expired = await settle(adjustments().approve(admin, lateId, ctx));
    expect((expired.error as { code: string }).code).toBe('ADJUSTMENT_NOT_PROPOSED');
    expect((await adjustments().get(lateId)).status).toBe('EXPIRED');
    expect(await balanceMinor(t, w.id)).toBe(100n);
  });
});
