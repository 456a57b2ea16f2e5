import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { LogRouteInterceptor } from './common/http/log-route.interceptor';
import { ProblemDetailsFilter } from './common/http/problem-details.filter';
import { RecordedOutcomeInterceptor } from './common/http/recorded-outcome.interceptor';
import { APP_CONFIG, type AppConfig } from './config/config';
import { ReadReplica } from './database/read-replica';
import { ReadYourWritesInterceptor } from './database/read-your-writes.interceptor';
import { httpMetrics } from './metrics/http-metrics.middleware';
import { MetricsService } from './metrics/metrics.service';
import { setupOpenApi } from './openapi';

/** Everything main.ts and the tests both need on top of the module graph. */
export function configureApp(app: INestApplication): INestApplication {
  const express = app as NestExpressApplication;
  const config = app.get<AppConfig>(APP_CONFIG);
  express.disable('x-powered-by');
  // req.ip is the rate limits' client address. X-Forwarded-For names it only when the peer is a proxy
  // TRUST_PROXY trusts (by default none, loopback included): from anyone else it is made up at will.
  express.set('trust proxy', config.trustProxy);
  // First, so a request's time covers every step after it, and a request refused early counts too.
  app.use(httpMetrics(app.get(MetricsService)));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Swagger UI sets inline style attributes; sonner adds its own <style> element.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      strictTransportSecurity: config.nodeEnv === 'production',
    }),
  );
  // JSON answers over 1 kB are compressed for clients that accept it (pages of history, the docs).
  // Never an event stream: gzip would hold its events back until a buffer fills.
  app.use(
    compression({
      threshold: 1024,
      filter: (request, response) =>
        !String(response.getHeader('Content-Type') ?? '').startsWith('text/event-stream') &&
        compression.filter(request, response),
    }),
  );
  // Balances, ledgers and key secrets must never sit in a browser's or a proxy's cache.
  app.use('/api/v1', (_request: Request, response: Response, next: NextFunction) => {
    response.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use(cookieParser());
  // Same origin only unless CORS_ORIGINS names others; credentials (the session cookie) go with them.
  if (config.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.corsOrigins,
      credentials: true,
      allowedHeaders: ['Content-Type', 'Authorization', 'Idempotency-Key', 'X-CSRF-Token', 'X-Request-Id'],
    });
  }
  app.useLogger(app.get(Logger));
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalInterceptors(
    new LogRouteInterceptor(),
    new ReadYourWritesInterceptor(app.get(ReadReplica)),
    new RecordedOutcomeInterceptor(),
  );
  setupOpenApi(app);
  return app;
}
