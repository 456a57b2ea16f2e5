// These tests start a real PostgreSQL and run migrations: a minute each, not Jest's 5 s.
module.exports = {
  ...require('@wallet/jest-config'),
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 60_000,
};
