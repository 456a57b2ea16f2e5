/** `pnpm db:migrate`: apply prisma/migrations to DATABASE_URL, or to the embedded database. */
import { ensureDatabase } from '../embedded.js';
import { migrate } from '../migrate.js';
import { loadDotEnv } from '../paths.js';

const log = (message: string) => console.log(`[db] ${message}`);
loadDotEnv();
const database = await ensureDatabase({ log });
try {
  const applied = await migrate(database.url, { log });
  log(applied.length === 0 ? 'the database is up to date' : `applied ${applied.length} migration(s)`);
} finally {
  await database.stop();
}
