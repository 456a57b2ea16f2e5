import type { IncomingMessage } from 'node:http';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { PrismaInstrumentation } from '@prisma/instrumentation';

/** How long a stopping process waits for its last spans to be sent. */
const FLUSH_TIMEOUT_MS = 2_000;

/** Probes and scrapes come every few seconds and say nothing a trace would: they are not traced. */
function isProbe(request: IncomingMessage): boolean {
  const path = request.url?.split('?')[0] ?? '';
  return path.startsWith('/api/health') || path === '/metrics';
}

/**
 * Traces only: metrics are Prometheus's (the metrics port) and logs are pino's, so the SDK's own metric
 * and log exporters stay off. The exporter, its endpoint and protocol (OTEL_EXPORTER_OTLP_PROTOCOL,
 * http/protobuf by default), the batch delay and the resource come from the standard OTEL_* variables.
 */
const sdk = new NodeSDK({
  serviceName: process.env.OTEL_SERVICE_NAME?.trim() || 'wallet-api',
  metricReaders: [],
  logRecordProcessors: [],
  instrumentations: [
    new HttpInstrumentation({ ignoreIncomingRequestHook: isProbe }),
    new ExpressInstrumentation(),
    new PgInstrumentation(),
    new PrismaInstrumentation(),
  ],
});

export function startTracing(): void {
  sdk.start();
}

export async function stopTracing(): Promise<void> {
  await Promise.race([
    sdk.shutdown().catch(() => {}),
    new Promise((resolve) => setTimeout(resolve, FLUSH_TIMEOUT_MS).unref()),
  ]);
}
