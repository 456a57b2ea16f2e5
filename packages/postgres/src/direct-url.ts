/**
 * Where migrations go when the runtime reaches the database through a pooler: the direct (unpooled)
 * endpoint. The runner holds a session advisory lock and runs DDL transactions; a transaction pooler
 * (PgBouncer in transaction mode, as Neon's `-pooler` hosts are) hands each transaction to whichever
 * server connection is free, so the lock would not be held where the migrations run.
 *
 * Migrations also need the schema's owner: DATABASE_OWNER_URL comes first when it is set (the owner's
 * direct URL; then DATABASE_URL is the runtime role's, see runtime-role.ts). Without it, the names
 * Vercel's integrations set, in order: Neon's DATABASE_URL_UNPOOLED, Vercel Postgres's
 * POSTGRES_URL_NON_POOLING, then DATABASE_URL when it is not a pooled host (a plain PostgreSQL); then
 * the API's role owns the schema, and the runtime role's limits do not apply.
 */
export const DIRECT_URL_VARIABLES = [
  'DATABASE_OWNER_URL',
  'DATABASE_URL_UNPOOLED',
  'POSTGRES_URL_NON_POOLING',
  'DATABASE_URL',
] as const;

export class DirectUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DirectUrlError';
  }
}

/** True for a Neon pooled endpoint (`ep-...-pooler.<region>...`). */
export function isPooledUrl(url: string): boolean {
  try {
    return new URL(url).hostname.split('.')[0]?.endsWith('-pooler') ?? false;
  } catch {
    return false;
  }
}

/** The direct database URL from the environment, or an error that says which variable to set. */
export function directDatabaseUrl(env: NodeJS.ProcessEnv): { url: string; variable: string } {
  const variable = DIRECT_URL_VARIABLES.find((name) => env[name]?.trim());
  if (!variable) {
    throw new DirectUrlError(
      `No database to migrate: set ${DIRECT_URL_VARIABLES.join(', or ')}. ` +
        'A deploy never starts an embedded database.',
    );
  }
  const url = (env[variable] as string).trim();
  if (isPooledUrl(url)) {
    const fix =
      variable === 'DATABASE_OWNER_URL'
        ? "Set it to the owner's connection string without -pooler."
        : 'Set DATABASE_URL_UNPOOLED to the connection string without -pooler.';
    throw new DirectUrlError(
      `${variable} is a pooled endpoint (its host ends in -pooler): migrations need the direct one. ${fix}`,
    );
  }
  return { url, variable };
}
