import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createTestDatabase } from '../support/app';
import { type Product, startProduct, waitFor } from '../support/product';
import { createUser } from '../support/users';

/**
 * OpenTelemetry on the built product: with OTEL_EXPORTER_OTLP_ENDPOINT set, a request that moves money
 * arrives at an OTLP/HTTP receiver as an HTTP server span and database spans of the same trace; unset,
 * no part of the SDK is loaded.
 */

interface Span {
  traceId: string;
  name: string;
  kind: number;
  attributes: { key: string; value: { stringValue?: string; intValue?: string | number } }[];
}
interface Export {
  resourceSpans: {
    resource: { attributes: Span['attributes'] };
    scopeSpans: { scope: { name: string }; spans: Span[] }[];
  }[];
}

/** OTLP's SpanKind: SERVER is 2, CLIENT is 3. */
const SERVER = 2;

let receiver: Server;
const exports: Export[] = [];
const paths: string[] = [];

beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    request.on('end', () => {
      paths.push(request.url ?? '');
      if (request.url === '/v1/traces') exports.push(JSON.parse(body) as Export);
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
});

afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

it('exports a money-moving request as HTTP and database spans of one trace, as wallet-api', async () => {
  const database = await createTestDatabase();
  let product: Product | undefined;
  try {
    product = await startProduct(database.url, {
      WEB_CONCURRENCY: '1',
      METRICS_PORT: '0',
      LOG_LEVEL: 'warn',
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_BSP_SCHEDULE_DELAY: '100',
    });
    const user = await createUser(product.base);
    const post = (url: string, body: object) =>
      fetch(`${product?.base}${url}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${user.key}`,
          'content-type': 'application/json',
          'idempotency-key': randomUUID(),
        },
        body: JSON.stringify(body),
      });
    const wallet = ((await (await post('/api/v1/wallets', {})).json()) as { id: string }).id;
    expect((await post(`/api/v1/wallets/${wallet}/fund`, { amount: 25 })).status).toBe(201);

    const fundTrace = () =>
      spans().find(
        ({ span }) => span.kind === SERVER && attribute(span, 'http.route') === '/api/v1/wallets/:id/fund',
      )?.span.traceId;
    const databaseSpans = (traceId: string) =>
      spans().filter(
        ({ span, scope }) =>
          span.traceId === traceId &&
          (scope === '@opentelemetry/instrumentation-pg' || scope.startsWith('prisma')),
      );
    await waitFor(async () => {
      const traceId = fundTrace();
      return traceId !== undefined && databaseSpans(traceId).some((s) => s.scope.includes('pg'));
    });
    const traceId = fundTrace() as string;
    const scopes = new Set(databaseSpans(traceId).map((s) => s.scope));
    expect(scopes).toContain('@opentelemetry/instrumentation-pg');
    expect([...scopes].some((scope) => scope.startsWith('prisma'))).toBe(true);
    // The SQL that moved the money is in the trace: the lock of the funded wallet.
    expect(
      databaseSpans(traceId).some(({ span }) =>
        /FOR NO KEY UPDATE/i.test(attribute(span, 'db.query.text') ?? attribute(span, 'db.statement') ?? ''),
      ),
    ).toBe(true);

    const resource = exports[0]?.resourceSpans[0]?.resource.attributes ?? [];
    expect(resource.find((a) => a.key === 'service.name')?.value.stringValue).toBe('wallet-api');
    // Only traces: metrics and logs stay Prometheus's and pino's.
    expect(paths.filter((p) => p !== '/v1/traces')).toEqual([]);
    // Health probes are not traced.
    expect(spans().some(({ span }) => (attribute(span, 'url.path') ?? '').startsWith('/api/health'))).toBe(
      false,
    );
  } finally {
    expect(await product?.stop()).toBe(0);
    await database.drop();
  }
});

it('loads no part of the OpenTelemetry SDK when OTEL_EXPORTER_OTLP_ENDPOINT is unset', () => {
  const dist = path.join(__dirname, '..', '..', 'dist');
  // tracing.js as main.ts loads it, then everything the API is made of.
  const script = `
    require(${JSON.stringify(path.join(dist, 'tracing.js'))});
    require(${JSON.stringify(path.join(dist, 'app.module.js'))});
    const loaded = Object.keys(require.cache).filter((file) => /@opentelemetry|@prisma[\\\\/]instrumentation/.test(file));
    process.stdout.write(JSON.stringify(loaded));`;
  const { OTEL_EXPORTER_OTLP_ENDPOINT: _unset, ...env } = process.env;
  const loaded = JSON.parse(
    execFileSync(process.execPath, ['-e', script], { env, encoding: 'utf8' }),
  ) as string[];
  expect(loaded.length).toBeGreaterThan(0);
  // prom-client loads the API package alone (a no-op until an SDK registers): nothing else.
  expect(loaded.filter((file) => !/@opentelemetry[\\/]api[\\/]/.test(file))).toEqual([]);
});

function spans(): { scope: string; span: Span }[] {
  return exports.flatMap((e) =>
    e.resourceSpans.flatMap((r) =>
      r.scopeSpans.flatMap((s) => s.spans.map((span) => ({ scope: s.scope.name, span }))),
    ),
  );
}

function attribute(span: Span, key: string): string | undefined {
  const found = span.attributes.find((a) => a.key === key)?.value;
  return found?.stringValue ?? (found?.intValue === undefined ? undefined : String(found.intValue));
}
