import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { answerIn, type RequestWithVersion } from '../versions/api-version';
import { ForbiddenError, UnauthenticatedError } from './auth.errors';
import { AuthService } from './auth.service';
import { IS_PUBLIC, REQUIRED_SCOPE, type RequestWithCaller, type Scope, SESSION_ONLY } from './caller';
import { sameSecret, sha256 } from './secrets';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every route is closed unless marked @Public: the caller must be a live session or API key, a key
 * must carry the route's scope, and a browser's state-changing request must echo its CSRF token.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request & RequestWithCaller & RequestWithVersion>();
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets);
    if (isPublic) {
      // Public routes answer anyone; a stale or wrong credential sent along does not matter to them.
      request.caller = (await this.auth.resolve(request).catch(() => null)) ?? undefined;
      pinVersion(request, context.switchToHttp().getResponse<Response>());
      return true;
    }
    const response = context.switchToHttp().getResponse<Response>();
    const caller = await this.auth.resolve(request).catch((error: unknown) => {
      // An expired key's 401 depends on the version: the answer names the one it was written for.
      if (error instanceof UnauthenticatedError && error.version) answerIn(request, response, error.version);
      throw error;
    });
    if (caller) request.caller = caller;
    if (!caller) throw new UnauthenticatedError();
    pinVersion(request, response);

    if (this.reflector.getAllAndOverride<boolean>(SESSION_ONLY, targets) && caller.via !== 'session') {
      throw new ForbiddenError(
        'API keys are managed from the dashboard while signed in, not with an API key.',
      );
    }
    const needed = this.reflector.getAllAndOverride<readonly Scope[] | undefined>(REQUIRED_SCOPE, targets);
    const missing = needed?.filter((scope) => !caller.scopes.has(scope)) ?? [];
    if (missing.length > 0) throw new ForbiddenError(missingScopes(needed ?? [], missing));
    if (caller.via === 'session' && !SAFE_METHODS.has(request.method)) {
      // The database keeps only the token's hash: the hash of what was sent must equal it.
      const sent = request.headers['x-csrf-token'];
      if (
        typeof sent !== 'string' ||
        !caller.csrfTokenHash ||
        !sameSecret(sha256(sent), caller.csrfTokenHash)
      ) {
        throw new ForbiddenError(
          'This request must carry the X-CSRF-Token header (the value of the wallet_csrf cookie) to prove it comes from the dashboard.',
        );
      }
    }
    return true;
  }
}

/** An API key's calls are answered in the version it is pinned to, unless Wallet-Version asked for another. */
function pinVersion(request: RequestWithCaller & RequestWithVersion, response: Response): void {
  const pinned = request.caller?.apiVersion;
  if (pinned && !request.requestedVersion) answerIn(request, response, pinned);
}

/** One scope: the sentence integrators already know; several: which the request needs and which are missing. */
function missingScopes(needed: readonly Scope[], missing: readonly Scope[]): string {
  if (needed.length === 1) return `This API key does not have the ${needed[0]} scope this request needs.`;
  const list = (scopes: readonly Scope[]) => scopes.join(' and ');
  return `This request needs an API key with the ${list(needed)} scopes; this key lacks ${list(missing)}.`;
}
