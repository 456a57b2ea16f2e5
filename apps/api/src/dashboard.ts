import { existsSync } from 'node:fs';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';

/** Where `pnpm build` puts the dashboard, relative to this file in dist/. WEB_DIST_DIR overrides it. */
export function dashboardDir(): string {
  return process.env.WEB_DIST_DIR ?? path.resolve(__dirname, '..', '..', 'web', 'dist');
}

/**
 * Where the dashboard is served when it is not served here, or null. `pnpm dev` sets DASHBOARD_URL to
 * Vite's address, so the API neither serves a stale build nor names its own port as the dashboard's.
 */
export function dashboardElsewhere(): string | null {
  return process.env.DASHBOARD_URL || null;
}

/**
 * Paths that are never a page of the dashboard: the API, the metrics (on a port of their own, never
 * this one) and the built files. A miss there is the API's 404 problem, not index.html with 200.
 */
const NOT_A_PAGE = /^\/(api|metrics|assets)(\/|$)/;

/**
 * Serves the built dashboard from the API's own port: its files, and index.html for any other GET
 * outside NOT_A_PAGE so the SPA's routes load. Returns false when there is no build to serve.
 */
export function serveDashboard(app: NestExpressApplication, dir: string): boolean {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return false;
  // Hashed assets never change under one name: cached for a year. The build wrote each as .br and .gz
  // too; the one the browser accepts is sent as it is (Content-Encoding, Vary: Accept-Encoding).
  app.use(
    '/assets',
    expressStaticGzip(path.join(dir, 'assets'), {
      enableBrotli: true,
      orderPreference: ['br', 'gz'],
      index: false,
      serveStatic: { immutable: true, maxAge: '1y', index: false },
    }),
  );
  // index.html must always be fetched fresh.
  app.useStaticAssets(dir, { index: false });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (NOT_A_PAGE.test(request.path)) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
  return true;
}
