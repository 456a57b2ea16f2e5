import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import pg from 'pg';
import type { Logger } from 'pino';
import { AggregatorRegistry, Gauge, Registry } from 'prom-client';
import type { AppConfig } from '../config/config';
import { latestBooksCheck } from '../transactions/books-check/books-check';

/** Bounds on one scrape's read of the latest ledger check. */
const LEDGER_READ_TIMEOUT_MS = 2_000;

export interface MetricsServer {
  close(): Promise<void>;
}

/**
 * The primary's metrics endpoint: GET /metrics on its own port, every worker's metrics added up
 * (prom-client's AggregatorRegistry asks each worker over the cluster channel), then the latest ledger
 * check, read from the database at each scrape. Never on the API's port; with METRICS_TOKEN set, only
 * for `Authorization: Bearer <token>`. A port already in use is a warning, not a reason to stop serving.
 */
export async function startMetricsServer(
  config: AppConfig['metrics'],
  databaseUrl: string,
  log: Logger,
): Promise<MetricsServer | null> {
  if (config.port === 0) return null;
  const workers = new AggregatorRegistry();
  const ledger = ledgerGauges(databaseUrl);
  const server = createServer((request, response) => {
    void answer(request, response, config.token, async () => {
      await ledger.refresh();
      return (await workers.clusterMetrics()) + (await ledger.registry.metrics());
    }).catch((error: unknown) => {
      log.warn({ err: error }, 'metrics could not be gathered');
      if (!response.headersSent) response.writeHead(503, { 'Content-Type': 'text/plain' });
      response.end('metrics are not available right now\n');
    });
  });
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  const listening = await listen(server, config.port, config.host);
  if (listening !== true) {
    log.warn({ err: listening, port: config.port }, 'metrics are off: the metrics port could not be opened');
    return null;
  }
  log.info({ metrics: `http://${config.host}:${config.port}/metrics` }, 'metrics served');
  return {
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function answer(
  request: IncomingMessage,
  response: ServerResponse,
  token: string | undefined,
  gather: () => Promise<string>,
): Promise<void> {
  if (request.url?.split('?')[0] !== '/metrics') {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found\n');
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' }).end();
    return;
  }
  if (token !== undefined && !bearerMatches(request.headers.authorization, token)) {
    response.writeHead(401, { 'WWW-Authenticate': 'Bearer', 'Content-Type': 'text/plain' });
    response.end('a bearer token is required\n');
    return;
  }
  const text = await gather();
  response.writeHead(200, { 'Content-Type': Registry.PROMETHEUS_CONTENT_TYPE, 'Cache-Control': 'no-store' });
  response.end(request.method === 'HEAD' ? undefined : text);
}

/** Compared as digests, in constant time: neither the token's length nor its prefix leaks. */
function bearerMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer (.+)$/i.exec(header ?? '')?.[1]?.trim() ?? '';
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(token));
}

/** The latest ledger check as gauges, read once per scrape; left as they were when it cannot be read. */
function ledgerGauges(databaseUrl: string) {
  const registry = new Registry();
  const gauge = (name: string, help: string) => new Gauge({ name, help, registers: [registry] });
  const finished = gauge(
    'wallet_ledger_check_last_finished_timestamp_seconds',
    'When the latest ledger check finished (Unix time); 0 before the first one.',
  );
  const discrepancies = gauge(
    'wallet_ledger_check_discrepancies',
    'Discrepancies the latest ledger check found; anything above 0 needs `pnpm books:check`.',
  );
  const rows = gauge('wallet_ledger_check_rows_checked', 'Ledger rows the latest check read.');
  const wallets = gauge('wallet_ledger_check_wallets_checked', 'Wallets the latest check balanced.');
  const refresh = async () => {
    const client = new pg.Client({
      connectionString: databaseUrl,
      connectionTimeoutMillis: LEDGER_READ_TIMEOUT_MS,
      query_timeout: LEDGER_READ_TIMEOUT_MS,
    });
    try {
      await client.connect();
      const latest = await latestBooksCheck(client);
      if (!latest) return;
      finished.set(latest.finishedAt.getTime() / 1000);
      discrepancies.set(latest.discrepancies);
      rows.set(latest.rowsChecked);
      wallets.set(latest.walletsChecked);
    } catch {
      // The database is away: wallet_database_available says so, and these keep their last values.
    } finally {
      await client.end().catch(() => {});
    }
  };
  return { registry, refresh };
}

function listen(server: Server, port: number, host: string): Promise<true | Error> {
  return new Promise((resolve) => {
    server.once('error', resolve);
    server.listen(port, host, () => {
      server.off('error', resolve);
      resolve(true);
    });
  });
}
