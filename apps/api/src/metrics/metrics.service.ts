import cluster from 'node:cluster';
import { Injectable } from '@nestjs/common';
import { AggregatorRegistry, Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Recorded } from '../common/outcome';
import { DatabaseAvailability } from '../database/availability';
import { PrismaService } from '../database/prisma.service';
import { ReadReplica } from '../database/read-replica';

export type MovementType = 'fund' | 'transfer';

/**
 * This process's metrics, in a registry of its own (one per application, so tests can run several).
 * In a cluster worker the registry answers the primary, which adds every worker's up and serves the sum
 * on the metrics port (metrics-server.ts). Labels take bounded values only: route patterns, problem codes,
 * limit names; never an id or a raw URL.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  private readonly requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status code.',
    labelNames: ['method', 'route', 'status_code'],
    registers: [this.registry],
  });

  private readonly errors = new Counter({
    name: 'http_request_errors_total',
    help: 'HTTP requests answered with a problem (4xx or 5xx), by route pattern, status and problem code.',
    labelNames: ['method', 'route', 'status_code', 'code'],
    registers: [this.registry],
  });

  private readonly duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from a request reaching the API to its answer being written, by route pattern.',
    labelNames: ['method', 'route', 'status_code'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  private readonly movements = new Counter({
    name: 'wallet_money_movements_total',
    help: 'Fundings and transfers decided (replays excluded): succeeded, or declined with the problem code.',
    labelNames: ['type', 'outcome', 'reason'],
    registers: [this.registry],
  });

  private readonly replays = new Counter({
    name: 'wallet_idempotent_replays_total',
    help: 'Requests answered from an earlier request with the same Idempotency-Key, by operation.',
    labelNames: ['operation'],
    registers: [this.registry],
  });

  private readonly rateLimited = new Counter({
    name: 'wallet_rate_limited_total',
    help: 'Requests answered 429, by the limit that refused them.',
    labelNames: ['limit'],
    registers: [this.registry],
  });

  private readonly webhookAttempts = new Counter({
    name: 'wallet_webhook_delivery_attempts_total',
    help: 'Webhook delivery attempts, by outcome: succeeded (2xx), failed_status (any other answer), timeout, network, refused (a forbidden target).',
    labelNames: ['outcome'],
    registers: [this.registry],
  });

  constructor(prisma: PrismaService, availability: DatabaseAvailability, replica: ReadReplica) {
    collectDefaultMetrics({ register: this.registry });
    poolGauges(this.registry, prisma);
    replicaMetrics(this.registry, replica);
    new Gauge({
      name: 'wallet_database_available',
      help: '1 while the database answers this process, 0 during an outage; the minimum across workers.',
      registers: [this.registry],
      aggregator: 'min',
      collect() {
        this.set(availability.available ? 1 : 0);
      },
    });
    if (cluster.isWorker) {
      // Constructing one makes this worker answer the primary's requests for its metrics.
      new AggregatorRegistry();
      AggregatorRegistry.setRegistries([this.registry]);
    }
  }

  /** One webhook delivery attempt and how it ended. */
  webhookAttempt(outcome: 'succeeded' | 'failed_status' | 'timeout' | 'network' | 'refused'): void {
    this.webhookAttempts.inc({ outcome });
  }

  /** One answered request; `route` is the matched pattern, or null when none matched. */
  request(answer: HttpAnswer): void {
    const labels = {
      method: KNOWN_METHODS.has(answer.method) ? answer.method : 'OTHER',
      route: answer.route ?? NO_ROUTE,
      status_code: String(answer.status),
    };
    this.requests.inc(labels);
    this.duration.observe(labels, answer.seconds);
    if (answer.status >= 400) this.errors.inc({ ...labels, code: answer.problemCode ?? 'none' });
    if (answer.status === 429) this.rateLimited.inc({ limit: answer.rateLimit ?? 'unknown' });
  }

  /** A money-moving use case's committed result: a replay counts as a replay, not as a second movement. */
  moneyMovement(type: MovementType, operation: string, recorded: Recorded<unknown>): void {
    if (recorded.replayed) {
      this.replays.inc({ operation });
      return;
    }
    const { outcome } = recorded;
    if (outcome.kind === 'done') this.movements.inc({ type, outcome: 'succeeded', reason: '' });
    else this.movements.inc({ type, outcome: 'declined', reason: outcome.error.code });
  }

  /** Any other idempotent use case's result (creating a wallet): only its replays are counted. */
  idempotent(operation: string, recorded: Recorded<unknown>): void {
    if (recorded.replayed) this.replays.inc({ operation });
  }
}

export interface HttpAnswer {
  method: string;
  route: string | null;
  status: number;
  seconds: number;
  problemCode?: string | undefined;
  rateLimit?: string | undefined;
}

/** The route label of requests that matched no route: unknown paths, the dashboard's files, early refusals. */
export const NO_ROUTE = '(none)';

const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** The request pool's connections, read when scraped (summed across workers). */
function poolGauges(registry: Registry, prisma: PrismaService): void {
  const gauge = (name: string, help: string, read: () => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(read());
      },
    });
  gauge('wallet_db_pool_connections', 'Open connections in the request pool.', () => prisma.pool.totalCount);
  gauge('wallet_db_pool_idle_connections', 'Open connections not in use.', () => prisma.pool.idleCount);
  gauge(
    'wallet_db_pool_waiting_clients',
    'Queries and transactions waiting for a connection to come free.',
    () => prisma.pool.waitingCount,
  );
  gauge(
    'wallet_db_pool_max_connections',
    'The pool size (DB_POOL_SIZE).',
    () => prisma.pool.options.max ?? 0,
  );
}

/**
 * The read replica as each worker sees it (only when DATABASE_REPLICA_URL is set): its lag in time and
 * WAL bytes (the worst across workers; -1 while it is away) and where reads went.
 */
function replicaMetrics(registry: Registry, replica: ReadReplica): void {
  if (!replica.configured) return;
  new Gauge({
    name: 'wallet_replica_lag_seconds',
    help: 'How far the read replica is behind the primary, in seconds; -1 while it is away.',
    registers: [registry],
    aggregator: 'max',
    collect() {
      const lag = replica.lagMs;
      this.set(lag === null ? -1 : lag / 1000);
    },
  });
  new Gauge({
    name: 'wallet_replica_lag_bytes',
    help: 'WAL bytes the read replica has not replayed yet; -1 while it is away.',
    registers: [registry],
    aggregator: 'max',
    collect() {
      this.set(replica.lagBytes ?? -1);
    },
  });
  const reads = new Counter({
    name: 'wallet_reads_total',
    help: 'Reads that may lag, by where they went: the replica, or the primary (replica away, behind, or the reader just wrote).',
    labelNames: ['target'],
    registers: [registry],
  });
  replica.onRead = (target) => reads.inc({ target });
}
