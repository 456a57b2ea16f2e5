import { databaseTrouble, sqlState } from './db';

/**
 * Whether this process has been asked to stop (SIGINT or SIGTERM). Ctrl-C in a terminal signals the
 * whole process group, so an embedded PostgreSQL stops at the same moment as the API and ends its
 * connections while the workers drain. That is the stop, not an outage: the database going away then is
 * logged at debug level, not as a warning with a stack. Any other error is logged as before.
 */
let stopping = false;

/**
 * The server's "terminating connection" can reach a process a moment before its own copy of the same
 * Ctrl-C does: such an error waits this long for the signal before it is called an outage.
 */
export const SIGNAL_GRACE_MS = 500;

/** What a server that is shutting down says: admin_shutdown, crash_shutdown, cannot_connect_now. */
const SHUTDOWN_STATES = new Set(['57P01', '57P02', '57P03']);

export function markStopping(): void {
  stopping = true;
}

export function isStopping(): boolean {
  return stopping;
}

/** The database went away because its server is shutting down (not a refused or cut connection). */
export function serverShuttingDown(error: unknown): boolean {
  return SHUTDOWN_STATES.has(sqlState(error) ?? '');
}

/**
 * Says `error` with `warn`, unless it only tells that the database went away while this process is
 * stopping (now, or within SIGNAL_GRACE_MS for a server shutting down): then with `quiet`.
 */
export function warnUnlessStopping(error: unknown, warn: () => void, quiet: () => void): void {
  if (databaseTrouble(error) !== 'unreachable') warn();
  else if (stopping) quiet();
  else if (!serverShuttingDown(error)) warn();
  else setTimeout(() => (stopping ? quiet() : warn()), SIGNAL_GRACE_MS).unref();
}
