export { type DatabaseHandle, type EnsureDatabaseOptions, ensureDatabase, freePort } from './embedded.js';
export { JOB_QUEUES, type JobQueueName } from './job-queue.js';
export { type Migration, migrate, readMigrations } from './migrate.js';
export { defaultDataDir, loadDotEnv, migrationsDir, repoRoot } from './paths.js';
export {
  checkRuntimeRole,
  RUNTIME_ROLE,
  RuntimeRoleError,
  type RuntimeUrl,
  roleOfUrl,
  runtimeGrantsFile,
  withCredentials,
} from './runtime-role.js';
