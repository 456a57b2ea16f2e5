/**
 * OpenTelemetry tracing, on only when OTEL_EXPORTER_OTLP_ENDPOINT is set: main.ts imports this first, so
 * the instrumentations are in place before http, express, pg and Prisma load. When it is unset, no part
 * of the SDK is even loaded.
 */
type Sdk = typeof import('./tracing-sdk');

const sdk: Sdk | null = process.env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim()
  ? // A require, not an import: an import would load the SDK whether tracing is on or not.
    (require('./tracing-sdk') as Sdk)
  : null;
sdk?.startTracing();

/** Sends the spans still buffered; a process that exits without this loses its last ones. */
export async function flushTracing(): Promise<void> {
  await sdk?.stopTracing();
}
