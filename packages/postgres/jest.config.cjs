// These tests start a real PostgreSQL and run migrations: a minute each, not Jest's 5 s.
module.exports = {
  ...require('@wallet/jest-config'),
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 60_000,
  // Their data folders and migration folders go under the run's own TMPDIR, removed at its end.
  globalSetup: require.resolve('@wallet/jest-config/run-tmpdir-setup.cjs'),
  globalTeardown: require.resolve('@wallet/jest-config/run-tmpdir-teardown.cjs'),
};
