import { MaintenanceService } from '../../src/maintenance/maintenance.service';
import type { TestApp } from '../support/app';
import { useTestApp } from '../support/suite';
import { newWallet } from '../support/wallets';

const testApp = useTestApp();
let t: TestApp;
beforeAll(() => {
  t = testApp();
});

describe('maintenance', () => {
  it('forgets idempotency keys past their retention and long-dead sessions, and never touches the ledger', async () => {
    const wallet = await newWallet(t, 'USD', 5);
    await t.http
      .post(`/api/v1/wallets/${wallet.id}/fund`)
      .set('Idempotency-Key', 'fresh-key')
      .send({ amount: 1 });
    await t.db.query(
      `INSERT INTO idempotency_keys (scope, key, request_hash, response_status, response_body, created_at)
       VALUES ('user:x', 'old-key', repeat('a', 64), 201, '{}'::json, now() - interval '3 days')`,
    );
    await t.db.query(
      `INSERT INTO sessions (user_id, token_hash, csrf_token_hash, expires_at, created_at)
       VALUES ($1, repeat('b', 64), repeat('c', 64), now() - interval '30 days', now() - interval '40 days')`,
      [t.user.id],
    );
    const ledgerBefore = await t.db.query('SELECT COUNT(*)::int AS n FROM transactions');
    const swept = await t.app.get(MaintenanceService).sweep();
    expect(swept).toEqual({ idempotencyKeys: 1, sessions: 1, webhookEvents: 0, webhookEndpoints: 0 });
    const keys = await t.db.query('SELECT key FROM idempotency_keys ORDER BY key');
    expect(keys.rows.map((r: { key: string }) => r.key)).toEqual(['fresh-key']);
    const ledgerAfter = await t.db.query('SELECT COUNT(*)::int AS n FROM transactions');
    expect(ledgerAfter.rows[0].n).toBe(ledgerBefore.rows[0].n);
    // The test user's live session survived.
    expect((await t.user.browser.get('/api/v1/auth/me')).status).toBe(200);
  });

  it('forgets webhook events 30 days old once none of their deliveries is pending, and endpoints deleted 30 days ago', async () => {
    const endpoint = async (deletedDaysAgo: number | null) => {
      const { rows } = await t.db.query(
        `INSERT INTO webhook_endpoints (owner_id, url, events, secret, deleted_at)
         VALUES ($1, 'https://example.com/hook', ARRAY['transaction.succeeded'],
                 CASE WHEN $2::int IS NULL THEN 'whsec_dGVzdA==' END, now() - $2::int * interval '1 day')
         RETURNING id`,
        [t.user.id, deletedDaysAgo],
      );
      return rows[0].id as string;
    };
    const live = await endpoint(null);
    const longGone = await endpoint(31);
    const recentlyGone = await endpoint(2);
    const event = async (daysAgo: number, status: string) => {
      const id = crypto.randomUUID();
      await t.db.query(
        `INSERT INTO webhook_events (id, owner_id, type, payload, created_at)
         VALUES ($1, $2, 'transaction.succeeded', '{}'::jsonb, now() - $3::int * interval '1 day')`,
        [id, t.user.id, daysAgo],
      );
      await t.db.query(
        `INSERT INTO webhook_deliveries (endpoint_id, event_id, status, delivered_at)
         VALUES ($1, $2, $3::text, CASE WHEN $3::text = 'succeeded' THEN now() END)`,
        [live, id, status],
      );
      return id;
    };
    const oldDelivered = await event(40, 'succeeded');
    const oldFailed = await event(35, 'failed');
    const oldStillTried = await event(40, 'pending');
    const recent = await event(3, 'succeeded');

    const swept = await t.app.get(MaintenanceService).sweep();
    expect(swept).toMatchObject({ webhookEvents: 2, webhookEndpoints: 1 });
    const events = await t.db.query('SELECT id FROM webhook_events WHERE id = ANY($1::uuid[])', [
      [oldDelivered, oldFailed, oldStillTried, recent],
    ]);
    expect(events.rows.map((r: { id: string }) => r.id).sort()).toEqual([oldStillTried, recent].sort());
    const deliveries = await t.db.query(
      'SELECT COUNT(*)::int AS n FROM webhook_deliveries WHERE endpoint_id = $1',
      [live],
    );
    expect(deliveries.rows[0].n).toBe(2);
    const endpoints = await t.db.query('SELECT id FROM webhook_endpoints WHERE id = ANY($1::uuid[])', [
      [live, longGone, recentlyGone],
    ]);
    expect(endpoints.rows.map((r: { id: string }) => r.id).sort()).toEqual([live, recentlyGone].sort());
  });
});
