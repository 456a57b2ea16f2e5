import { BalanceAlertsListener } from '../../src/balance-alerts/balance-alerts.listener';
import { PrismaService } from '../../src/database/prisma.service';
import { Prisma } from '../../src/generated/prisma/client';
import { PaidOnRelease } from '../../src/payment-requests/payment-request-events';
import {
  LEDGER_EVENTS,
  type LedgerEvents,
  type PostedEntries,
} from '../../src/transactions/ledger-events.port';
import { planFund } from '../../src/transactions/posting/posting';
import { PostingRepository } from '../../src/transactions/posting/posting.repository';
import { PostingService } from '../../src/transactions/posting/posting.service';
import { WebhookOutbox } from '../../src/webhooks/webhook-outbox';
import { startTestApp, type TestApp } from '../support/app';
import { expectLedgerConsistent } from '../support/ledger';
import { balanceMinor, newWallet } from '../support/wallets';

/** A listener that notes what it was told, optionally writing in the posting's statement or failing. */
function recorder(options: { part?: boolean; fail?: boolean } = {}) {
  const heard: { tx: unknown; posted: PostedEntries; fromStatement: unknown }[] = [];
  const listener: LedgerEvents = {
    ...(options.part
      ? {
          statementPart: () => ({
            // A CTE of its own in the posting's statement, and a value read from it.
            ctes: Prisma.sql`listener_probe AS (SELECT 41 + 1 AS n)`,
            returns: Prisma.sql`(SELECT n FROM listener_probe)`,
          }),
        }
      : {}),
    posted: async (tx, posted, fromStatement) => {
      heard.push({ tx, posted, fromStatement });
      if (options.fail) throw new Error('the listener failed');
    },
  };
  return { listener, heard };
}

describe("the ledger's port (LEDGER_EVENTS)", () => {
  let t: TestApp;
  let prisma: PrismaService;
  beforeAll(async () => {
    t = await startTestApp();
    prisma = t.app.get(PrismaService);
  });
  afterAll(async () => {
    await t.close();
  });

  /** Funds `walletId` by `amountMinor` through a PostingService with these listeners, in one transaction. */
  async function fund(listeners: LedgerEvents[], walletId: string, amountMinor: bigint) {
    const postings = new PostingService(new PostingRepository(), listeners);
    let client: unknown;
    await prisma.$transaction(async (tx) => {
      client = tx;
      const { wallets, at } = await postings.lock(tx, [walletId]);
      const [wallet] = wallets;
      if (!wallet) throw new Error('no wallet');
      await postings.write(tx, planFund(wallet, amountMinor, at), null);
    });
    return client;
  }

  it('is bound to the webhook outbox, paid requests and the balance alerts by the application module', () => {
    const listeners = t.app.get<readonly LedgerEvents[]>(LEDGER_EVENTS);
    expect(listeners).toHaveLength(3);
    expect(listeners[0]).toBeInstanceOf(WebhookOutbox);
    expect(listeners[1]).toBeInstanceOf(PaidOnRelease);
    expect(listeners[2]).toBeInstanceOf(BalanceAlertsListener);
  });

  it("tells each listener what was posted, on the posting's transaction client, with its part's value", async () => {
    const wallet = await newWallet(t, 'USD');
    const plain = recorder();
    const withPart = recorder({ part: true });
    const client = await fund([plain.listener, withPart.listener], wallet.id, 1234n);

    expect(await balanceMinor(t, wallet.id)).toBe(1234n);
    for (const { heard } of [plain, withPart]) {
      expect(heard).toHaveLength(1);
      expect(heard[0]?.tx).toBe(client);
      expect(heard[0]?.posted.entries).toMatchObject([
        {
          walletId: wallet.id,
          type: 'FUND',
          status: 'SUCCESS',
          amountMinor: 1234n,
          balanceAfterMinor: 1234n,
        },
      ]);
      expect(heard[0]?.posted.owners.get(wallet.id)).toBe(t.user.id);
    }
    expect(plain.heard[0]?.fromStatement).toBeNull();
    expect(withPart.heard[0]?.fromStatement).toBe(42);
    await expectLedgerConsistent(t.db);
  });

  it('rolls the movement back when a listener fails: no balance, no ledger row', async () => {
    const wallet = await newWallet(t, 'USD', '1.00');
    const failing = recorder({ fail: true });
    await expect(fund([failing.listener], wallet.id, 500n)).rejects.toThrow('the listener failed');

    expect(failing.heard).toHaveLength(1);
    expect(await balanceMinor(t, wallet.id)).toBe(100n);
    const { rows } = await t.db.query('SELECT count(*)::int AS n FROM transactions WHERE wallet_id = $1', [
      wallet.id,
    ]);
    expect(rows[0].n).toBe(1);
    await expectLedgerConsistent(t.db);
  });
});
