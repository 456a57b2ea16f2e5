import { type ExecutionContext, Module } from '@nestjs/common';
import { ThrottlerModule, type ThrottlerStorage } from '@nestjs/throttler';
import type { Request } from 'express';
import type { RequestWithCaller } from '../auth/caller';
import { sha256 } from '../auth/secrets';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PrismaService } from '../database/prisma.service';
import { BatchedThrottlerStorage } from './batched-throttler.storage';
import { PostgresThrottlerStorage } from './postgres-throttler.storage';
import { AUTH_RATE_LIMITED } from './rate-limit.decorators';

const MINUTE_MS = 60_000;

function isAuthRoute(context: ExecutionContext): boolean {
  return Reflect.getMetadata(AUTH_RATE_LIMITED, context.getHandler()) === true;
}

/**
 * Three limits, shared by every API process through PostgreSQL:
 * - api: per user (session or key), on every authenticated route; counted in memory and shared in
 *   batches (BatchedThrottlerStorage), so a request writes nothing;
 * - auth-address and auth-email: on sign-up and login, per client address and per email; exact, one
 *   row write per attempt (PostgresThrottlerStorage).
 */
/** The per-user API limit goes to the batched counters; the account-guarding limits stay exact. */
class RoutedThrottlerStorage implements ThrottlerStorage {
  constructor(
    private readonly batched: BatchedThrottlerStorage,
    private readonly exact: PostgresThrottlerStorage,
  ) {}

  increment(key: string, ttl: number, limit: number, _blockDuration: number, throttlerName: string) {
    const storage = throttlerName === 'api' ? this.batched : this.exact;
    return storage.increment(key, ttl, limit);
  }
}

@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, PrismaService],
      useFactory: (config: AppConfig, prisma: PrismaService) => ({
        storage: new RoutedThrottlerStorage(
          new BatchedThrottlerStorage(prisma),
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
            name: 'auth-address',
            ttl: MINUTE_MS,
            limit: config.authRateLimitPerAddress,
            skipIf: (context) => !isAuthRoute(context),
            getTracker: (request) => (request as Request).ip ?? 'unknown',
            generateKey: (_context, tracker) => `auth-address:${tracker}`,
          },
          {
            name: 'auth-email',
            ttl: MINUTE_MS,
            limit: config.authRateLimitPerEmail,
            skipIf: (context) => !isAuthRoute(context),
            getTracker: (request) => {
              // Hashed: the limiter runs before validation, so the raw text may be anything (even NUL).
              const email = (request as Request).body?.email;
              return typeof email === 'string' ? sha256(email.trim().toLowerCase()) : '(none)';
            },
            generateKey: (_context, tracker) => `auth-email:${tracker}`,
          },
        ],
      }),
    }),
  ],
})
export class RateLimitModule {}
