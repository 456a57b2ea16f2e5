/** What the run's global setup started, handed to every test file through the environment. */
export interface TestDatabase {
  /**
   * The server's maintenance database as the owner (the embedded cluster's superuser), where test
   * databases are created and dropped, and what tests use when they need the owner's rights.
   */
  adminUrl: string;
  /** The server as the runtime role, the one the API under test logs in as (see runtimeUrlFor). */
  runtimeUrl: string;
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

/** `url`'s database on the run's server, logging in as the runtime role: what the API is given. */
export function runtimeUrlFor(url: string): string {
  return withRole(url, testDatabase().runtimeUrl);
}

/** `url`'s database on the run's server, logging in as the owner: for tests that need its rights. */
export function ownerUrlFor(url: string): string {
  return withRole(url, testDatabase().adminUrl);
}

/**
 * The settings a product started on `url` gets: DATABASE_URL as the runtime role and DATABASE_OWNER_URL
 * as the owner, on the run's own server (when the run has two roles; a shared DATABASE_URL may not).
 */
export function deployedAs(url: string): { DATABASE_URL: string; DATABASE_OWNER_URL?: string } {
  if (!onTestServer(url)) return { DATABASE_URL: url };
  const runtime = runtimeUrlFor(url);
  const owner = ownerUrlFor(url);
  return new URL(runtime).username === new URL(owner).username
    ? { DATABASE_URL: runtime }
    : { DATABASE_URL: runtime, DATABASE_OWNER_URL: owner };
}

/** True when `url` points at the run's own server (not, say, a proxy in front of it). */
export function onTestServer(url: string): boolean {
  return new URL(url).host === new URL(testDatabase().adminUrl).host;
}

function withRole(url: string, credentialsFrom: string): string {
  const target = new URL(url);
  const from = new URL(credentialsFrom);
  target.username = from.username;
  target.password = from.password;
  return target.toString();
}
