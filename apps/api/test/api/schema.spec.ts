import pg from 'pg';
import { createTestDatabase } from '../support/app';

describe('the test databases', () => {
  it('leaves the cloned test databases fully migrated', async () => {
    const db = await createTestDatabase();
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    await client.end();
    await db.drop();
    expect(rows.map((r: { table_name: string }) => r.table_name)).toEqual([
      '_prisma_migrations',
      'api_keys',
      'idempotency_keys',
      'ledger_check_wallets',
      'ledger_checks',
      'rate_limits',
      'sessions',
      'transactions',
      'users',
      'wallets',
      'webhook_deliveries',
      'webhook_endpoints',
      'webhook_events',
    ]);
  });
});
