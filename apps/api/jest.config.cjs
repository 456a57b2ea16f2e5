// The API's tests in three tiers, each a Jest project:
//   unit    pure logic, no database (seconds);
//   api     the HTTP API (supertest) on a real PostgreSQL, one cloned database per file;
//   system  whole processes: the built product, its CLIs, restarts, backups, the serverless function.
// `jest --selectProjects unit` (or api, system) runs one tier. The chaos, cluster, alert-rules and recovery
// suites run only under their own commands (pnpm test:chaos, test:cluster, test:ops, test:recovery): see
// package.json.
const preset = require('@wallet/jest-config');

const withDatabase = {
  ...preset,
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
};

/** Suites that run only under their own command. */
const OWN_COMMAND = [
  '/test/system/chaos\\.spec\\.ts$',
  '/test/system/cluster\\.spec\\.ts$',
  // promtool (Debian's prometheus package): pnpm test:ops.
  '/test/system/alert-rules\\.spec\\.ts$',
  // pgBackRest and Debian's PostgreSQL 15: pnpm test:recovery.
  '/test/system/pitr-drill\\.spec\\.ts$',
];

module.exports = {
  // Two workers: the two cores of the machines this runs on.
  maxWorkers: 2,
  // Generous: hooks boot the built product (a primary and workers), slow on a loaded 2-core machine.
  testTimeout: 180_000,
  projects: [
    { ...preset, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.spec.ts'] },
    {
      ...withDatabase,
      displayName: 'api',
      testMatch: ['<rootDir>/test/api/**/*.spec.ts'],
    },
    {
      ...withDatabase,
      displayName: 'system',
      testMatch: ['<rootDir>/test/system/**/*.spec.ts'],
      testPathIgnorePatterns: process.env.WALLET_OWN_COMMAND ? [] : OWN_COMMAND,
    },
  ],
};
