import type { IncomingMessage } from 'node:http';

/**
 * The matched route's pattern (not the URL: no ids), for a request's log line and metrics; read when the
 * request ends, from what Express noted when it matched the route. Undefined when no route matched, or
 * only a middleware's catch-all ({/*path}), which says nothing: the log then falls back to the URL's path.
 */
export function routePattern(request: IncomingMessage): string | undefined {
  const pattern = (request as IncomingMessage & { route?: { path?: unknown } }).route?.path;
  return typeof pattern === 'string' && !pattern.includes('*') ? pattern : undefined;
}
