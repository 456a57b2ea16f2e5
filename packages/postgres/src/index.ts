export { type DatabaseHandle, type EnsureDatabaseOptions, ensureDatabase, freePort } from './embedded.js';
export { type Migration, migrate, readMigrations } from './migrate.js';
export { defaultDataDir, loadDotEnv, migrationsDir, repoRoot } from './paths.js';
