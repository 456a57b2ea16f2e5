import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { UnauthenticatedError } from '../auth/auth.errors';
import { AuthGuard } from '../auth/auth.guard';
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
