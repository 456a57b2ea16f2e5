import { DomainError } from '../common/errors';
import { type ApiVersion, versionHas } from '../versions/versions';

export class UnauthenticatedError extends DomainError {
  constructor(
    detail = 'Sign in, or send an API key as Authorization: Bearer <key>.',
    code: 'UNAUTHENTICATED' | 'API_KEY_EXPIRED' = 'UNAUTHENTICATED',
    extensions: Record<string, unknown> = {},
  ) {
    super(code, detail, extensions);
  }

  /** The API version this refusal was written for, when its shape depends on one (an expired key's). */
  version?: ApiVersion;
}

/**
 * The API key was right but its time is up (it was made with an expiry, or rotated and the overlap
 * ended). A 401 like any other refused credential, so it counts against the address's anonymous limit.
 */
export class ApiKeyExpiredError extends UnauthenticatedError {
  constructor(expiredAt: Date) {
    const at = expiredAt.toISOString();
    super(expiredDetail(at), 'API_KEY_EXPIRED', { expiredAt: at });
  }
}

function expiredDetail(at: string): string {
  return `This API key expired at ${at}. Use the key that replaced it, or make a new one in the dashboard.`;
}

/**
 * The 401 for an expired key, as `version` writes it: API_KEY_EXPIRED with expiredAt from 2026-12-08
 * (`api-key-expired-code`); before, the UNAUTHENTICATED those callers switch on (the detail still says when).
 */
export function expiredKeyError(expiredAt: Date, version: ApiVersion): UnauthenticatedError {
  const error = versionHas(version, 'api-key-expired-code')
    ? new ApiKeyExpiredError(expiredAt)
    : new UnauthenticatedError(expiredDetail(expiredAt.toISOString()));
  error.version = version;
  return error;
}

export class ForbiddenError extends DomainError {
  constructor(detail: string) {
    super('FORBIDDEN', detail);
  }
}

/** The password was right, but the account has two-factor sign-in and the login sent no code. */
export class OtpRequiredError extends DomainError {
  constructor() {
    super(
      'OTP_REQUIRED',
      'This account has two-factor sign-in: send the 6-digit code from your authenticator app (or one of your recovery codes) as otp.',
    );
  }
}

export class TwoFactorAlreadyEnabledError extends DomainError {
  constructor() {
    super(
      'TWO_FACTOR_ALREADY_ENABLED',
      'Two-factor sign-in is already on for this account. Turn it off first to set up another authenticator.',
    );
  }
}

export class TwoFactorNotEnabledError extends DomainError {
  constructor(detail = 'Two-factor sign-in is not on for this account.') {
    super('TWO_FACTOR_NOT_ENABLED', detail);
  }
}

export class SessionNotFoundError extends DomainError {
  constructor(id: string) {
    super('NOT_FOUND', `You have no live session with id ${id}.`);
  }
}
