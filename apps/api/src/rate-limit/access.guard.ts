import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { UnauthenticatedError } from '../auth/auth.errors';
import { AuthGuard } from '../auth/auth.guard';
import { accountTag } from '../auth/secrets';
import { AUTH_RATE_LIMITED } from './rate-limit.decorators';
import { RateLimitGuard } from './rate-limit.guard';

/**
 * Who is calling, then whether they are over their limit. A request turned away for its credentials is
 * counted too, against its address's anonymous limit, and answers 429 once that is used up: otherwise
 * guessing keys or session tokens would be the one thing nobody limits.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly auth: AuthGuard,
    private readonly limits: RateLimitGuard,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    noteAccount(context);
    try {
      await this.auth.canActivate(context);
    } catch (error) {
      // With no caller on the request, only the anonymous limit applies; over it, this throws 429.
      if (error instanceof UnauthenticatedError) await this.limits.canActivate(context);
      throw error;
    }
    return this.limits.canActivate(context);
  }
}

/**
 * On sign-up and login, the account tried, for the request's log line (before any check, so a 401 or
 * 429 carries it too): a tag of the email, never the email itself.
 */
function noteAccount(context: ExecutionContext): void {
  if (Reflect.getMetadata(AUTH_RATE_LIMITED, context.getHandler()) !== true) return;
  const email: unknown = context.switchToHttp().getRequest<Request>().body?.email;
  if (typeof email !== 'string') return;
  context.switchToHttp().getResponse<Response>().locals.account = accountTag(email);
}
