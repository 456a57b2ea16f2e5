// Unit tests of the pure parts, and api.test.ts: the SDK against the built API it starts (on its own
// embedded PostgreSQL), which takes a while on a loaded machine.
module.exports = {
  ...require('@wallet/jest-config'),
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 180_000,
  maxWorkers: 1,
  globalSetup: require.resolve('@wallet/jest-config/run-tmpdir-setup.cjs'),
  globalTeardown: require.resolve('@wallet/jest-config/run-tmpdir-teardown.cjs'),
};
