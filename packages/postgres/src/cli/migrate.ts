/**
 * `pnpm db:migrate`: apply prisma/migrations to DATABASE_URL (as DATABASE_OWNER_URL when set), or to the
 * embedded database, and grant the runtime role its rights.
 */
import { ensureDatabase } from '../embedded.js';
import { migrate } from '../migrate.js';
import { loadDotEnv } from '../paths.js';

const log = (message: string) => console.log(`[db] ${message}`);
loadDotEnv();
const database = await ensureDatabase({ log });
try {
  const applied = await migrate(database.ownerUrl, { log, runtimeRole: database.runtimeRole });
  log(applied.length === 0 ? 'the database is up to date' : `applied ${applied.length} migration(s)`);
} finally {
  await database.stop();
}
