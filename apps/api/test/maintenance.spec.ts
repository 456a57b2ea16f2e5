import { MaintenanceService } from '../src/maintenance/maintenance.service';
import type { TestApp } from './support/app';
import { useTestApp } from './support/suite';
import { newWallet } from './support/wallets';

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
      `INSERT INTO sessions (user_id, token_hash, csrf_token, expires_at, created_at)
       VALUES ($1, repeat('b', 64), 'c', now() - interval '30 days', now() - interval '40 days')`,
      [t.user.id],
    );
    const ledgerBefore = await t.db.query('SELECT COUNT(*)::int AS n FROM transactions');
    const swept = await t.app.get(MaintenanceService).sweep();
    expect(swept).toEqual({ idempotencyKeys: 1, sessions: 1 });
    const keys = await t.db.query('SELECT key FROM idempotency_keys ORDER BY key');
    expect(keys.rows.map((r: { key: string }) => r.key)).toEqual(['fresh-key']);
    const ledgerAfter = await t.db.query('SELECT COUNT(*)::int AS n FROM transactions');
    expect(ledgerAfter.rows[0].n).toBe(ledgerBefore.rows[0].n);
    // The test user's live session survived.
    expect((await t.user.browser.get('/api/v1/auth/me')).status).toBe(200);
  });
});
