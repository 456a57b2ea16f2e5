import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

/** Where a request came from, for the audit trail: the client's address and the request's id. */
export interface RequestContext {
  /** req.ip: X-Forwarded-For only from a proxy TRUST_PROXY trusts; IPv4-mapped IPv6 shown as IPv4. */
  address?: string;
  requestId?: string;
}

export function requestContext(request: Request): RequestContext {
  const ip = request.ip;
  const address = ip ? (/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)?.[1] ?? ip) : undefined;
  const id = (request as Request & { id?: unknown }).id;
  return { address, requestId: typeof id === 'string' ? id : undefined };
}

/** The request's address and id (the audit trail's "from where"). */
export const CurrentRequestContext = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestContext =>
    requestContext(context.switchToHttp().getRequest<Request>()),
);
