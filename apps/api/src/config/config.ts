import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { KEY_ID, parseSecretKeys, type SecretKey } from '../common/secrets/secret-box';

/** Prometheus's registry lists 9464 for OpenTelemetry's Prometheus exporter; scrapers expect it. */
const DEFAULT_METRICS_PORT = 9464;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const intFrom = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
    .optional()
    .transform((value) => value ?? fallback);

/** A whole number in [min, max], or undefined when unset or empty (a setting that overrides another source). */
const intOverride = (min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((value) => (value?.trim() ? value.trim() : undefined))
    .pipe(
      z
        .string()
        .regex(/^\d+$/, 'must be a whole number')
        .transform(Number)
        .pipe(z.number().int().min(min).max(max))
        .optional(),
    );

/** Names express's `trust proxy` knows for address ranges. */
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** An address, an address/prefix (CIDR) or one of express's range names. */
function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Which peers may tell the client's address in X-Forwarded-For, with express's `trust proxy` meaning:
 * nothing (the default: the peer is the client, loopback included), a hop count, or a list of proxy
 * addresses, CIDRs and range names. `true` (trust any peer) is refused: anyone could then pick their address.
 */
const TrustProxy = z
  .string()
  .optional()
  .transform((value, ctx): false | number | string[] => {
    const text = (value ?? '').trim();
    if (text === '' || text === 'false' || text === '0') return false;
    if (/^\d+$/.test(text)) {
      const hops = Number(text);
      if (hops <= 10) return hops;
      ctx.addIssue({ code: 'custom', message: 'a hop count must be at most 10' });
      return z.NEVER;
    }
    const entries = text.split(',').map((entry) => entry.trim());
    const bad = entries.filter((entry) => !isProxyAddress(entry));
    if (bad.length === 0) return entries;
    ctx.addIssue({
      code: 'custom',
      message: `must be empty, a hop count, or comma-separated addresses, CIDRs, loopback, linklocal or uniquelocal (not: ${bad.join(', ')})`,
    });
    return z.NEVER;
  });

/** SECRETS_KEYS: comma-separated `id:base64` keys of 32 bytes each; unset or empty: no key given. */
const SecretKeys = z
  .string()
  .optional()
  .transform((value, ctx): SecretKey[] | undefined => {
    if (!value?.trim()) return undefined;
    const { keys, problems } = parseSecretKeys(value);
    for (const message of problems) ctx.addIssue({ code: 'custom', message });
    return problems.length > 0 ? z.NEVER : keys;
  });

/** Every setting the API reads, with its default. docs/configuration.md's settings table mirrors this. */
const EnvSchema = z
  .object({
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// connection string')
      .optional(),
    DATABASE_OWNER_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// connection string')
      .optional(),
    DATABASE_URL_UNPOOLED: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// connection string')
      .optional(),
    DATABASE_REPLICA_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// connection string')
      .optional(),
    REPLICA_MAX_LAG_MS: intFrom(0, 600_000, 2_000),
    PORT: intFrom(0, 65_535, 3000),
    WEB_CONCURRENCY: z
      .string()
      .regex(/^\d+$/, 'must be a whole number')
      .transform(Number)
      .pipe(z.number().int().min(1).max(64))
      .optional(),
    HOST: z.string().min(1).default('0.0.0.0'),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    DB_POOL_SIZE: intFrom(1, 200, 10),
    DB_STATEMENT_TIMEOUT_MS: intFrom(100, 600_000, 10_000),
    DB_LOCK_TIMEOUT_MS: intFrom(100, 600_000, 5_000),
    DB_STARTUP_OPTIONS: z.enum(['on', 'off']).default('on'),
    DB_CONNECT_TIMEOUT_MS: intFrom(100, 60_000, 5_000),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    RATE_LIMIT_PER_MINUTE: intOverride(1, 1_000_000),
    IDEMPOTENCY_KEY_TTL_HOURS: intFrom(24, 24 * 365, 48),
    AUTH_RATE_LIMIT_PER_ADDRESS: intFrom(1, 1_000_000, 20),
    AUTH_RATE_LIMIT_PER_EMAIL: intFrom(1, 1_000_000, 5),
    AUTH_RATE_LIMIT_PER_EMAIL_PER_HOUR: intFrom(1, 100_000_000, 1000),
    LEDGER_CHECK_INTERVAL_SECONDS: intFrom(0, 7 * 24 * 3600, 300),
    ANONYMOUS_RATE_LIMIT_PER_ADDRESS: intOverride(1, 1_000_000),
    TRUST_PROXY: TrustProxy,
    REQUEST_TIMEOUT_MS: intFrom(1_000, 300_000, 30_000),
    HEADERS_TIMEOUT_MS: intFrom(1_000, 300_000, 10_000),
    KEEP_ALIVE_TIMEOUT_MS: intFrom(1_000, 600_000, 5_000),
    CORS_ORIGINS: z
      .string()
      .optional()
      .transform((value) =>
        (value ?? '')
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.url('must be a comma-separated list of origins such as https://app.example.com'))),
    METRICS_PORT: z
      .string()
      .optional()
      .transform((value) => (value?.trim() ? value.trim() : String(DEFAULT_METRICS_PORT)))
      .pipe(z.string().regex(/^\d+$/, 'must be a port number, or 0 to turn metrics off'))
      .transform(Number)
      .pipe(z.number().int().min(0).max(65_535)),
    METRICS_HOST: z.string().min(1).default('127.0.0.1'),
    METRICS_TOKEN: z
      .string()
      .optional()
      .transform((value) => (value?.trim() ? value.trim() : undefined))
      .pipe(z.string().min(16, 'must be at least 16 characters').max(256).optional()),
    EVENTS_MAX_STREAMS_PER_USER: intFrom(1, 1_000, 5),
    EVENTS_HEARTBEAT_MS: intFrom(100, 300_000, 15_000),
    WEBHOOK_TIMEOUT_MS: intFrom(100, 60_000, 10_000),
    WEBHOOK_RETRY_DELAY_SECONDS: intFrom(1, 3_600, 90),
    WEBHOOK_MAX_ATTEMPTS: intFrom(1, 20, 11),
    WEBHOOK_ALLOW_PRIVATE_TARGETS: z.enum(['true', 'false']).default('false'),
    SECRETS_KEYS: SecretKeys,
    SECRETS_KEY_ID: z
      .string()
      .optional()
      .transform((value) => (value?.trim() ? value.trim() : undefined))
      .pipe(z.string().regex(KEY_ID, 'must be a key id from SECRETS_KEYS').optional()),
  })
  .refine((e) => e.DATABASE_OWNER_URL === undefined || e.DATABASE_URL !== undefined, {
    path: ['DATABASE_OWNER_URL'],
    message: 'needs DATABASE_URL (the runtime role); the embedded database has both roles already',
  })
  // The point of a second role is that the API never connects as the owner: no URL it uses may name it.
  .refine((e) => runtimeUrlsAsOwner(e).length === 0, {
    path: ['DATABASE_OWNER_URL'],
    message:
      'names the same role as DATABASE_URL, DATABASE_URL_UNPOOLED or DATABASE_REPLICA_URL: those must log in as the runtime role',
  })
  .refine((e) => e.HEADERS_TIMEOUT_MS <= e.REQUEST_TIMEOUT_MS, {
    path: ['HEADERS_TIMEOUT_MS'],
    message: 'must not be more than REQUEST_TIMEOUT_MS',
  })
  // Metrics name routes, wallets' activity and the pool's state: beyond loopback, only with a token.
  .refine((e) => e.METRICS_PORT === 0 || isLoopback(e.METRICS_HOST) || e.METRICS_TOKEN !== undefined, {
    path: ['METRICS_TOKEN'],
    message: 'is required when METRICS_HOST is not a loopback address',
  })

  .refine((e) => e.SECRETS_KEY_ID === undefined || e.SECRETS_KEYS?.some((k) => k.id === e.SECRETS_KEY_ID), {
    path: ['SECRETS_KEY_ID'],
    message: 'must name one of the keys in SECRETS_KEYS',
  })
  // A production database's secrets need a key the operator holds, not one a development file makes up.
  .refine(
    (e) => e.SECRETS_KEYS !== undefined || e.NODE_ENV !== 'production' || e.DATABASE_URL === undefined,
    {
      path: ['SECRETS_KEYS'],
      message: 'is required in production with DATABASE_URL (generate a key: openssl rand -base64 32)',
    },
  );

/** The API's own database URLs that log in as DATABASE_OWNER_URL's role (none when it is not set). */
function runtimeUrlsAsOwner(e: {
  DATABASE_OWNER_URL?: string | undefined;
  DATABASE_URL?: string | undefined;
  DATABASE_URL_UNPOOLED?: string | undefined;
  DATABASE_REPLICA_URL?: string | undefined;
}): string[] {
  const owner = e.DATABASE_OWNER_URL === undefined ? null : roleOf(e.DATABASE_OWNER_URL);
  if (owner === null) return [];
  return [e.DATABASE_URL, e.DATABASE_URL_UNPOOLED, e.DATABASE_REPLICA_URL].filter(
    (url): url is string => url !== undefined && roleOf(url) === owner,
  );
}

/** The role a connection string logs in as, or null when it names none. */
function roleOf(url: string): string | null {
  try {
    const user = new URL(url).username;
    return user ? decodeURIComponent(user) : null;
  } catch {
    return null;
  }
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** The names of every environment variable the API reads (a test checks docs/configuration.md, .env.example and turbo.json against it). */
export const API_SETTINGS: readonly string[] = Object.keys(EnvSchema.shape);

export interface AppConfig {
  /** Filled in at boot: DATABASE_URL, or the embedded database's URL. */
  databaseUrl: string;
  databaseUrlGiven: boolean;
  /**
   * DATABASE_OWNER_URL: the schema's owner, for the migrations the primary applies at boot (and nothing
   * else: the workers never see it). Empty: migrations run as DATABASE_URL's role, as before there were
   * two roles, and then the API's role owns the tables.
   */
  databaseOwnerUrl: string;
  /**
   * Where the work that needs one session goes (LISTEN, session advisory locks, migrations at boot):
   * DATABASE_URL_UNPOOLED when DATABASE_URL is a transaction pooler; empty: databaseUrl (see sessionUrl). A
   * transaction pooler hands each transaction to any server connection, so a LISTEN or a session lock
   * taken through it would land on a connection the process does not hold.
   */
  databaseDirectUrl: string;
  /**
   * A streaming replica for reads that may lag (lists, history, statements), and how far behind it may
   * be before those reads go to the primary instead. Undefined: every read goes to the primary.
   */
  replica: { url: string; maxLagMs: number } | undefined;
  port: number;
  /** API worker processes behind the one port (node:cluster); one per core by default. */
  webConcurrency: number;
  host: string;
  logLevel: (typeof LOG_LEVELS)[number];
  dbPoolSize: number;
  dbStatementTimeoutMs: number;
  /**
   * Whether each connection asks for the statement and lock timeouts when it opens (a startup option).
   * Transaction poolers (PgBouncer, Neon's) refuse startup options: then the role's defaults apply.
   */
  dbStartupOptions: boolean;
  dbLockTimeoutMs: number;
  /** Longest wait for a new connection to open, or for a pooled one to come free. */
  dbConnectTimeoutMs: number;
  /**
   * Longest the client waits for any answer to a statement: the server's statement_timeout plus a
   * margin. It is what bounds a request when the server cannot act on its own timeout (frozen, or cut
   * off by the network).
   */
  dbQueryTimeoutMs: number;
  nodeEnv: 'development' | 'production' | 'test';
  /** How long an Idempotency-Key is remembered (the contract promises at least 24 hours). */
  idempotencyKeyTtlHours: number;
  /**
   * Requests per minute per user (session or API key) for every user whatever their tier; undefined (the
   * default): each user's tier says (the tiers table, apps/api/src/tiers).
   */
  rateLimitPerMinute: number | undefined;
  /** Sign-up and login attempts per minute per client address. */
  authRateLimitPerAddress: number;
  /**
   * Failed logins per minute for one email from one client address (and, once the email is past its
   * hourly budget, per hour). Only failed logins count: not a correct password, a sign-up, or a 400.
   */
  authRateLimitPerEmail: number;
  /**
   * Failed logins per hour for one email from every address together. Past it the account is not locked:
   * each address gets authRateLimitPerEmail tries per hour instead of per minute (see LoginLimits).
   */
  authRateLimitPerEmailPerHour: number;
  /**
   * Requests per minute per client address without a valid credential (health probes excepted);
   * undefined (the default): the `anonymous` tier's number.
   */
  anonymousRateLimitPerAddress: number | undefined;
  /** express's `trust proxy`: false (the peer is the client), a hop count, or trusted proxy addresses. */
  trustProxy: false | number | string[];
  /** Longest a client may take to send a whole request, and its headers; idle kept-alive connections. */
  requestTimeoutMs: number;
  headersTimeoutMs: number;
  keepAliveTimeoutMs: number;
  /** Other origins allowed to call the API from a browser; none (same origin only) by default. */
  corsOrigins: string[];
  /** How often the API checks the ledger's books (incrementally); 0 turns the scheduled check off. */
  ledgerCheckIntervalSeconds: number;
  /**
   * Where the primary serves /metrics (Prometheus text, every worker's counts added up): a port of its
   * own, never the API's; 0 turns it off. Loopback by default; any other address needs a bearer token.
   */
  metrics: { port: number; host: string; token: string | undefined };
  /**
   * GET /events (Server-Sent Events): open streams one user may hold on one process (more answer 429),
   * and how often an idle stream sends a comment line, so proxies and clients know it is alive.
   */
  events: { maxStreamsPerUser: number; heartbeatMs: number };
  /**
   * Whether this process keeps a LISTEN connection for credential revocations (see CredentialCache).
   * Not a setting: false only in the serverless function, which is frozen between requests.
   */
  listenForRevocations: boolean;
  /**
   * Whether this process keeps a LISTEN connection for new ledger rows and serves GET /events. Not a
   * setting: false only in the serverless function, which cannot hold a stream open.
   */
  liveEvents: boolean;
  /**
   * Webhook deliveries: how long a receiver may take to answer, the first retry's delay (each later one
   * doubles, see webhooks/webhook-schedule.ts), attempts in all, and whether private and loopback targets
   * are allowed (development and tests; link-local targets never are).
   */
  webhooks: {
    timeoutMs: number;
    retryDelaySeconds: number;
    maxAttempts: number;
    allowPrivateTargets: boolean;
  };
  /**
   * The keys that encrypt secrets at rest (webhook signing secrets), and the id new ones are sealed with
   * (SECRETS_KEY_ID, else the first listed). Null: none given, and outside production a development key
   * kept in a file next to the embedded database is used (see common/secrets/dev-key.ts).
   */
  secrets: { keys: SecretKey[]; currentKeyId: string } | null;
  /**
   * Whether this process runs webhook delivery workers. Not a setting: false only in the serverless
   * function (frozen between requests), which still enqueues deliveries for the long-running API to send.
   */
  webhookWorkers: boolean;
  /**
   * Whether the batched rate-limit counts are shared on a timer. Not a setting: false only in the
   * serverless function, which keeps no timer and shares them from its requests instead.
   */
  rateLimitTimer: boolean;
}

/** The URL for work that needs one session of its own: the direct URL when one is set, else databaseUrl. */
export function sessionUrl(config: Pick<AppConfig, 'databaseUrl' | 'databaseDirectUrl'>): string {
  return config.databaseDirectUrl || config.databaseUrl;
}

/** How much longer than statement_timeout the client waits, so a live server always answers first. */
export const QUERY_TIMEOUT_MARGIN_MS = 1_000;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * How many API workers to run when WEB_CONCURRENCY is not set. A transfer costs the API several times the
 * CPU it costs PostgreSQL, so the API gets most cores; but a database on the same machine (the embedded
 * one, or a DATABASE_URL naming this host) needs cores of its own, or the workers and the database take
 * turns on them and every row lock is held longer (docs/performance.md: two workers on two cores with
 * the database beside them were slower than one, and the hot wallet's p99 tripled). So: every core when
 * the database is elsewhere; else a quarter of the cores (at least one) left to the database.
 */
export function defaultWorkers(cores: number, databaseHere: boolean): number {
  const workers = databaseHere ? cores - Math.max(1, Math.ceil(cores / 4)) : cores;
  return Math.min(64, Math.max(1, workers));
}

/** True for the embedded database (no URL) and for a URL whose host is this machine or a Unix socket. */
export function databaseOnThisMachine(url: string | undefined): boolean {
  if (url === undefined) return true;
  // Not new URL(): libpq's URLs may leave the host empty and name a socket directory in ?host=.
  const match = /^postgres(?:ql)?:\/\/(?:[^@/?]*@)?(\[[^\]]*\]|[^:/?]*)/i.exec(url);
  if (!match) return false;
  const host = decodeURIComponent(/[?&]host=([^&]*)/.exec(url)?.[1] ?? match[1] ?? '');
  return host === '' || host.startsWith('/') || /^(localhost|127(\.\d+){3}|\[::1\])$/i.test(host);
}

/** Parses the environment once at boot; a bad value stops the process with every problem listed. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL ?? '',
    databaseUrlGiven: e.DATABASE_URL !== undefined,
    databaseOwnerUrl: e.DATABASE_OWNER_URL ?? '',
    databaseDirectUrl: e.DATABASE_URL_UNPOOLED ?? '',
    replica: e.DATABASE_REPLICA_URL
      ? { url: e.DATABASE_REPLICA_URL, maxLagMs: e.REPLICA_MAX_LAG_MS }
      : undefined,
    port: e.PORT,
    webConcurrency:
      e.WEB_CONCURRENCY ?? defaultWorkers(availableParallelism(), databaseOnThisMachine(e.DATABASE_URL)),
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    dbPoolSize: e.DB_POOL_SIZE,
    dbStatementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
    dbLockTimeoutMs: e.DB_LOCK_TIMEOUT_MS,
    dbStartupOptions: e.DB_STARTUP_OPTIONS === 'on',
    dbConnectTimeoutMs: e.DB_CONNECT_TIMEOUT_MS,
    dbQueryTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS + QUERY_TIMEOUT_MARGIN_MS,
    nodeEnv: e.NODE_ENV,
    idempotencyKeyTtlHours: e.IDEMPOTENCY_KEY_TTL_HOURS,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    authRateLimitPerAddress: e.AUTH_RATE_LIMIT_PER_ADDRESS,
    authRateLimitPerEmail: e.AUTH_RATE_LIMIT_PER_EMAIL,
    authRateLimitPerEmailPerHour: e.AUTH_RATE_LIMIT_PER_EMAIL_PER_HOUR,
    anonymousRateLimitPerAddress: e.ANONYMOUS_RATE_LIMIT_PER_ADDRESS,
    trustProxy: e.TRUST_PROXY,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    headersTimeoutMs: e.HEADERS_TIMEOUT_MS,
    keepAliveTimeoutMs: e.KEEP_ALIVE_TIMEOUT_MS,
    corsOrigins: e.CORS_ORIGINS,
    ledgerCheckIntervalSeconds: e.LEDGER_CHECK_INTERVAL_SECONDS,
    metrics: { port: e.METRICS_PORT, host: e.METRICS_HOST, token: e.METRICS_TOKEN },
    events: { maxStreamsPerUser: e.EVENTS_MAX_STREAMS_PER_USER, heartbeatMs: e.EVENTS_HEARTBEAT_MS },
    webhooks: {
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
      retryDelaySeconds: e.WEBHOOK_RETRY_DELAY_SECONDS,
      maxAttempts: e.WEBHOOK_MAX_ATTEMPTS,
      allowPrivateTargets: e.WEBHOOK_ALLOW_PRIVATE_TARGETS === 'true',
    },
    secrets: e.SECRETS_KEYS
      ? { keys: e.SECRETS_KEYS, currentKeyId: e.SECRETS_KEY_ID ?? (e.SECRETS_KEYS[0] as SecretKey).id }
      : null,
    listenForRevocations: true,
    liveEvents: true,
    webhookWorkers: true,
    rateLimitTimer: true,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
