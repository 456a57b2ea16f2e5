import type { Prisma, PrismaClient } from '../generated/prisma/client';

/** What a repository runs its queries on: the client, or the client of an open transaction. */
export type Db = PrismaClient | Prisma.TransactionClient;

/** The PostgreSQL SQLSTATE behind a Prisma or driver error, when there is one. */
export function sqlState(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const record = current as Record<string, unknown>;
    for (const candidate of [record.code, record.originalCode]) {
      if (isSqlState(candidate)) return candidate;
    }
    const meta = record.meta as Record<string, unknown> | undefined;
    if (isSqlState(meta?.code)) return meta?.code as string;
    current = meta?.driverAdapterError ?? record.cause;
  }
  return undefined;
}

/** Five characters of SQLSTATE, but not one of Prisma's own P1000-P6999 codes. */
function isSqlState(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9A-Z]{5}$/.test(value) && !/^P[1-9]\d{3}$/.test(value);
}

/** SQLSTATEs of a database that is overloaded or unreachable, as opposed to a bug or bad input. */
const UNAVAILABLE_STATES = new Set([
  '55P03', // lock_not_available: a lock wait past lock_timeout
  '57014', // query_canceled: a statement past statement_timeout
  '53300', // too_many_connections
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down)
  '08000', // connection_exception, and its kinds below
  '08001',
  '08003',
  '08004',
  '08006',
]);

/** Prisma's codes for the same: no pooled connection in time (P2024), no transaction in time (P2028). */
const UNAVAILABLE_PRISMA = new Set(['P1001', 'P1002', 'P1017', 'P2024', 'P2028']);

const UNAVAILABLE_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);

/** Whether an error says "the database cannot serve this now" (so: 503 and retry), rather than a bug. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const state = sqlState(error);
  if (state && UNAVAILABLE_STATES.has(state)) return true;
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const record = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (
      typeof record.code === 'string' &&
      (UNAVAILABLE_PRISMA.has(record.code) || UNAVAILABLE_ERRNO.has(record.code))
    ) {
      return true;
    }
    if (
      typeof record.message === 'string' &&
      /Unable to start a transaction in the given time|Timed out fetching a new connection|Connection terminated|connection error and is not queryable/.test(
        record.message,
      )
    ) {
      return true;
    }
    current = record.cause;
  }
  return false;
}
