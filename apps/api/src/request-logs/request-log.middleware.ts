import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { RequestWithCaller } from '../auth/caller';
import { routePattern } from '../common/http/route-pattern';
import { IDEMPOTENCY_KEY } from '../common/validation';
import { RequestLogWriter } from './request-log-writer';

/** nginx's code for a client that closed its connection before the answer was written (as the metrics). */
const CLIENT_CLOSED = 499;
/** The route column's width: an unmatched path that is longer is cut. */
const MAX_ROUTE = 200;

/**
 * The Idempotency-Key to log: the header only when it is a valid key (1-255 visible ASCII, as the
 * contract says), else null. Never a slice of it: a slice can keep the whole header string alive while
 * the row waits, and what the writer holds is bounded in rows, not bytes.
 */
export function loggedIdempotencyKey(header: string | string[] | undefined): string | null {
  return typeof header === 'string' && header.length <= 255 && IDEMPOTENCY_KEY.test(header) ? header : null;
}

/**
 * Notes every request made with an API key once its answer is written (or its client is gone first:
 * 499), including those refused after the key was known (a missing scope, an invalid field, a limit): when it
 * came, method, route pattern, status, time taken, request id, Idempotency-Key and problem code. Nothing
 * else of the request: no body, no header, no secret. The row is only noted here; RequestLogWriter
 * writes it later, so no request waits for the database. A request whose key was not accepted (none,
 * unknown, revoked: 401) has no key to file it under and is not noted, nor is one refused before the key
 * is checked (no such route; a body that is not JSON or too large: JsonBodyMiddleware).
 */
@Injectable()
export class RequestLogMiddleware implements NestMiddleware {
  constructor(private readonly writer: RequestLogWriter) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const at = new Date();
    const started = process.hrtime.bigint();
    let noted = false;
    const note = (closedEarly: boolean) => {
      if (noted) return;
      noted = true;
      const caller = (request as Request & RequestWithCaller).caller;
      if (caller?.via !== 'api-key' || !caller.apiKeyId) return;
      const problemCode: unknown = response.locals.problemCode;
      this.writer.note({
        userId: caller.userId,
        apiKeyId: caller.apiKeyId,
        at,
        method: request.method.slice(0, 10),
        route: (routePattern(request) ?? request.originalUrl.split('?')[0] ?? '/').slice(0, MAX_ROUTE),
        status: closedEarly ? CLIENT_CLOSED : response.statusCode,
        durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e6),
        requestId: String(response.getHeader('X-Request-Id') ?? '').slice(0, 128),
        idempotencyKey: loggedIdempotencyKey(request.headers['idempotency-key']),
        problemCode: typeof problemCode === 'string' ? problemCode : null,
      });
    };
    response.once('finish', () => note(false));
    response.once('close', () => note(!response.writableFinished));
    next();
  }
}
