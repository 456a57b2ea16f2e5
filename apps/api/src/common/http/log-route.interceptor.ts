import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Observable } from 'rxjs';

/** Notes the matched route's pattern (not the URL: no ids) for the request's log line. */
export function noteRoute(request: Request, response: Response): void {
  const pattern = (request.route as { path?: string } | undefined)?.path;
  // A middleware's catch-all ({/*path}) says nothing: the log falls back to the URL's path.
  if (pattern && !pattern.includes('*') && response.locals) response.locals.route = pattern;
}

@Injectable()
export class LogRouteInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    noteRoute(http.getRequest<Request>(), http.getResponse<Response>());
    return next.handle();
  }
}
