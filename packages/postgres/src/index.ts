export { type DatabaseHandle, type EnsureDatabaseOptions, ensureDatabase, freePort } from './embedded.js';
export { migrate } from './migrate.js';
export { defaultDataDir, migrationsDir, repoRoot } from './paths.js';
