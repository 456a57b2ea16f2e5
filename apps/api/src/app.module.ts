import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type DynamicModule, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import pino, { type DestinationStream } from 'pino';
import { AdjustmentsModule } from './adjustments/adjustments.module';
import { ApiKeysModule } from './api-keys/api-keys.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import type { RequestWithCaller } from './auth/caller';
import { BalanceAlertsListener } from './balance-alerts/balance-alerts.listener';
import { BalanceAlertsModule } from './balance-alerts/balance-alerts.module';
import { BatchTransfersModule } from './batch-transfers/batch-transfers.module';
import { JsonBodyMiddleware } from './common/http/json-body.middleware';
import { RequestValidationPipe } from './common/http/request-validation.pipe';
import { routePattern } from './common/http/route-pattern';
import { APP_CONFIG, type AppConfig } from './config/config';
import { CurrenciesController } from './currencies/currencies.controller';
import { DatabaseModule } from './database/database.module';
import { EventsModule } from './events/events.module';
import { HealthController } from './health/health.controller';
import { HoldsModule } from './holds/holds.module';
import { JobsModule } from './jobs/jobs.module';
import { MaintenanceModule } from './maintenance/maintenance.module';
import { MetricsModule } from './metrics/metrics.module';
import { OpsModule } from './ops/ops.module';
import { PaidOnRelease } from './payment-requests/payment-request-events';
import { PaymentRequestEventsModule } from './payment-requests/payment-request-events.module';
import { PaymentRequestsModule } from './payment-requests/payment-requests.module';
import { AccessGuard } from './rate-limit/access.guard';
import { RateLimitGuard } from './rate-limit/rate-limit.guard';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { RequestLogsModule } from './request-logs/request-logs.module';
import { ReviewsModule } from './reviews/reviews.module';
import { ScheduledTransfersModule } from './scheduled-transfers/scheduled-transfers.module';
import { StatementsModule } from './statements/statements.module';
import { TiersModule } from './tiers/tiers.module';
import { BooksCheckModule } from './transactions/books-check/books-check.module';
import { LEDGER_EVENTS, type LedgerEvents } from './transactions/ledger-events.port';
import { MovementsModule } from './transactions/movements/movements.module';
import { TransactionsModule } from './transactions/transactions.module';
import { ApiVersionMiddleware } from './versions/api-version';
import { WalletsModule } from './wallets/wallets.module';
import { WebhookOutbox } from './webhooks/webhook-outbox';
import { WebhooksModule } from './webhooks/webhooks.module';

const REQUEST_ID = /^[\x21-\x7E]{1,128}$/;

/** A caller's X-Request-Id when it is sane, else a fresh one; echoed back on the response. */
function requestId(request: IncomingMessage, response: ServerResponse): string {
  const given = request.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  response.setHeader('X-Request-Id', id);
  return id;
}

/** What the guards and the problem filter note on the response for its log line. */
interface LogLocals {
  problemCode?: string;
  /** Which limit answered 429 (RateLimitGuard). */
  rateLimitedBy?: string;
  /** On sign-up and login, a tag of the email tried (AccessGuard): never the email. */
  account?: string;
}

/**
 * Who called which route, from where, and the problem code if it failed: added once, when the request
 * ends. `address` is req.ip (X-Forwarded-For only from a proxy TRUST_PROXY trusts); the caller is the
 * user and how they came in, a session (its id) or an API key (its id, never the key).
 */
function requestFacts(req: IncomingMessage, res: ServerResponse) {
  const locals = (res as ServerResponse & { locals?: LogLocals }).locals;
  const caller = (req as IncomingMessage & RequestWithCaller).caller;
  return {
    route: routePattern(req) ?? req.url?.split('?')[0],
    address: (req as IncomingMessage & { ip?: string }).ip,
    callerId: caller?.userId,
    via: caller?.via,
    apiKeyId: caller?.apiKeyId,
    sessionId: caller?.sessionId,
    account: locals?.account,
    problem: locals?.problemCode,
    rateLimit: locals?.rateLimitedBy,
  };
}

@Module({})
export class AppModule implements NestModule {
  /** `logStream`: where log lines go (stdout unless a test captures them). */
  static forRoot(config: AppConfig, logStream?: DestinationStream): DynamicModule {
    return {
      module: AppModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: [
            {
              level: config.logLevel,
              genReqId: requestId,
              base: { pid: process.pid },
              // One compact line per request. No headers at all: credentials never reach a log line, and
              // nothing is repeated on every line. The route is the pattern, so ids stay out of the logs.
              serializers: {
                req: (req: { id?: unknown; method?: string }) => ({ id: req.id, method: req.method }),
                res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
              },
              customSuccessObject: (req, res, line) => ({ ...line, ...requestFacts(req, res) }),
              customErrorObject: (req, res, _error, line) => ({ ...line, ...requestFacts(req, res) }),
              // A 503 is the database saying "not now" (an outage is logged once, by DatabaseAvailability),
              // not a bug: it stays in the request log, below error level.
              customLogLevel: (_req, res, error) =>
                res.statusCode === 503 ? 'warn' : error || res.statusCode >= 500 ? 'error' : 'info',
            },
            logStream ?? pino.destination(1),
          ],
        }),
        {
          module: ConfigHolder,
          global: true,
          providers: [{ provide: APP_CONFIG, useValue: config }],
          exports: [APP_CONFIG],
        },
        DatabaseModule,
        MetricsModule,
        JobsModule,
        WebhooksModule,
        // Who hears of each posting, on its transaction (transactions/ledger-events.port.ts): the
        // webhook outbox, a payment request's held payment released (its payment_request.paid), and the
        // balance alerts (a crossing's webhook and live event). Live events of the rows themselves need
        // no listener: the database notifies them at commit.
        {
          module: LedgerEventsBinding,
          global: true,
          imports: [WebhooksModule, PaymentRequestEventsModule, BalanceAlertsModule],
          providers: [
            {
              provide: LEDGER_EVENTS,
              useFactory: (...listeners: LedgerEvents[]) => listeners,
              inject: [WebhookOutbox, PaidOnRelease, BalanceAlertsListener],
            },
          ],
          exports: [LEDGER_EVENTS],
        },
        AuditModule,
        AuthModule,
        RateLimitModule,
        ApiKeysModule,
        RequestLogsModule,
        TransactionsModule,
        WalletsModule,
        MovementsModule,
        TiersModule,
        ReviewsModule,
        PaymentRequestsModule,
        HoldsModule,
        StatementsModule,
        MaintenanceModule,
        BooksCheckModule,
        EventsModule,
        AdjustmentsModule,
        ScheduledTransfersModule,
        BatchTransfersModule,
        OpsModule,
      ],
      controllers: [CurrenciesController, HealthController],
      providers: [
        RateLimitGuard,
        // Who is calling, then whether they are over their limit (a 401 counts against its address).
        { provide: APP_GUARD, useClass: AccessGuard },
        // Every @Body(), @Query() and @Param() is checked against its request class.
        { provide: APP_PIPE, useClass: RequestValidationPipe },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(JsonBodyMiddleware, ApiVersionMiddleware).forRoutes('*path');
  }
}

@Module({})
class ConfigHolder {}

/** The ledger's listeners, bound here so that the ledger imports none of them. */
@Module({})
class LedgerEventsBinding {}
