/**
 * `pnpm db:migrate:deploy`: the deploy's migration step (Vercel's build runs it). Applies prisma/migrations
 * to the direct database endpoint (see direct-url.ts); unlike `pnpm db:migrate` it never starts the
 * embedded database, and a missing or pooled URL stops it with the variable to set. As the owner
 * (DATABASE_OWNER_URL), it then grants the role DATABASE_URL logs in as its rights (runtime-grants.sql).
 */
import { DirectUrlError, directDatabaseUrl } from '../direct-url.js';
import { migrate } from '../migrate.js';
import { loadDotEnv } from '../paths.js';
import { checkRuntimeRole, RuntimeRoleError, roleOfUrl } from '../runtime-role.js';

// The repository's .env, as every db:* command reads it; a variable set in the environment wins.
loadDotEnv();

const log = (message: string) => console.log(`[db] ${message}`);
try {
  const { url, variable } = directDatabaseUrl(process.env);
  log(`migrating the database named by ${variable}`);
  const runtimeUrl = process.env.DATABASE_URL?.trim();
  const ownerUrl = process.env.DATABASE_OWNER_URL?.trim();
  // With both roles, the runtime's is asked of the server (its URL may name no user, or the owner).
  const runtimeRole =
    runtimeUrl && ownerUrl
      ? await checkRuntimeRole(ownerUrl, [{ variable: 'DATABASE_URL', url: runtimeUrl }])
      : runtimeUrl
        ? roleOfUrl(runtimeUrl)
        : null;
  const applied = await migrate(url, { log, runtimeRole });
  log(applied.length === 0 ? 'the database is up to date' : `applied ${applied.length} migration(s)`);
} catch (error) {
  const known = error instanceof DirectUrlError || error instanceof RuntimeRoleError;
  console.error(known ? `[db] ${(error as Error).message}` : error);
  process.exit(1);
}
