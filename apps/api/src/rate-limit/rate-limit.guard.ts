import { type ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerRequest } from '@nestjs/throttler';
import type { Response } from 'express';
import { RateLimitedError } from './rate-limit.errors';

/** The per-user and per-address limits' window, as the RateLimit-Policy header announces it. */
const API_WINDOW_SECONDS = 60;
/** The throttlers whose numbers the headers announce: per user ("api") and per address ("anonymous"). */
const ANNOUNCED = /^X-RateLimit-(Limit|Remaining|Reset)-(api|anonymous)$/;

/**
 * @nestjs/throttler, answering like the rest of the API: 429 problem+json with Retry-After, and the
 * IETF RateLimit-Policy / RateLimit headers (draft-ietf-httpapi-ratelimit-headers) on the per-user limit.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  /** Notes which limit refused a request, for the 429 count in the metrics. */
  protected override async handleRequest(request: ThrottlerRequest): Promise<boolean> {
    try {
      return await super.handleRequest(request);
    } catch (error) {
      if (error instanceof RateLimitedError) {
        const response = request.context.switchToHttp().getResponse<Response>();
        response.locals.rateLimitedBy = request.throttler.name ?? 'default';
      }
      throw error;
    }
  }

  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const retryAfter = Math.max(1, detail.timeToBlockExpire);
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(retryAfter));
    throw new RateLimitedError(retryAfter);
  }

  /**
   * The library reports the limit, what remains and the seconds to the window's end as three
   * X-RateLimit-*-<throttler> headers; they are written as the two structured headers of the IETF draft
   * instead, named after the limit that counted the request (a request is counted by one of the two).
   */
  protected override setResponseHeader(response: Response, name: string, value: string | number): void {
    const [, part, policy] = ANNOUNCED.exec(name) ?? [];
    if (!part) return;
    if (part === 'Limit')
      response.setHeader('RateLimit-Policy', `"${policy}";q=${value};w=${API_WINDOW_SECONDS}`);
    if (part === 'Remaining') response.locals.rateLimitRemaining = value;
    if (part === 'Reset') {
      response.setHeader('RateLimit', `"${policy}";r=${response.locals.rateLimitRemaining ?? 0};t=${value}`);
    }
  }
}
