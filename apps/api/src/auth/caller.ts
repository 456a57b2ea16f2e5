import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { ApiVersion } from '../versions/versions';
import type { Mode } from './mode';
import { SCOPES, type Scope } from './scopes';

export { SCOPES, type Scope };

/** Who is calling: a signed-in browser (all scopes) or an API key (its scopes). */
export interface Caller {
  userId: string;
  via: 'session' | 'api-key';
  scopes: ReadonlySet<Scope>;
  sessionId?: string;
  /** When the session ends by itself (a session's caller only). */
  sessionExpiresAt?: Date;
  /** A session's CSRF token's sha256 (hex): the token itself is only in the browser's cookie. */
  csrfTokenHash?: string;
  apiKeyId?: string;
  /** When the key was last recorded as used (the record is written at most once a minute). */
  lastUsedAt?: Date | null;
  /** Live or test mode (auth/mode.ts): a key's own; a session's from the Wallet-Mode header. Absent: live. */
  mode?: Mode;
  /** The API version an API key is pinned to (a session uses the current one). */
  apiVersion?: ApiVersion;
  /** When an API key stops working by itself (null: never). */
  keyExpiresAt?: Date | null;
}

export interface RequestWithCaller {
  caller?: Caller;
}

export const IS_PUBLIC = 'wallet:public';
export const REQUIRED_SCOPE = 'wallet:scope';
export const SESSION_ONLY = 'wallet:session-only';

/** Open to anyone: health, currencies, sign-up and login. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
/**
 * An API key needs every one of these scopes; a session has every scope. On a handler it replaces the
 * controller's list, so a route that needs more than its controller names them all.
 */
export const RequireScope = (...scopes: [Scope, ...Scope[]]) => SetMetadata(REQUIRED_SCOPE, scopes);
/** Only a signed-in browser, never an API key (managing keys). */
export const SessionOnly = () => SetMetadata(SESSION_ONLY, true);

/** The authenticated caller of this request (the guard has made sure there is one). */
export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Caller => {
  const caller = context.switchToHttp().getRequest<RequestWithCaller>().caller;
  if (!caller) throw new Error('CurrentCaller used on a route without authentication');
  return caller;
});

/**
 * Idempotency keys belong to the user, whether the call came from the dashboard or a key, and to the
 * mode: a key used in test mode never replays (or blocks) a live request's outcome, nor the reverse.
 */
export function idempotencyScope(caller: Caller): string {
  return caller.mode === 'test' ? `user:${caller.userId}:test` : `user:${caller.userId}`;
}
