import { defineConfig } from 'vitest/config';

// These tests start a real PostgreSQL and run migrations: give them the API suite's minute, not 5 s.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
