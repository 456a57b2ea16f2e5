import type { NestApplicationOptions } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import type { AppConfig } from './config/config';

export interface CreateAppOptions {
  /** Middleware that must run before everything configureApp adds (main.ts's draining header). */
  beforeSetup?: (app: NestExpressApplication) => void;
  nest?: NestApplicationOptions;
}

/**
 * The API as every host runs it: the long-running server (main.ts, one per worker) and the serverless
 * function (serverless.ts) build it here, so both answer with the same modules, middleware, filters and
 * docs. What is particular to a host (listening, timeouts on sockets, serving the dashboard) stays there.
 */
export async function createApp(
  config: AppConfig,
  options: CreateAppOptions = {},
): Promise<NestExpressApplication> {
  // bodyParser off: JsonBodyMiddleware parses bodies itself (limits, exact numbers).
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    bufferLogs: true,
    ...options.nest,
  });
  options.beforeSetup?.(app);
  configureApp(app);
  return app;
}
