import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Request } from 'express';
import { AuditService } from '../audit/audit.service';
import type { RequestContext } from '../audit/request-context';
import { ValidationFailedError } from '../common/errors';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { type Db, sqlState } from '../database/db';
import { PrismaService } from '../database/prisma.service';
import { UnitOfWork } from '../database/unit-of-work';
import type { RequestWithVersion } from '../versions/api-version';
import { FIRST_API_VERSION, isApiVersion } from '../versions/versions';
import { expiredKeyError, UnauthenticatedError } from './auth.errors';
import { AuthRepository, type UserRow } from './auth.repository';
import { type Caller, SCOPES, type Scope } from './caller';
import { CredentialCache } from './credential-cache';
import type { Credentials, LoginRequest, User } from './dto/auth.dto';
import { modeOf, requestedMode } from './mode';
import { accountTag, decoyHash, hashPassword, randomToken, sha256, verifyPassword } from './secrets';
import { type SecondFactor, TwoFactorService } from './two-factor.service';

export const SESSION_COOKIE = 'wallet_session';
export const CSRF_COOKIE = 'wallet_csrf';
const SESSION_DAYS = 7;
const KEY_TOUCH_INTERVAL_MS = 60_000;

export interface NewSession {
  user: User;
  sessionId: string;
  /** At login with two-factor sign-in: the factor used (a recovery code is now spent). */
  secondFactor: SecondFactor | null;
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly prisma: PrismaService,
    private readonly repository: AuthRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly credentials: CredentialCache,
    private readonly twoFactor: TwoFactorService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async signUp(credentials: Credentials): Promise<NewSession> {
    const passwordHash = await hashPassword(credentials.password);
    let user: UserRow;
    try {
      user = await this.repository.createUser(this.prisma, credentials.email, passwordHash);
    } catch (error) {
      if (sqlState(error) === '23505' || (error as { code?: string }).code === 'P2002') {
        throw new ValidationFailedError('An account with this email already exists. Log in instead.', [
          { field: 'email', message: 'is already registered' },
        ]);
      }
      throw error;
    }
    return this.startSession(user, null);
  }

  /**
   * The password, then (for an account with two-factor sign-in) the code: OTP_REQUIRED without one, 401
   * for a wrong or used one. Both 401s are failed logins to the login limits.
   */
  async logIn(credentials: LoginRequest, context: RequestContext): Promise<NewSession> {
    const found = await this.repository.findUserByEmail(this.prisma, credentials.email);
    const ok = await verifyPassword(found?.passwordHash ?? (await decoyHash()), credentials.password);
    if (!found || !ok) {
      await this.loginFailed(credentials.email, found?.id ?? null, 'password', context);
      throw new UnauthenticatedError('The email or password is not right.');
    }
    let secondFactor: SecondFactor | null;
    try {
      secondFactor = await this.twoFactor.checkAtLogin(found.id, credentials.otp, context);
    } catch (error) {
      if (error instanceof UnauthenticatedError) {
        await this.loginFailed(credentials.email, found.id, 'two_factor', context);
      }
      throw error;
    }
    return this.unitOfWork.run(async (tx) => {
      const session = await this.startSession(found, secondFactor, tx);
      const entry = { actorId: found.id, userId: found.id, subjectType: 'session', context };
      await this.audit.record(
        { ...entry, action: 'auth.login', subjectId: session.sessionId, after: { twoFactor: secondFactor } },
        tx,
      );
      return session;
    });
  }

  /**
   * A failed login, in the audit trail: the account's history shows it when the email has one; the
   * email itself is never stored, only its tag (accountTag), so attempts on one address can be grouped.
   */
  private loginFailed(
    email: string,
    userId: string | null,
    reason: 'password' | 'two_factor',
    context: RequestContext,
  ): Promise<void> {
    return this.audit.record({
      action: 'auth.login_failed',
      actorId: null,
      userId,
      subjectType: 'account',
      subjectId: accountTag(email),
      after: { reason },
      context,
    });
  }

  /** Ends the session on every process: the revocation and its announcement commit together. */
  async logOut(caller: Caller, context: RequestContext): Promise<void> {
    const { sessionId } = caller;
    if (!sessionId) return;
    await this.unitOfWork.run(async (tx) => {
      await this.repository.revokeSession(tx, sessionId);
      await this.credentials.announceRevocation(tx, caller.userId);
      await this.audit.record(
        {
          action: 'auth.logout',
          actorId: caller.userId,
          userId: caller.userId,
          subjectType: 'session',
          subjectId: sessionId,
          context,
        },
        tx,
      );
    });
  }

  async me(caller: Caller): Promise<User> {
    const user = await this.repository.findUser(this.prisma, caller.userId);
    if (!user) throw new UnauthenticatedError();
    return toUser(user);
  }

  /**
   * The caller behind a request: an API key in Authorization (which wins, and must be valid when
   * present), else a session cookie. Null when neither is there.
   */
  async resolve(request: Request & RequestWithVersion): Promise<Caller | null> {
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const match = /^Bearer ([A-Za-z0-9_-]{10,100})$/.exec(authorization);
      if (!match?.[1]) throw new UnauthenticatedError('Send the API key as Authorization: Bearer <key>.');
      const caller = await this.callerOfKey(sha256(match[1]), request);
      if (!caller) throw new UnauthenticatedError('This API key is unknown or has been revoked.');
      const asked = requestedMode(request);
      if (asked !== undefined && asked !== caller.mode) {
        throw new ValidationFailedError(
          `This is a ${caller.mode} key: it works in ${caller.mode} mode only (Wallet-Mode: ${asked} is for the dashboard).`,
          [{ field: 'Wallet-Mode', message: `must be ${caller.mode} or absent for this key` }],
        );
      }
      return caller;
    }
    const token: unknown = request.cookies?.[SESSION_COOKIE];
    if (typeof token !== 'string' || token.length === 0 || token.length > 100) return null;
    const caller = await this.callerOfSession(sha256(token));
    // The remembered caller is shared by every request of the session: each gets its own mode.
    return caller && { ...caller, mode: requestedMode(request) ?? 'live' };
  }

  private async callerOfKey(hash: string, request: RequestWithVersion): Promise<Caller | null> {
    const caller = await this.remembered(`key:${hash}`, async () => {
      const key = await this.repository.findLiveKey(this.prisma, hash);
      if (!key) return null;
      const scopes = key.scopes.filter((s): s is Scope => (SCOPES as readonly string[]).includes(s));
      return {
        caller: {
          userId: key.userId,
          via: 'api-key',
          apiKeyId: key.id,
          scopes: new Set(scopes),
          lastUsedAt: key.lastUsedAt,
          mode: modeOf(key.livemode),
          apiVersion: isApiVersion(key.apiVersion) ? key.apiVersion : FIRST_API_VERSION,
          keyExpiresAt: key.expiresAt,
        },
        // Never remembered past its expiry: an expired key stops at once on every process.
        expiresAt: key.expiresAt ?? undefined,
      };
    });
    // Checked on a remembered key as on one just read: the refusal is written in the version in force
    // for this request, the Wallet-Version header's, else the key's own pin.
    const expiresAt = caller?.keyExpiresAt;
    if (expiresAt && expiresAt.getTime() <= Date.now()) {
      throw expiredKeyError(expiresAt, request.requestedVersion ?? caller?.apiVersion ?? FIRST_API_VERSION);
    }
    if (caller) this.touch(caller);
    return caller;
  }

  private callerOfSession(hash: string): Promise<Caller | null> {
    return this.remembered(`session:${hash}`, async () => {
      const session = await this.repository.findLiveSession(this.prisma, hash);
      if (!session) return null;
      const { id: sessionId, userId, csrfTokenHash, expiresAt } = session;
      const caller: Caller = {
        userId,
        via: 'session',
        sessionId,
        sessionExpiresAt: expiresAt,
        csrfTokenHash,
        scopes: new Set(SCOPES),
      };
      return { caller, expiresAt };
    });
  }

  /** The credential's caller from this process's memory, else looked up and remembered (never past expiresAt). */
  private async remembered(
    cacheKey: string,
    lookUp: () => Promise<{ caller: Caller; expiresAt?: Date } | null>,
  ): Promise<Caller | null> {
    const cached = this.credentials.get(cacheKey);
    if (cached) return cached;
    const found = await lookUp();
    if (found) this.credentials.set(cacheKey, found.caller, found.expiresAt);
    return found?.caller ?? null;
  }

  cookieOptions(maxAgeMs: number, httpOnly: boolean) {
    return {
      httpOnly,
      sameSite: 'lax' as const,
      secure: this.config.nodeEnv === 'production',
      path: '/',
      maxAge: maxAgeMs,
    };
  }

  private async startSession(
    user: UserRow,
    secondFactor: SecondFactor | null,
    db: Db = this.prisma,
  ): Promise<NewSession> {
    const token = randomToken();
    const csrfToken = randomToken();
    const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
    const { id: sessionId } = await this.repository.createSession(db, {
      userId: user.id,
      tokenHash: sha256(token),
      // Only the hash is stored, as for the session token: the browser keeps the token in its cookie.
      csrfTokenHash: sha256(csrfToken),
      expiresAt,
      // A session signed in with a code has proved the second factor (the operator console asks it).
      secondFactorAt: secondFactor ? new Date() : null,
    });
    return { user: toUser(user), sessionId, secondFactor, token, csrfToken, expiresAt };
  }

  /** last-used time, written at most once a minute per key so busy keys do not queue on their row. */
  private touch(caller: Caller): void {
    const { apiKeyId, lastUsedAt } = caller;
    if (!apiKeyId || (lastUsedAt && Date.now() - lastUsedAt.getTime() < KEY_TOUCH_INTERVAL_MS)) return;
    caller.lastUsedAt = new Date();
    this.repository.touchKey(this.prisma, apiKeyId).catch((error: unknown) => {
      this.logger.warn({ err: error, apiKeyId }, 'could not record API key use');
    });
  }
}

export function toUser(user: UserRow): User {
  const role = user.staffRole?.role;
  return {
    id: user.id,
    email: user.email,
    createdAt: user.createdAt.toISOString(),
    role: role === 'support' || role === 'finance' || role === 'admin' ? role : null,
    twoFactor: !!user.twoFactor?.enabledAt,
    displayName: user.displayName,
  };
}
