import { type ExecutionContext, Module, type OnModuleDestroy } from '@nestjs/common';
import { ThrottlerModule, type ThrottlerStorage } from '@nestjs/throttler';
import type { Request } from 'express';
import type { RequestWithCaller } from '../auth/caller';
import { sha256 } from '../auth/secrets';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PrismaService } from '../database/prisma.service';
import { HealthController } from '../health/health.controller';
import { BatchedThrottlerStorage } from './batched-throttler.storage';
import { clientAddress } from './client-address';
import { PostgresThrottlerStorage } from './postgres-throttler.storage';
import { AUTH_RATE_LIMITED } from './rate-limit.decorators';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/** Throttlers counted in memory and shared in batches; the others are exact, one row write per hit. */
const BATCHED = new Set(['api', 'anonymous']);

function isAuthRoute(context: ExecutionContext): boolean {
  return Reflect.getMetadata(AUTH_RATE_LIMITED, context.getHandler()) === true;
}

/** Orchestrators' probes must keep working whoever else shares their address. */
function isHealthProbe(context: ExecutionContext): boolean {
  return context.getClass() === HealthController;
}

const addressOf = (request: unknown) => clientAddress((request as Request).ip);

/** Hashed: the limiter runs before validation, so the raw text may be anything (even NUL). */
function emailOf(request: unknown): string {
  const email = (request as Request).body?.email;
  return typeof email === 'string' ? sha256(email.trim().toLowerCase()) : '(none)';
}

/** The per-user and per-address request limits go to the batched counters; the account guards stay exact. */
export class RoutedThrottlerStorage implements ThrottlerStorage, OnModuleDestroy {
  constructor(
    private readonly batched: BatchedThrottlerStorage,
    private readonly exact: PostgresThrottlerStorage,
  ) {}

  increment(key: string, ttl: number, limit: number, _blockDuration: number, throttlerName: string) {
    const storage = BATCHED.has(throttlerName) ? this.batched : this.exact;
    return storage.increment(key, ttl, limit);
  }

  /** Nest calls this on the throttler's storage provider when the app closes. */
  onModuleDestroy(): Promise<void> {
    return this.batched.onModuleDestroy();
  }

  /** Shares this process's batched counts now, rather than at the next interval (tests use it). */
  sync(): Promise<void> {
    return this.batched.sync();
  }
}

/**
 * The limits, shared by every API process through PostgreSQL, checked in this order (the first one
 * over its limit answers 429, and the ones after it do not count that request):
 * - api: per user (session or key), on every authenticated route; counted in memory and shared in
 *   batches (BatchedThrottlerStorage), so a request writes nothing;
 * - anonymous: per client address, on every request without a valid credential (public routes and
 *   requests turned away with 401) except the health probes; batched like api;
 * - auth-address, auth-email and auth-email-hourly: on sign-up and login, per client address, per email
 *   from one address, and per email from all addresses over an hour; exact (PostgresThrottlerStorage).
 *   The pair limit comes before the hourly one, so one address refused for an email does not use up
 *   that email's hourly allowance: a stranger alone cannot lock its owner out. The hourly backstop
 *   bounds a guess spread over many addresses.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, PrismaService],
      useFactory: (config: AppConfig, prisma: PrismaService) => ({
        storage: new RoutedThrottlerStorage(
          new BatchedThrottlerStorage(prisma, config.rateLimitTimer),
          new PostgresThrottlerStorage(prisma),
        ),
        setHeaders: false,
        throttlers: [
          {
            name: 'api',
            ttl: MINUTE_MS,
            setHeaders: true,
            limit: config.rateLimitPerMinute,
            skipIf: (context) =>
              isAuthRoute(context) || !context.switchToHttp().getRequest<RequestWithCaller>().caller,
            getTracker: (request) => (request as RequestWithCaller).caller?.userId ?? 'anonymous',
            generateKey: (_context, tracker) => `api:${tracker}`,
          },
          {
            name: 'anonymous',
            ttl: MINUTE_MS,
            limit: config.anonymousRateLimitPerAddress,
            skipIf: (context) =>
              isHealthProbe(context) || !!context.switchToHttp().getRequest<RequestWithCaller>().caller,
            getTracker: addressOf,
            generateKey: (_context, tracker) => `anonymous:${tracker}`,
          },
          {
            name: 'auth-address',
            ttl: MINUTE_MS,
            limit: config.authRateLimitPerAddress,
            skipIf: (context) => !isAuthRoute(context),
            getTracker: addressOf,
            generateKey: (_context, tracker) => `auth-address:${tracker}`,
          },
          {
            name: 'auth-email',
            ttl: MINUTE_MS,
            limit: config.authRateLimitPerEmail,
            skipIf: (context) => !isAuthRoute(context),
            getTracker: (request) => sha256(`${emailOf(request)} ${addressOf(request)}`),
            generateKey: (_context, tracker) => `auth-email-address:${tracker}`,
          },
          {
            name: 'auth-email-hourly',
            ttl: HOUR_MS,
            limit: config.authRateLimitPerEmailPerHour,
            skipIf: (context) => !isAuthRoute(context),
            getTracker: emailOf,
            generateKey: (_context, tracker) => `auth-email:${tracker}`,
          },
        ],
      }),
    }),
  ],
})
export class RateLimitModule {}
