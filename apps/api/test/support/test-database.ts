/** What the run's global setup started, handed to every test file through the environment. */
export interface TestDatabase {
  /** The server's maintenance database, where test databases are created and dropped. */
  adminUrl: string;
  /** The migrated database every test file clones. */
  template: string;
  /** Names this run's databases, so a shared server's leftovers can be told apart. */
  runId: string;
}

export const TEST_DATABASE_ENV = 'WALLET_TEST_DATABASE';

/** The run's database server and template (global-setup.ts); only tests of the API and system tiers have one. */
export function testDatabase(): TestDatabase {
  const given = process.env[TEST_DATABASE_ENV];
  if (!given) throw new Error('no test database: run the tests through jest (test/support/global-setup.ts)');
  return JSON.parse(given) as TestDatabase;
}
