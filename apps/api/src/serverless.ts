import 'reflect-metadata';
import type { IncomingMessage, ServerResponse } from 'node:http';
import pino from 'pino';
import { createApp } from './app.factory';
import { DomainError } from './common/errors';
import { PROBLEM_CONTENT_TYPE, problemFromError } from './common/http/problem';
import { type AppConfig, loadConfig } from './config/config';

/**
 * The API as one serverless function (Vercel's Node runtime: `api/index.js` re-exports the default
 * export below). The same application as the long-running server (createApp), minus what a host does:
 * no listening socket (the platform owns it), no dashboard (served as static files), no embedded
 * database and no migrations (the build step applies them; nothing here imports @wallet/postgres).
 *
 * An instance is frozen between invocations, so it keeps no work of its own running between requests:
 * no scheduled ledger check (run `pnpm books:check` on a schedule instead) and no LISTEN connection
 * for credential revocations (see CredentialCache). Its pool is small: many instances share one server.
 * Webhooks: it writes events and enqueues their deliveries with the money movements, but sends none; the
 * long-running API (`pnpm start`, any one instance of it on the same database) runs the delivery workers.
 */

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * The owner's URL is the build's, for its migrations: the function never migrates. It leaves
 * process.env as the function loads (the platform's copy stays: docs/deploy.md) and is kept only to
 * refuse a DATABASE_URL that names the same role.
 */
const ownerUrlAtLoad = process.env.DATABASE_OWNER_URL;
delete process.env.DATABASE_OWNER_URL;

const log = pino({ level: process.env.LOG_LEVEL || 'info', base: { pid: process.pid, role: 'function' } });

/** Connections one instance may hold. Each instance is one small client of the pooled endpoint. */
export const SERVERLESS_DB_POOL_SIZE = '2';

export class MissingDatabaseUrlError extends Error {
  constructor() {
    super(
      'DATABASE_URL is not set. The serverless function has no embedded database: set DATABASE_URL ' +
        "to the pooled connection string (on Vercel Postgres / Neon, the host with '-pooler').",
    );
    this.name = 'MissingDatabaseUrlError';
  }
}

/** The function's settings: the environment's, with the serverless defaults and the hard overrides. */
export function serverlessConfig(env: NodeJS.ProcessEnv): AppConfig {
  // Through a transaction pooler (Neon's hosts say '-pooler') a startup option is refused outright.
  const pooled = /-pooler[.-]/.test(env.DATABASE_URL ?? '');
  const config = loadConfig({
    DB_POOL_SIZE: SERVERLESS_DB_POOL_SIZE,
    ...(pooled ? { DB_STARTUP_OPTIONS: 'off' } : {}),
    ...env,
  });
  if (!config.databaseUrlGiven) throw new MissingDatabaseUrlError();
  // A timer in a frozen instance fires only by chance, and the check needs a session of its own (an
  // advisory lock, a temporary table) that a transaction pooler does not keep.
  return {
    ...config,
    databaseOwnerUrl: '',
    ledgerCheckIntervalSeconds: 0,
    listenForRevocations: false,
    liveEvents: false,
    webhookWorkers: false,
    rateLimitTimer: false,
  };
}

/** Builds the application and returns its Express instance, which is a (request, response) handler. */
export async function createHandler(
  env: NodeJS.ProcessEnv = { ...process.env, DATABASE_OWNER_URL: ownerUrlAtLoad },
): Promise<Handler> {
  const config = serverlessConfig(env);
  if (env.VERCEL === '1' && env.NODEJS_HELPERS !== '0') {
    log.warn('NODEJS_HELPERS is not 0: Vercel may read request bodies before the API does');
  }
  // abortOnError off: a failed start rejects (and is answered 500) instead of aborting the process.
  const app = await createApp(config, { nest: { abortOnError: false } });
  await app.init();
  return app.getHttpAdapter().getInstance() as Handler;
}

/** One application per instance, built by the first request and reused by every later one. */
let instance: Promise<Handler> | undefined;

function application(): Promise<Handler> {
  instance ??= createHandler().catch((error: unknown) => {
    // The next request tries again (a setting fixed, the database back) rather than failing forever.
    instance = undefined;
    throw error;
  });
  return instance;
}

export default async function handler(request: IncomingMessage, response: ServerResponse): Promise<void> {
  let app: Handler;
  try {
    app = await application();
  } catch (error) {
    log.fatal({ err: error }, 'the API could not start');
    const problem = problemFromError(new DomainError('INTERNAL', 'The service could not start.'));
    response.writeHead(500, { 'Content-Type': PROBLEM_CONTENT_TYPE, 'Cache-Control': 'no-store' });
    response.end(JSON.stringify(problem));
    return;
  }
  // Settles when the answer is sent, so the platform's invocation lasts as long as the request does.
  const done = new Promise<void>((resolve) => response.once('close', resolve));
  app(request, response);
  await done;
}
