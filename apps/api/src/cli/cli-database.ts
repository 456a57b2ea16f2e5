import { type DatabaseHandle, ensureDatabase, migrate } from '@wallet/postgres';
import pg from 'pg';

/**
 * The product's database for a command (DATABASE_URL, or the embedded one), migrated as the owner, as the
 * API boots; `work` then runs as the runtime role (`database.url`), and whatever was started is stopped.
 */
export async function withMigratedDatabase<T>(
  say: (message: string) => void,
  work: (database: DatabaseHandle) => Promise<T>,
): Promise<T> {
  const log = (message: string) => say(`[db] ${message}`);
  const database = await ensureDatabase({ log });
  try {
    await migrate(database.ownerUrl, { log, runtimeRole: database.runtimeRole });
    return await work(database);
  } finally {
    await database.stop();
  }
}

/** `withMigratedDatabase` with one connection as the runtime role. */
export function withRuntimeClient<T>(
  say: (message: string) => void,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  return withMigratedDatabase(say, async (database) => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  });
}
