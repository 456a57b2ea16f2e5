import type { NextFunction, Request, Response } from 'express';
import { routePattern } from '../common/http/route-pattern';
import type { MetricsService } from './metrics.service';

/** What the problem filter and the rate limiter note on the response. */
interface NotedLocals {
  problemCode?: string;
  rateLimitedBy?: string;
}

/** nginx's code for a client that closed its connection before the answer was written. */
const CLIENT_CLOSED = 499;

/**
 * Counts and times every request once its answer is written (or its client is gone first: 499), under
 * the matched route's pattern, as on the request's log line. Registered first, so the time includes every step.
 */
export function httpMetrics(metrics: MetricsService) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    let counted = false;
    const count = (closedEarly: boolean) => {
      if (counted) return;
      counted = true;
      const locals = response.locals as NotedLocals;
      metrics.request({
        method: request.method,
        route: routePattern(request) ?? null,
        status: closedEarly ? CLIENT_CLOSED : response.statusCode,
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
        problemCode: locals.problemCode,
        rateLimit: locals.rateLimitedBy,
      });
    };
    response.once('finish', () => count(false));
    response.once('close', () => count(!response.writableFinished));
    next();
  };
}
