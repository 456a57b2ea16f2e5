import pg from 'pg';
import type { AppConfig } from '../config/config';
import type { DatabaseAvailability } from './availability';
import { databaseTrouble } from './db';

/** Idle time before the kernel probes a pooled connection, so one cut off by the network is found. */
const KEEPALIVE_IDLE_MS = 10_000;

/**
 * The node-postgres pool the Prisma adapter runs on (PrismaService makes `new pg.Pool()` of this and
 * hands it to @prisma/adapter-pg). Every wait has a client-side bound, because a server that is frozen or cut off by
 * the network never fires its own statement_timeout:
 * - opening a connection, or waiting for a pooled one: DB_CONNECT_TIMEOUT_MS;
 * - any one statement: query_timeout, statement_timeout plus a margin, so a live server answers first;
 * - an idle connection: TCP keepalive, so a dead peer is noticed without a statement.
 */
export function poolConfig(config: AppConfig, availability: DatabaseAvailability): pg.PoolConfig {
  return {
    connectionString: config.databaseUrl,
    max: config.dbPoolSize,
    connectionTimeoutMillis: config.dbConnectTimeoutMs,
    query_timeout: config.dbQueryTimeoutMs,
    keepAlive: true,
    keepAliveInitialDelayMillis: KEEPALIVE_IDLE_MS,
    // Bounds on every statement and lock wait, set once per connection rather than per transaction.
    ...(config.dbStartupOptions
      ? {
          options: `-c statement_timeout=${config.dbStatementTimeoutMs} -c lock_timeout=${config.dbLockTimeoutMs}`,
        }
      : {}),
    Client: watchedClient(availability),
  };
}

/**
 * A pg.Client that reports each connect and statement to `availability`, and closes its socket when a
 * statement gets no answer in time: node-postgres gives up waiting but leaves that statement in flight,
 * so the connection would go back to the pool still blocked behind it (a transaction's connection is
 * released without an error) and every statement after it would wait out its own timeout too.
 */
function watchedClient(availability: DatabaseAvailability): typeof pg.Client {
  return class WatchedClient extends pg.Client {
    /** When this connection was opened, to tell a stale connection's death from a new outage. */
    private openedAtMs: number | undefined;

    // `never` stands for "whatever pg.Client returns": the overloads are passed through untouched.
    override connect(...args: unknown[]): never {
      const callback = args[0];
      if (typeof callback === 'function') {
        return super.connect((error: Error) => {
          if (!error) this.openedAtMs = Date.now();
          this.settled(error);
          callback(error);
        }) as never;
      }
      return super.connect().then(
        () => {
          this.openedAtMs = Date.now();
          this.settled(undefined);
        },
        (error: unknown) => {
          this.settled(error);
          throw error;
        },
      ) as never;
    }

    override query(...args: unknown[]): never {
      const last = args.length - 1;
      const callback = args[last];
      if (typeof callback === 'function') {
        args[last] = (error: unknown, result: unknown) => {
          this.settled(error);
          callback(error, result);
        };
      }
      const result = (super.query as (...a: unknown[]) => unknown)(...args);
      if (result instanceof Promise) {
        result.then(
          () => this.settled(undefined),
          (error: unknown) => this.settled(error),
        );
      }
      return result as never;
    }

    private settled(error: unknown): void {
      // An SQL error is an answer too (a unique violation, a lock timeout): the server is there.
      if (!error || (error instanceof pg.DatabaseError && databaseTrouble(error) !== 'unreachable')) {
        availability.answered();
        return;
      }
      availability.failed(error, this.openedAtMs);
      if (error instanceof Error && error.message === 'Query read timeout') this.connection.stream.destroy();
    }
  };
}
