import { type ExecutionContext, Module, type OnModuleDestroy } from '@nestjs/common';
import { ThrottlerModule, type ThrottlerStorage } from '@nestjs/throttler';
import type { Request } from 'express';
import type { RequestWithCaller } from '../auth/caller';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PrismaService } from '../database/prisma.service';
import { HealthController } from '../health/health.controller';
import { TierDirectory } from '../tiers/tier-directory';
import { BatchedThrottlerStorage } from './batched-throttler.storage';
import { clientAddress } from './client-address';
import { PostgresThrottlerStorage } from './postgres-throttler.storage';
import { AUTH_RATE_LIMITED } from './rate-limit.decorators';

const MINUTE_MS = 60_000;
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
 *   batches (BatchedThrottlerStorage), so a request writes nothing. The limit is the user's tier's
 *   (TierDirectory: remembered for 30 s per process, so a request reads nothing), unless
 *   RATE_LIMIT_PER_MINUTE sets one for everyone;
 * - anonymous: per client address, on every request without a valid credential (public routes and
 *   requests turned away with 401) except the health probes; batched like api; the anonymous tier's
 *   number unless ANONYMOUS_RATE_LIMIT_PER_ADDRESS sets one;
 * - auth-address: on sign-up and login, per client address, every attempt (even one validation
 *   refuses); exact (PostgresThrottlerStorage). It bounds the password hashing one address can cause.
 * The per-email login limits are not throttlers: they count failed logins only, after the password
 * check, so a stranger cannot spend an owner's allowance (LoginLimits, called by the login handler).
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, PrismaService, TierDirectory],
      useFactory: (config: AppConfig, prisma: PrismaService, tiers: TierDirectory) => ({
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
            limit: (context) =>
              config.rateLimitPerMinute ??
              tiers.requestsPerMinute(
                context.switchToHttp().getRequest<RequestWithCaller>().caller?.userId ?? '',
              ),
            skipIf: (context) =>
              isAuthRoute(context) || !context.switchToHttp().getRequest<RequestWithCaller>().caller,
            getTracker: (request) => (request as RequestWithCaller).caller?.userId ?? 'anonymous',
            generateKey: (_context, tracker) => `api:${tracker}`,
          },
          {
            name: 'anonymous',
            ttl: MINUTE_MS,
            setHeaders: true,
            limit: () => config.anonymousRateLimitPerAddress ?? tiers.anonymousRequestsPerMinute(),
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
        ],
      }),
    }),
  ],
})
export class RateLimitModule {}
