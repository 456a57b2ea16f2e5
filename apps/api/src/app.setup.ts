import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { ApiResultInterceptor } from './common/http/api-result.interceptor';
import { ProblemDetailsFilter } from './common/http/problem-details.filter';
import { setupOpenApi } from './openapi';

/** Everything main.ts and the tests both need on top of the module graph. */
export function configureApp(app: INestApplication): INestApplication {
  const express = app as NestExpressApplication;
  express.disable('x-powered-by');
  app.useLogger(app.get(Logger));
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalInterceptors(new ApiResultInterceptor());
  app.enableShutdownHooks();
  setupOpenApi(app);
  return app;
}
