import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { ProblemDetailsFilter } from './common/http/problem-details.filter';
import { APP_CONFIG, type AppConfig } from './config/config';
import { ReadReplica } from './database/read-replica';
import { ReadYourWritesInterceptor } from './database/read-your-writes.interceptor';
import { httpMetrics } from './metrics/http-metrics.middleware';
import { MetricsService } from './metrics/metrics.service';
import { setupOpenApi } from './openapi';
import { VERSION_HEADER } from './versions/versions';

/** Everything main.ts and the tests both need on top of the module graph. */
export function configureApp(app: INestApplication): INestApplication {
  const express = app as NestExpressApplication;
  const config = app.get<AppConfig>(APP_CONFIG);
  express.disable('x-powered-by');
  // No ETag on the API's answers: each would cost a hash of the body, and they are never cached
  // (Cache-Control: no-store), so no client sends If-None-Match. The dashboard's files keep theirs
  // (serve-static makes its own).
  express.set('etag', false);
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
  // Answers to reads over 1 kB are compressed for clients that accept it (pages of history, statements,
  // the docs). Not a write's answer (one object of about 1 kB, where gzip saves a few hundred bytes at
  // the cost of wrapping every write's response), and never an event stream: gzip would hold its events
  // back until a buffer fills.
  const compress = compression({
    threshold: 1024,
    filter: (request, response) =>
      !String(response.getHeader('Content-Type') ?? '').startsWith('text/event-stream') &&
      compression.filter(request, response),
  });
  app.use((request: Request, response: Response, next: NextFunction) =>
    request.method === 'GET' || request.method === 'HEAD' ? compress(request, response, next) : next(),
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
      allowedHeaders: [
        'Content-Type',
        'Authorization',
        'Idempotency-Key',
        'X-CSRF-Token',
        'X-Request-Id',
        VERSION_HEADER,
        // The dashboard names its mode (live or test) on every call.
        'Wallet-Mode',
      ],
      exposedHeaders: [VERSION_HEADER],
    });
  }
  app.useLogger(app.get(Logger));
  app.useGlobalFilters(new ProblemDetailsFilter());
  // No global interceptor on the way of every request (each costs an async resource and an rxjs
  // pipeline): the route pattern is read when a request ends, a Recorded outcome is answered by its
  // controller (common/http/recorded-outcome.ts), and writes are noted only when there is a replica.
  const replica = app.get(ReadReplica);
  if (replica.configured) app.useGlobalInterceptors(new ReadYourWritesInterceptor(replica));
  setupOpenApi(app);
  return app;
}
