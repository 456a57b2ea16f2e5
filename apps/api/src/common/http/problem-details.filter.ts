import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { isDatabaseUnavailable } from '../../database/db';
import {
  DomainError,
  PayloadTooLargeError,
  RouteNotFoundError,
  ServiceUnavailableError,
  ValidationFailedError,
} from '../errors';
import { PROBLEM_CONTENT_TYPE, problemFromError, shortened } from './problem';
import type { Problem } from './problem.dto';

/**
 * The one place errors become HTTP: every error leaves as application/problem+json. Domain errors map
 * by code; anything unexpected is logged with the request id and answered as a bare 500, so no stack,
 * SQL or internal message reaches a client.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: unknown }>();
    const response = http.getResponse<Response>();
    const requestId = typeof request.id === 'string' ? request.id : undefined;

    const domain = this.toDomainError(exception, request, requestId);
    const problem = problemFromError(domain);
    if (domain.code === 'INTERNAL' && requestId) problem.requestId = requestId;
    send(response, problem);
  }

  private toDomainError(exception: unknown, request: Request, requestId: string | undefined): DomainError {
    if (exception instanceof DomainError) return exception;
    if (exception instanceof HttpException) {
      // Nest's own exceptions: an unknown route, or a body the parser refused.
      const status = exception.getStatus();
      if (status === 404)
        return new RouteNotFoundError(request.method, shortened(request.path, MAX_PATH_BYTES));
      if (status === 413) return new PayloadTooLargeError(100_000);
      if (status === 400) return new ValidationFailedError('The request could not be read.');
    }
    if (isDatabaseUnavailable(exception)) {
      // Overload or an outage, not a bug: no line of its own (the request's line says 503, and
      // DatabaseAvailability logs an outage once when it starts and once when it ends).
      return new ServiceUnavailableError(RETRY_AFTER_SECONDS);
    }
    this.logger.error(
      { err: exception, requestId, method: request.method, path: request.path },
      'unhandled error, answered 500',
    );
    return new DomainError(
      'INTERNAL',
      `Something went wrong on our side. Quote request id ${requestId ?? 'unknown'} if you contact support.`,
    );
  }
}

/** How much of an unknown path a 404 repeats (a URL may be 16 kB long). */
const MAX_PATH_BYTES = 200;

/** What a 503 asks the client to wait: long enough for a lock or a pool to free up. */
const RETRY_AFTER_SECONDS = 1;

function send(response: Response, problem: Problem): void {
  if (typeof problem.retryAfterSeconds === 'number') {
    response.setHeader('Retry-After', String(problem.retryAfterSeconds));
  }
  // For the request's log line.
  if (response.locals) response.locals.problemCode = problem.code;
  response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}
