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

/** SQLSTATEs of a server that answered, but too busy to serve this now: a wait or a limit ran out. */
const BUSY_STATES = new Set([
  '55P03', // lock_not_available: a lock wait past lock_timeout
  '57014', // query_canceled: a statement past statement_timeout
  '53300', // too_many_connections
  '40P01', // deadlock_detected: PostgreSQL rolled one transaction back; running it again is safe
  '40001', // serialization_failure: the same
]);

/** SQLSTATEs of a server going away or not there: an outage, not a load problem. */
const UNREACHABLE_STATES = new Set([
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down)
  '08000', // connection_exception, and its kinds below
  '08001',
  '08003',
  '08004',
  '08006',
  // PgBouncer's answer when it cannot give a server connection: the server is down or restarting ("server
  // login has been failing", "pgbouncer cannot connect to server", "server conn crashed?", a query_wait_timeout).
  '08P01',
]);

/** Prisma's codes for a busy database: no pooled connection in time (P2024), no transaction in time (P2028). */
const BUSY_PRISMA = new Set(['P2024', 'P2028']);

/** Prisma's codes for a server not reached (P1001), timed out (P1002, P1008) or gone (P1017). */
const UNREACHABLE_PRISMA = new Set(['P1001', 'P1002', 'P1008', 'P1017']);

/** The Prisma driver adapter's names for the same, before Prisma turns them into a code. */
const UNREACHABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout']);

const UNREACHABLE_ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/** The messages of Prisma's and node-postgres's own client-side timeouts, when only a message is left. */
const BUSY_MESSAGE =
  /Unable to start a transaction in the given time|Timed out fetching a new connection|timeout exceeded when trying to connect/;

/**
 * node-postgres's words for a connection that died or never answered: the socket ended, the connect
 * timeout ran out ('timeout expired'), or a statement got no answer within query_timeout.
 */
const UNREACHABLE_MESSAGE =
  /Connection terminated|Query read timeout|timeout expired|is not queryable|Connection ended/;

/**
 * Why the database cannot serve a request now, or undefined when the error is not about that (a bug or
 * bad input). 'busy': the server answered, but a wait or a limit ran out. 'unreachable': no answer at
 * all (down, restarting, frozen, cut off). Both answer 503; only 'unreachable' says the database is down.
 */
export function databaseTrouble(error: unknown): 'busy' | 'unreachable' | undefined {
  const state = sqlState(error);
  if (state && UNREACHABLE_STATES.has(state)) return 'unreachable';
  const links = causeChain(error);
  if (links.some(isUnreachable)) return 'unreachable';
  if (state && BUSY_STATES.has(state)) return 'busy';
  if (links.some(isBusy)) return 'busy';
  return undefined;
}

interface ErrorLink {
  code: string;
  kind: string;
  message: string;
}

/** An error and every cause under it (Prisma wraps the driver adapter's error, which wraps pg's). */
function causeChain(error: unknown): ErrorLink[] {
  const links: ErrorLink[] = [];
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const record = current as Record<string, unknown>;
    const text = (value: unknown) => (typeof value === 'string' ? value : '');
    links.push({ code: text(record.code), kind: text(record.kind), message: text(record.message) });
    const meta = record.meta as Record<string, unknown> | undefined;
    current = record.cause ?? meta?.driverAdapterError;
  }
  return links;
}

function isUnreachable({ code, kind, message }: ErrorLink): boolean {
  return (
    UNREACHABLE_PRISMA.has(code) ||
    UNREACHABLE_ERRNO.has(code) ||
    UNREACHABLE_KINDS.has(kind) ||
    UNREACHABLE_MESSAGE.test(message)
  );
}

function isBusy({ code, kind, message }: ErrorLink): boolean {
  return BUSY_PRISMA.has(code) || kind === 'TooManyConnections' || BUSY_MESSAGE.test(message);
}

/** Whether an error says "the database cannot serve this now" (so: 503 and retry), rather than a bug. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return databaseTrouble(error) !== undefined;
}
